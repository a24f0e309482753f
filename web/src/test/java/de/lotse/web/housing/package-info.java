@NullMarked
package de.lotse.web.housing;

import org.jspecify.annotations.NullMarked;
