package de.lotse.api.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Start the tenancy of an accepted offer; {@code end} is null for an open-ended tenancy. */
public record StartTenancy(
        @TargetAggregateIdentifier UnitId unitId,
        OfferId offerId,
        TenancyId tenancyId,
        LocalDate start,
        @Nullable LocalDate end,
        BigDecimal rentCold,
        boolean supported)
        implements UnitCommand {}
