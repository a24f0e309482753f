/** The caseload list with its filters, search and paging. */
@NullMarked
package de.lotse.web.caseload;

import org.jspecify.annotations.NullMarked;
