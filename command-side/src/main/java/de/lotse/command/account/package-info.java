/**
 * The people who work with Lotse: the account aggregate that decides every change of an account,
 * the credentials it keeps beside its events, the first start, and the HTTP routes that send its
 * commands.
 */
@NullMarked
package de.lotse.command.account;

import org.jspecify.annotations.NullMarked;
