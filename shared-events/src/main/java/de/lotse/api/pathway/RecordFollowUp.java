package de.lotse.api.pathway;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the outcome of the follow-up contact about six months after exit (EECR05, EECR06). */
public record RecordFollowUp(
        @TargetAggregateIdentifier ParticipantId participantId,
        LocalDate date,
        FollowUpSituation situation,
        boolean betterSituation) {}
