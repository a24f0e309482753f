package de.lotse.api.participant;

/**
 * An answer to a sensitive question. DECLINED is a recorded answer, the documented attempt the
 * ESF+ rules ask for, and never counts as YES.
 */
public enum Answer {
    YES,
    NO,
    DECLINED
}
