@NullMarked
package de.lotse.web.esf;

import org.jspecify.annotations.NullMarked;
