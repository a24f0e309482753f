package de.lotse.command.account;

/** The answer to a new account: its user name and the one-time password to hand over. */
record OpenedAccount(String username, String oneTimePassword) {}
