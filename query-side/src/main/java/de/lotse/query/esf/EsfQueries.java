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
 * Answers the ESF+ report. It streams the facts recorded up to the report's instant once and counts
 * each participant as it is folded, so a report over many thousand participants needs neither a
 * replay of the event store nor more memory than one participant's facts. Evaluators, auditors,
 * team leads and admins may read it.
 */
@Component
class EsfQueries {

    private final EsfFacts facts;
    private final Clock clock;

    EsfQueries(EsfFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @QueryHandler
    EsfReport handle(FindEsfReport query) {
        require(query.caller(), READ_REPORTS, "reading the ESF+ report");
        var asOf = Objects.requireNonNullElseGet(query.asOf(), clock::instant);
        var tally = new EsfTally(new ReportingPeriod(query.from(), query.to()));
        facts.foldEach(asOf, tally::count);
        var rows = tally.rows();
        return new EsfReport(query.from(), query.to(), asOf, rows, EsfChecks.of(rows));
    }
}
