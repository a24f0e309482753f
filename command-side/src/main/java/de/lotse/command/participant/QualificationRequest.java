package de.lotse.command.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.RecordQualification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A qualification gained on a date, the certificate that evidences it and what it trains for;
 * without a kind it is vocational, as every qualification was before kinds existed.
 */
record QualificationRequest(
        @NotNull LocalDate date,
        @NotBlank @Size(max = 2000) String title,
        @NotNull Certificate certificate,
        @Nullable QualificationKind kind) {

    RecordQualification toCommand(ParticipantId participantId) {
        return new RecordQualification(
                participantId, date, title, certificate, kind == null ? QualificationKind.VOCATIONAL : kind);
    }
}
