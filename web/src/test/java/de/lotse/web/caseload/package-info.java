@NullMarked
package de.lotse.web.caseload;

import org.jspecify.annotations.NullMarked;
