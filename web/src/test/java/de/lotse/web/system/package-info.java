@NullMarked
package de.lotse.web.system;

import org.jspecify.annotations.NullMarked;
