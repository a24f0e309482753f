package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * An intake answer was corrected; from now on every view and report uses the new value. The age
 * at entry after the correction travels along, since a corrected date of birth or entry date
 * changes it and the date of birth itself is personal data.
 */
@JsonTypeName("IntakeCorrected")
@Revision("1")
public record IntakeCorrected(
        ParticipantId participantId,
        IntakeField field,
        @Nullable String value,
        String reason,
        int ageAtEntry) implements ParticipantEvent {

    /** The reason is free text; the value identifies the person only when a personal field was corrected. */
    @Override
    public Set<String> personalFields() {
        return field.isPersonal() ? Set.of("value", "reason") : Set.of("reason");
    }
}
