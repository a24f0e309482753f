package de.lotse.api.housing;

/** Who declined an offer. */
public enum DeclinedBy {
    PARTICIPANT,
    OWNER
}
