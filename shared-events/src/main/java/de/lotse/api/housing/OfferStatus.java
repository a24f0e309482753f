package de.lotse.api.housing;

/** Where an offer stands: open until accepted, declined, expired or withdrawn. */
public enum OfferStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    /** Not answered by the end of its {@code respondBy} day. */
    EXPIRED,
    /** Ended because another offer of the vacancy or of the participant was accepted. */
    WITHDRAWN
}
