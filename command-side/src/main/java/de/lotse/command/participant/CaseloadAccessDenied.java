package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;

/** The caller is a coach and the participant belongs to another coach's caseload. */
public class CaseloadAccessDenied extends RuntimeException {

    private final ParticipantId participantId;

    public CaseloadAccessDenied(ParticipantId participantId) {
        super("Participant " + participantId + " is not in the caller's caseload.");
        this.participantId = participantId;
    }

    public ParticipantId participantId() {
        return participantId;
    }
}
