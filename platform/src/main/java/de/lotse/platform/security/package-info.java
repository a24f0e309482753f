/** Who may do what: HTTP Basic users, the contract's role table, 401 and 403 as problems. */
@NullMarked
package de.lotse.platform.security;

import org.jspecify.annotations.NullMarked;
