package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The tenancy ended on {@code date}, for the given reason. */
@JsonTypeName("TenancyEnded")
@Revision("1")
public record TenancyEnded(
        UnitId unitId, TenancyId tenancyId, ParticipantId participantId, LocalDate date, TenancyEndReason reason)
        implements HousingEvent {}
