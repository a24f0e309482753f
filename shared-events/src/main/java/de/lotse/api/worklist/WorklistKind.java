package de.lotse.api.worklist;

/** What a worklist item asks the coach to do. */
public enum WorklistKind {
    /** Six months after the exit no follow-up was recorded yet. */
    FOLLOW_UP_DUE,
    /** A referral to another service has been open for more than 14 days. */
    REFERRAL_OPEN,
    /** A housing offer awaits the participant's answer within three days. */
    OFFER_RESPONSE,
    /** A tenancy check 3, 6 or 12 months after the move-in was not recorded within 30 days of its date. */
    TENANCY_CHECK,
    /** Nothing was recorded for an active participant for 60 days. */
    NO_STEP
}
