@NullMarked
package de.lotse.web.intake;

import org.jspecify.annotations.NullMarked;
