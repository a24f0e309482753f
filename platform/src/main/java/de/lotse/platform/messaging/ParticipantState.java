package de.lotse.platform.messaging;

import de.lotse.api.participant.ParticipantId;

/**
 * The state of one participant's aggregate as a snapshot stores it. It holds what the
 * participant's events hold, personal data included, so the {@link SealedSnapshotSerializer}
 * seals it whole with the participant's key.
 */
public interface ParticipantState {

    ParticipantId participantId();
}
