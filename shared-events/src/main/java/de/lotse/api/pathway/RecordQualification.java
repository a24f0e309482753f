package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a qualification of a kind the participant gained, with the certificate that evidences it. */
public record RecordQualification(
        @TargetAggregateIdentifier ParticipantId participantId,
        LocalDate date,
        String title,
        Certificate certificate,
        QualificationKind kind) {}
