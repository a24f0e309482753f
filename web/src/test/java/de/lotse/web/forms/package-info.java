@NullMarked
package de.lotse.web.forms;

import org.jspecify.annotations.NullMarked;
