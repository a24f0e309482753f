package de.lotse.api.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A tenancy the participant holds or held: which unit, where, its agreed period ({@code end} empty
 * when open-ended), the move-in and its end if it ended.
 */
public record ParticipantTenancy(
        String id,
        String unitId,
        String address,
        String label,
        LocalDate start,
        @Nullable LocalDate end,
        BigDecimal rentCold,
        boolean supported,
        @Nullable LocalDate movedInOn,
        @Nullable LocalDate endedOn) {}
