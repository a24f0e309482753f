package de.lotse.command.housing.unit;

/** What a withdrawal did: a process that repeats it learns the offer was closed already. */
enum WithdrawalOutcome {
    WITHDRAWN,
    ALREADY_CLOSED
}
