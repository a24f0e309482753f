package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The participant or the owner declined the offer, for the given reason. */
@JsonTypeName("OfferDeclined")
@Revision("1")
public record OfferDeclined(
        UnitId unitId,
        VacancyId vacancyId,
        OfferId offerId,
        ParticipantId participantId,
        LocalDate date,
        DeclinedBy by,
        DeclineReason reason)
        implements HousingEvent {}
