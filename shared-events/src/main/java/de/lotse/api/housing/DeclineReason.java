package de.lotse.api.housing;

/** Why an offer was declined. */
public enum DeclineReason {
    TOO_EXPENSIVE,
    TOO_SMALL,
    LOCATION,
    CONDITION,
    OWNER_CHOSE_OTHER,
    PARTICIPANT_WITHDREW,
    OTHER
}
