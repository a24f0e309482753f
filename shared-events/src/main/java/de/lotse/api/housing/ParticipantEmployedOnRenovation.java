package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A participant works on the renovation from {@code from} on, for the given hours a week; their
 * pathway records it as a job.
 */
@JsonTypeName("ParticipantEmployedOnRenovation")
@Revision("1")
public record ParticipantEmployedOnRenovation(
        RenovationId renovationId,
        PropertyId propertyId,
        ParticipantId participantId,
        LocalDate from,
        BigDecimal hoursPerWeek)
        implements HousingEvent {}
