package de.lotse.api.housing;

/** A unit's status on a day, derived from its events; the first that applies wins. */
public enum UnitStatus {
    /** A renovation of the unit runs. */
    IN_RENOVATION,
    /** A tenancy covers the day. */
    LET,
    /** An open vacancy with an open offer. */
    OFFERED,
    /** An open vacancy without an open offer. */
    VACANT,
    /** None of the above. */
    UNAVAILABLE
}
