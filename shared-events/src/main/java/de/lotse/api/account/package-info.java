/**
 * The people who work with Lotse: their accounts, roles, passwords and API tokens. Every change
 * of an account is an event in the event store, so the audit trail answers who gave whom which
 * rights; passwords and their hashes never appear in an event.
 */
@NullMarked
package de.lotse.api.account;

import org.jspecify.annotations.NullMarked;
