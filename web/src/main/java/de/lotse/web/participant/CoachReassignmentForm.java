package de.lotse.web.participant;

import de.lotse.api.caseload.ReassignCoach;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The coach whose caseload the participant moves into (team leads and admins). */
record CoachReassignmentForm(
        @NotBlank @Size(max = 100) @Nullable String coach) {

    ReassignCoach toCommand(ParticipantId id) {
        return new ReassignCoach(id, Objects.requireNonNull(coach).strip());
    }
}
