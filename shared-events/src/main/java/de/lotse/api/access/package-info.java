/** Who asks: roles of the contract and the refusals every side answers with. */
@NullMarked
package de.lotse.api.access;

import org.jspecify.annotations.NullMarked;
