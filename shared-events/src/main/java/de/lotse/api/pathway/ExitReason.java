package de.lotse.api.pathway;

/** Why a participant left the programme. */
public enum ExitReason {
    COMPLETED,
    DROPPED_OUT,
    MOVED_AWAY,
    OTHER
}
