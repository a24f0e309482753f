package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import de.lotse.api.participant.ParticipantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * The participant's tenancy of the unit starts, on the accepted offer; {@code end} is the end of
 * a fixed term, null when open-ended. {@code supported}: a tenancy with housing support
 * (betreutes Wohnen).
 */
@JsonTypeName("TenancyStarted")
@Revision("1")
public record TenancyStarted(
        UnitId unitId,
        TenancyId tenancyId,
        OfferId offerId,
        VacancyId vacancyId,
        ParticipantId participantId,
        LocalDate start,
        @Nullable LocalDate end,
        BigDecimal rentCold,
        boolean supported)
        implements HousingEvent {}
