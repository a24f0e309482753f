package de.lotse.api.support;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * Refer the participant to a provider for one area of their living conditions. Sent only with the
 * person's consent that their data go to that provider; {@code provider} is the provider's name,
 * from the directory or entered freely.
 */
public record MakeReferral(
        @TargetAggregateIdentifier ParticipantId participantId,
        ReferralId referralId,
        LocalDate date,
        ReferralArea area,
        String provider,
        @Nullable String note) {}
