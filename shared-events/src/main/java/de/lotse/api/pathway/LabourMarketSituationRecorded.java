package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** The participant was found in a labour-market situation on the given date. */
@JsonTypeName("LabourMarketSituationRecorded")
@Revision("1")
public record LabourMarketSituationRecorded(
        ParticipantId participantId,
        LocalDate date,
        LabourMarketSituation situation,
        @Nullable String detail) implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("detail");
    }
}
