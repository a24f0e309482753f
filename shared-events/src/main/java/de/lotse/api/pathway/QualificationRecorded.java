package de.lotse.api.pathway;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * The participant gained a qualification (or attended a course) of the given kind on the given
 * date.
 *
 * <p>Revision 2 added {@code kind}: the programme trains for housing, everyday life, language and
 * culture besides a trade. Revision 1 events were recorded while every qualification was
 * vocational; they are read as {@link QualificationKind#VOCATIONAL} (see the upcaster in the
 * platform's messaging).
 */
@JsonTypeName("QualificationRecorded")
@Revision("2")
public record QualificationRecorded(
        ParticipantId participantId, LocalDate date, String title, Certificate certificate, QualificationKind kind)
        implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("title");
    }
}
