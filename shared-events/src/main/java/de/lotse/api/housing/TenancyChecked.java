package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.SealedForParticipant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * The tenancy was checked (due 3, 6 and 12 months after the move-in). The note is free text about
 * the tenant, sealed with the participant's key like the pathway's notes.
 */
@JsonTypeName("TenancyChecked")
@Revision("1")
public record TenancyChecked(
        UnitId unitId,
        TenancyId tenancyId,
        ParticipantId participantId,
        LocalDate date,
        CheckStatus status,
        @Nullable String note)
        implements HousingEvent, SealedForParticipant {

    @Override
    public Set<String> personalFields() {
        return Set.of("note");
    }
}
