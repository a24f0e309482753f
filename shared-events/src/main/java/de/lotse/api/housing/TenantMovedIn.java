package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The tenant moved into the unit; a move-in is recorded once and never deleted. */
@JsonTypeName("TenantMovedIn")
@Revision("1")
public record TenantMovedIn(
        UnitId unitId, TenancyId tenancyId, ParticipantId participantId, LocalDate date, boolean supported)
        implements HousingEvent {}
