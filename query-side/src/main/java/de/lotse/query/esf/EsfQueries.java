package de.lotse.query.esf;

import static de.lotse.api.access.Permission.READ_REPORTS;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import java.time.Clock;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the ESF+ report, counted by the database from the versions of each participant's
 * standing valid at the report's instant (the current ones for a report of now), so that neither
 * the events nor the facts are folded for a report. Evaluators, auditors, team leads and admins
 * may read it.
 */
@Component
class EsfQueries {

    private final EsfVersions versions;
    private final Clock clock;

    EsfQueries(EsfVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @QueryHandler
    EsfReport handle(FindEsfReport query) {
        require(query.caller(), READ_REPORTS, "reading the ESF+ report");
        var asOf = Objects.requireNonNullElseGet(query.asOf(), clock::instant);
        var rows = versions.count(new ReportingPeriod(query.from(), query.to()), query.asOf());
        return new EsfReport(query.from(), query.to(), asOf, rows, EsfChecks.of(rows));
    }
}
