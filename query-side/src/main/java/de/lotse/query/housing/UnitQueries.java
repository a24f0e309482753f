package de.lotse.query.housing;

import static de.lotse.api.access.Permission.READ_HOUSING;
import static de.lotse.api.access.Permission.READ_HOUSING_HISTORY;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.FindUnit;
import de.lotse.api.housing.FindUnitHistory;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.UnitDetail;
import de.lotse.api.housing.UnitHistory;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.UnitPage;
import de.lotse.query.audit.StreamHistories;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers for the units: the list, a unit's page and its event trail. A unit's status is that of
 * today by the process clock, derived when asked, since time alone moves a unit from offered to
 * let or out of renovation.
 */
@Component
class UnitQueries {

    private final Portfolio portfolio;
    private final OccupancyRights rights;
    private final Renovations renovations;
    private final Offers offers;
    private final Tenancies tenancies;
    private final HousingReaders readers;
    private final StreamHistories histories;
    private final Clock clock;

    UnitQueries(
            Portfolio portfolio,
            OccupancyRights rights,
            Renovations renovations,
            Offers offers,
            Tenancies tenancies,
            HousingReaders readers,
            StreamHistories histories,
            Clock clock) {
        this.portfolio = portfolio;
        this.rights = rights;
        this.renovations = renovations;
        this.offers = offers;
        this.tenancies = tenancies;
        this.readers = readers;
        this.histories = histories;
        this.clock = clock;
    }

    @QueryHandler
    UnitPage handle(FindUnits query) {
        require(query.caller(), READ_HOUSING, "reading housing units");
        var property = query.propertyId();
        var filter = new Portfolio.Filter(
                query.status(), blankAsNull(query.district()), property == null ? null : property.value());
        return portfolio.units(filter, LocalDate.now(clock), query.page(), query.size());
    }

    @QueryHandler
    UnitDetail handle(FindUnit query) {
        require(query.caller(), READ_HOUSING, "reading housing units");
        var id = query.unitId().value();
        var held = portfolio.unit(id, LocalDate.now(clock)).orElseThrow(() -> unknown(query.unitId()));
        var unit = held.summary();
        var names = readers.namesFor(query.caller());
        return new UnitDetail(
                unit.id(),
                unit.propertyId(),
                unit.address(),
                unit.district(),
                held.holding(),
                unit.label(),
                unit.rooms(),
                unit.areaSqm(),
                unit.rentCold(),
                unit.accessible(),
                unit.status(),
                rights.ofUnit(id),
                renovations.ofUnit(id),
                offers.vacancies(id),
                offers.offers(id, names),
                tenancies.tenancies(id, names));
    }

    @QueryHandler
    UnitHistory handle(FindUnitHistory query) {
        require(query.caller(), READ_HOUSING_HISTORY, "reading a unit's history");
        var entries = histories.of(query.unitId().toString());
        if (entries.isEmpty()) {
            throw unknown(query.unitId());
        }
        return new UnitHistory(entries);
    }

    private static QueryExecutionException unknown(UnitId unitId) {
        return refused(Refusal.unknown(Refusal.Reason.UNKNOWN_UNIT, unitId));
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
