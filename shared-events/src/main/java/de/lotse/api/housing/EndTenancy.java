package de.lotse.api.housing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a tenancy on a date, for a reason. */
public record EndTenancy(
        @TargetAggregateIdentifier UnitId unitId, TenancyId tenancyId, LocalDate date, TenancyEndReason reason)
        implements UnitCommand {}
