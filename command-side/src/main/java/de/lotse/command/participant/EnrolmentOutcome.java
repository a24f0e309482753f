package de.lotse.command.participant;

/** What an intake did: enrolled a new participant, or found the same intake already enrolled. */
public enum EnrolmentOutcome {
    ENROLLED,
    ALREADY_ENROLLED
}
