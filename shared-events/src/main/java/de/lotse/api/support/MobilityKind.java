package de.lotse.api.support;

/** What kind of help the participant got to reach a job or training further away. */
public enum MobilityKind {
    TRAVEL_COSTS,
    DRIVING_LICENCE,
    RELOCATION,
    JOB_IN_OTHER_REGION,
    TICKET;

    /**
     * Whether it may still be recorded after the exit: taking up a job in another region is often
     * the very reason for leaving, and is known only afterwards; the other kinds support a
     * participation that has ended.
     */
    public boolean allowedAfterExit() {
        return this == JOB_IN_OTHER_REGION;
    }
}
