package de.lotse.api.caseload;

/** Whether a participant is still in the programme or has left it. */
public enum ParticipantStatus {
    ACTIVE,
    EXITED
}
