package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.caseload.CoachReassigned;
import de.lotse.api.pathway.FollowUpBecameDue;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.HousingSituationRecorded;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.QualificationRecorded;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of stored event types and their stable names. The event store keeps the name
 * from {@link JsonTypeName}, never the Java class name, so moving or renaming a record does not
 * orphan what is stored.
 */
public final class ParticipantEvents {

    /** Every event type of a participant's stream; a test keeps it complete. */
    public static final List<Class<? extends ParticipantEvent>> TYPES = List.of(
            ParticipantEnrolled.class,
            IntakeCorrected.class,
            PersonalDataErased.class,
            CoachReassigned.class,
            StageStarted.class,
            StageCompleted.class,
            StageAborted.class,
            QualificationRecorded.class,
            LabourMarketSituationRecorded.class,
            HousingSituationRecorded.class,
            ParticipantExited.class,
            FollowUpBecameDue.class,
            FollowUpRecorded.class);

    private static final Map<String, Class<? extends ParticipantEvent>> BY_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(ParticipantEvents::storedName, Function.identity()));

    private ParticipantEvents() {}

    /** The name under which events of {@code type} are stored. */
    public static String storedName(Class<?> type) {
        var name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " has no @JsonTypeName");
        }
        return name.value();
    }

    /** The event type stored under {@code name}, if it is one of ours. */
    public static Optional<Class<? extends ParticipantEvent>> typeStoredAs(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
