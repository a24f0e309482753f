package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The open offer ended because another offer was accepted: one of the same vacancy, or one the
 * same participant accepted elsewhere ({@code acceptedOfferId}).
 */
@JsonTypeName("OfferWithdrawn")
@Revision("1")
public record OfferWithdrawn(
        UnitId unitId,
        VacancyId vacancyId,
        OfferId offerId,
        ParticipantId participantId,
        LocalDate date,
        OfferId acceptedOfferId)
        implements HousingEvent {}
