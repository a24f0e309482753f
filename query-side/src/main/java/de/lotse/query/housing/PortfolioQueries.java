package de.lotse.query.housing;

import static de.lotse.api.access.Permission.READ_HOUSING;
import static de.lotse.query.system.Refusals.refused;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.FindOccupancyRights;
import de.lotse.api.housing.FindProperties;
import de.lotse.api.housing.FindRenovation;
import de.lotse.api.housing.FindRenovations;
import de.lotse.api.housing.OccupancyRightEntry;
import de.lotse.api.housing.PropertySummary;
import de.lotse.api.housing.RenovationDetail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers for the properties, their renovations and the occupancy-rights register. */
@Component
class PortfolioQueries {

    private final Portfolio portfolio;
    private final OccupancyRights rights;
    private final Renovations renovations;
    private final HousingReaders readers;
    private final Clock clock;

    PortfolioQueries(
            Portfolio portfolio, OccupancyRights rights, Renovations renovations, HousingReaders readers, Clock clock) {
        this.portfolio = portfolio;
        this.rights = rights;
        this.renovations = renovations;
        this.readers = readers;
        this.clock = clock;
    }

    @QueryHandler
    List<PropertySummary> handle(FindProperties query) {
        require(query.caller(), READ_HOUSING, "reading the housing portfolio");
        return portfolio.properties();
    }

    /** Every right not yet expired, or only those expiring within the given days; soonest first. */
    @QueryHandler
    List<OccupancyRightEntry> handle(FindOccupancyRights query) {
        require(query.caller(), READ_HOUSING, "reading the occupancy-rights register");
        var today = LocalDate.now(clock);
        var within = query.expiringWithinDays();
        return rights.register(today, within == null ? null : today.plusDays(within));
    }

    @QueryHandler
    List<RenovationDetail> handle(FindRenovations query) {
        require(query.caller(), READ_HOUSING, "reading renovations");
        var property = query.propertyId();
        return renovations.all(property == null ? null : property.value(), readers.namesFor(query.caller()));
    }

    @QueryHandler
    RenovationDetail handle(FindRenovation query) {
        require(query.caller(), READ_HOUSING, "reading renovations");
        var id = query.renovationId();
        return renovations
                .one(id.value(), readers.namesFor(query.caller()))
                .orElseThrow(() -> refused(Refusal.unknown(Refusal.Reason.UNKNOWN_RENOVATION, id)));
    }
}
