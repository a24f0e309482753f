@NullMarked
package de.lotse.web.worklist;

import org.jspecify.annotations.NullMarked;
