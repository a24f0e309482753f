package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Record a check of a tenancy, with an optional free-text note about the tenant. */
public record RecordTenancyCheck(
        @TargetAggregateIdentifier UnitId unitId,
        TenancyId tenancyId,
        LocalDate date,
        CheckStatus status,
        @Nullable String note)
        implements UnitCommand {}
