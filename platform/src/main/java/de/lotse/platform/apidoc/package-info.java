/** The served OpenAPI document: what integrators read about every operation of the API. */
@NullMarked
package de.lotse.platform.apidoc;

import org.jspecify.annotations.NullMarked;
