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
import de.lotse.api.support.MobilitySupportRecorded;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralMade;
import java.util.List;

/**
 * The catalogue of a participant's stored event types, and the stable names of every event. The event store keeps the name
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
            FollowUpRecorded.class,
            ReferralMade.class,
            ReferralClosed.class,
            MobilitySupportRecorded.class);

    private ParticipantEvents() {}

    /** The name under which events of {@code type} are stored. */
    public static String storedName(Class<?> type) {
        var name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " has no @JsonTypeName");
        }
        return name.value();
    }
}
