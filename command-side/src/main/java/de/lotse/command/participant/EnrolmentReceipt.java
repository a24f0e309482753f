package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;

/** The intake's answer body: the id of the participant, new or already enrolled. */
record EnrolmentReceipt(ParticipantId id) {}
