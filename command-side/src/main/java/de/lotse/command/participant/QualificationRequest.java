package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.RecordQualification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A qualification gained on a date and the certificate that evidences it. */
record QualificationRequest(
        @NotNull LocalDate date,
        @NotBlank @Size(max = 2000) String title,
        @NotNull Certificate certificate) {

    RecordQualification toCommand(ParticipantId participantId) {
        return new RecordQualification(participantId, date, title, certificate);
    }
}
