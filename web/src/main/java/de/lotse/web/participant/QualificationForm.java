package de.lotse.web.participant;

import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.RecordQualification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A qualification gained on a day, the certificate that evidences it and what it trains for. */
record QualificationForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
        @NotBlank @Size(max = 2000) @Nullable String title,
        @NotNull @Nullable Certificate certificate,
        @Nullable QualificationKind kind) {

    RecordQualification toCommand(ParticipantId id) {
        return new RecordQualification(
                id,
                Objects.requireNonNull(date),
                Objects.requireNonNull(title),
                Objects.requireNonNull(certificate),
                kind == null ? QualificationKind.VOCATIONAL : kind);
    }
}
