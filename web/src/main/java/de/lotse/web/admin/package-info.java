/** The administrator's pages: the role table, the accounts, and the read models' progress. */
@NullMarked
package de.lotse.web.admin;

import org.jspecify.annotations.NullMarked;
