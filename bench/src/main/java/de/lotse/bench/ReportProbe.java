package de.lotse.bench;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.api.esf.EsfReport;
import de.lotse.api.esf.FindEsfReport;
import de.lotse.api.pathways.FindPathwayReport;
import de.lotse.api.pathways.PathwayReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.function.LongSupplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;

/**
 * Times the reports through the query gateway, as their endpoints ask for them, for an evaluator:
 * two runs to warm up, then the median, fastest and slowest of five. Each run answers how many
 * participants the report counted, so that a fast answer is seen to have counted them all.
 */
final class ReportProbe {

    /** The timings of one report question. */
    record Latency(
            String report,
            String question,
            long participants,
            Duration median,
            Duration fastest,
            Duration slowest,
            long counted) {}

    private static final Caller EVALUATOR = new Caller("bench", Set.of(Role.EVALUATOR));
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    private final QueryGateway queries;

    ReportProbe(QueryGateway queries) {
        this.queries = queries;
    }

    /** The ESF+ report, as known now or at {@code asOf}; counted is EECO01's total. */
    Latency esf(
            String question,
            long participants,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Instant asOf) {
        var query = new FindEsfReport(EVALUATOR, from, to, asOf);
        return measure(
                "ESF+",
                question,
                participants,
                () -> queries.query(query, ResponseTypes.instanceOf(EsfReport.class)).join().indicators().stream()
                        .filter(row -> row.code().equals("EECO01"))
                        .mapToLong(row -> row.total())
                        .findFirst()
                        .orElse(-1));
    }

    /** The pathway analytics; counted is the participants who entered in the period. */
    Latency pathways(String question, long participants, @Nullable LocalDate from, @Nullable LocalDate to) {
        var query = new FindPathwayReport(EVALUATOR, from, to, null);
        return measure("pathways", question, participants, () -> {
            var counted = queries.query(query, ResponseTypes.instanceOf(PathwayReport.class))
                    .join()
                    .participants();
            return counted == null ? -1 : counted;
        });
    }

    private static Latency measure(String report, String question, long participants, LongSupplier run) {
        var counted = run.getAsLong();
        for (var i = 1; i < WARM_UP; i++) {
            counted = run.getAsLong();
        }
        var timings = new ArrayList<Duration>();
        for (var i = 0; i < RUNS; i++) {
            var started = System.nanoTime();
            counted = run.getAsLong();
            timings.add(Duration.ofNanos(System.nanoTime() - started));
        }
        timings.sort(null);
        return new Latency(
                report, question, participants, timings.get(RUNS / 2), timings.get(0), timings.get(RUNS - 1), counted);
    }
}
