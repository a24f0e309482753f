package de.lotse.api.housing;

import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Offer a unit's open vacancy to a participant, to be answered by the end of {@code respondBy}. */
public record MakeOffer(
        @TargetAggregateIdentifier UnitId unitId,
        VacancyId vacancyId,
        OfferId offerId,
        ParticipantId participantId,
        LocalDate offeredOn,
        LocalDate respondBy)
        implements UnitCommand {}
