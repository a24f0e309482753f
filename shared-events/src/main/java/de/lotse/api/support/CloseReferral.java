package de.lotse.api.support;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Close an open referral on the given date with its outcome; a need left unresolved says why. */
public record CloseReferral(
        @TargetAggregateIdentifier ParticipantId participantId,
        ReferralId referralId,
        LocalDate date,
        ReferralOutcome outcome,
        @Nullable String reason) {}
