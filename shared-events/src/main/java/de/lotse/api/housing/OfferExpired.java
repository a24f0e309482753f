package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The offer was not answered by the end of its {@code respondBy} day; {@code date} is the day
 * after, the first on which it no longer stood.
 */
@JsonTypeName("OfferExpired")
@Revision("1")
public record OfferExpired(
        UnitId unitId, VacancyId vacancyId, OfferId offerId, ParticipantId participantId, LocalDate date)
        implements HousingEvent {}
