package de.lotse.api.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A person became a participant on the entry date, with consent given. The age at entry is kept
 * beside the date of birth because it is an indicator characteristic that must survive erasure
 * of the personal details.
 */
@JsonTypeName("ParticipantEnrolled")
@Revision("1")
public record ParticipantEnrolled(
        ParticipantId participantId,
        PersonalDetails personalDetails,
        int ageAtEntry,
        Gender gender,
        LocalDate entryDate,
        LabourStatus labourStatus,
        @Nullable Integer isced,
        Nationality nationality,
        Answer foreignBackground,
        Answer disability,
        Answer minority,
        Answer homeless,
        boolean rural,
        String coach)
        implements ParticipantEvent {

    @Override
    public Set<String> personalFields() {
        return Set.of("personalDetails");
    }
}
