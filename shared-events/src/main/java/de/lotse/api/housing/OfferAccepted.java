package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The participant accepted the offer, which closes its vacancy. The vacancy's other open offers
 * are withdrawn with it, the participant's open offers on other vacancies shortly after.
 */
@JsonTypeName("OfferAccepted")
@Revision("1")
public record OfferAccepted(
        UnitId unitId, VacancyId vacancyId, OfferId offerId, ParticipantId participantId, LocalDate date)
        implements HousingEvent {}
