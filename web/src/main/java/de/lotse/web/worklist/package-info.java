/** The worklist page: what is due, the coach's start page. */
@NullMarked
package de.lotse.web.worklist;

import org.jspecify.annotations.NullMarked;
