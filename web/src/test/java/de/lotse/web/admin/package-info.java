@NullMarked
package de.lotse.web.admin;

import org.jspecify.annotations.NullMarked;
