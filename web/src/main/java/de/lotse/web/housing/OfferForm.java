package de.lotse.web.housing;

import de.lotse.api.housing.MakeOffer;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.ParticipantId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** An open vacancy offered to a participant, who is to answer by a day. */
@Chronological(from = "offeredOn", until = "respondBy")
record OfferForm(
        @NotNull @Nullable UUID vacancyId,
        @NotNull @Nullable UUID participantId,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate offeredOn,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate respondBy) {

    MakeOffer toCommand(UnitId unit) {
        return new MakeOffer(
                unit,
                new VacancyId(Objects.requireNonNull(vacancyId)),
                OfferId.random(),
                new ParticipantId(Objects.requireNonNull(participantId)),
                Objects.requireNonNull(offeredOn),
                Objects.requireNonNull(respondBy));
    }
}
