package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** The participant completed a stage. */
@JsonTypeName("StageCompleted")
@Revision("1")
public record StageCompleted(
        ParticipantId participantId,
        Stage stage,
        LocalDate date,
        @Nullable String note) implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("note");
    }
}
