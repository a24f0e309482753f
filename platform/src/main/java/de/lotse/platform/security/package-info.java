/** Who may do what: accounts and how they sign in (password, API token, an identity provider's token), the contract's role table per route, 401, 403 and 429 as problems. */
@NullMarked
package de.lotse.platform.security;

import org.jspecify.annotations.NullMarked;
