package de.lotse.bench;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;

/**
 * Times the ESF report through the query gateway, as the report endpoint asks for it: two runs to
 * warm up, then the median, fastest and slowest of five.
 */
final class EsfProbe {

    /** The timings of one report question. */
    record Latency(
            String question,
            long participants,
            Duration median,
            Duration fastest,
            Duration slowest,
            long countedInEeco01) {}

    private static final Caller EVALUATOR = new Caller("bench", Set.of(Role.EVALUATOR));
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    private final QueryGateway queries;

    EsfProbe(QueryGateway queries) {
        this.queries = queries;
    }

    Latency measure(String question, long participants, @Nullable LocalDate from, @Nullable LocalDate to) {
        var query = new FindEsfReport(EVALUATOR, from, to, null);
        var last = report(query);
        for (var i = 1; i < WARM_UP; i++) {
            last = report(query);
        }
        var timings = new ArrayList<Duration>();
        for (var i = 0; i < RUNS; i++) {
            var started = System.nanoTime();
            last = report(query);
            timings.add(Duration.ofNanos(System.nanoTime() - started));
        }
        timings.sort(null);
        var eeco01 = last.indicators().stream()
                .filter(row -> row.code().equals("EECO01"))
                .mapToLong(row -> row.total())
                .findFirst()
                .orElse(-1);
        return new Latency(
                question, participants, timings.get(RUNS / 2), timings.get(0), timings.get(RUNS - 1), eeco01);
    }

    private EsfReport report(FindEsfReport query) {
        return queries.query(query, ResponseTypes.instanceOf(EsfReport.class)).join();
    }
}
