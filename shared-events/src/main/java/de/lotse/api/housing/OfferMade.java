package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The unit's open vacancy was offered to a participant, who is to answer by the end of {@code respondBy}. */
@JsonTypeName("OfferMade")
@Revision("1")
public record OfferMade(
        UnitId unitId,
        VacancyId vacancyId,
        OfferId offerId,
        ParticipantId participantId,
        LocalDate offeredOn,
        LocalDate respondBy)
        implements HousingEvent {}
