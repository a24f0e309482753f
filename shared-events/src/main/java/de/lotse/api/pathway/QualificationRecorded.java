package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** The participant gained a qualification (or attended a course) on the given date. */
@JsonTypeName("QualificationRecorded")
@Revision("1")
public record QualificationRecorded(ParticipantId participantId, LocalDate date, String title, Certificate certificate)
        implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("title");
    }
}
