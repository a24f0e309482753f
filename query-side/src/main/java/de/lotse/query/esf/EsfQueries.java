package de.lotse.query.esf;

import static de.lotse.api.access.Role.ADMIN;
import static de.lotse.api.access.Role.AUDITOR;
import static de.lotse.api.access.Role.EVALUATOR;
import static de.lotse.api.access.Role.TEAM_LEAD;
import static de.lotse.query.system.Refusals.requireAnyRole;

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
        requireAnyRole(query.caller(), "reading the ESF+ report", EVALUATOR, AUDITOR, TEAM_LEAD, ADMIN);
        var asOf = Objects.requireNonNullElseGet(query.asOf(), clock::instant);
        var tally = new EsfTally(new ReportingPeriod(query.from(), query.to()));
        facts.foldEach(asOf, tally::count);
        var rows = tally.rows();
        return new EsfReport(query.from(), query.to(), asOf, rows, EsfChecks.of(rows));
    }
}
