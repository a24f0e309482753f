/** The administrator's overview: the role table and the demo users. */
@NullMarked
package de.lotse.web.admin;

import org.jspecify.annotations.NullMarked;
