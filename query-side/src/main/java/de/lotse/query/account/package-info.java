/**
 * Who works with Lotse, as administrators and the people themselves see it: the accounts, the
 * coaches a participant may be assigned to, one's own API tokens.
 */
@NullMarked
package de.lotse.query.account;

import org.jspecify.annotations.NullMarked;
