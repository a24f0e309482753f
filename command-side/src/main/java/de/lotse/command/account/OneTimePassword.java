package de.lotse.command.account;

/** The answer that shows a one-time password, once, to the administrator who asked for it. */
record OneTimePassword(String oneTimePassword) {}
