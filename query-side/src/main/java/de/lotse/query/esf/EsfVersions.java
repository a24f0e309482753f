package de.lotse.query.esf;

import de.lotse.api.esf.IndicatorRow;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.query.esf.EsfIndicators.Counted;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code esf_participant} and {@code esf_version}, kept as {@link ParticipationVersions}
 * of each participant's {@link EsfStanding}. A report is one query: it counts, among the versions
 * valid at the report's instant, per indicator those whose entry date (outputs) or exit date
 * (results) lies in the period and whose bit of that indicator is set, by gender and, in an
 * aggregate of its own, in total, so that the check women + men + non-binary = total tests the
 * counting instead of restating it.
 */
@Component
class EsfVersions {

    private static final EsfIndicators[] INDICATORS = EsfIndicators.values();

    private static final ParticipationVersions.Tables<EsfStanding> TABLES = new ParticipationVersions.Tables<>(
            "esf_participant",
            "esf_version",
            "gender, entry_date, exit_date, indicators",
            ":gender, :entryDate, :exitDate, :indicators",
            EsfStanding::of,
            EsfStanding::columns);

    /**
     * The counts by gender and, in an aggregate of its own, in total: %1$s the counts, %2$s the
     * versions counted. Two plain aggregates rather than grouping sets, because PostgreSQL sorts
     * the rows for grouping sets, while each of these is aggregated in parallel and in memory.
     */
    private static final String COUNTS = """
            SELECT false AS total, v.gender, %1$s
            FROM (%2$s) v
            GROUP BY v.gender
            UNION ALL
            SELECT true, NULL, %1$s
            FROM (%2$s) v""";

    /** %1$s entered in the period, %2$s left in it, %3$s the versions valid at the report's instant. */
    private static final String VERSIONS = """
            SELECT gender, indicators, %1$s AS entered, %2$s AS exited
            FROM esf_version
            WHERE %3$s AND (%1$s OR %2$s)""";

    private final JdbcClient jdbc;
    private final ParticipationVersions<EsfStanding> versions;

    EsfVersions(NamedParameterJdbcOperations jdbc, JsonMapper json) {
        this.jdbc = JdbcClient.create(jdbc);
        this.versions = new ParticipationVersions<>(TABLES, jdbc, json);
    }

    /** Folds one event of the participant's stream on. */
    void record(ParticipantEvent event, long sequence, Instant recordedAt) {
        versions.record(event, sequence, recordedAt);
    }

    void deleteAll() {
        versions.deleteAll();
    }

    /**
     * The indicator rows of the period as they stood at {@code asOf}: counted from the versions
     * valid then, or from the current ones if no instant is asked for.
     */
    List<IndicatorRow> count(ReportingPeriod period, @Nullable Instant asOf) {
        var parameters = new HashMap<String, Object>();
        var valid = "recorded_until IS NULL";
        if (asOf != null) {
            valid = "recorded_from <= :asOf AND (recorded_until IS NULL OR recorded_until > :asOf)";
            parameters.put("asOf", asOf.atOffset(ZoneOffset.UTC));
        }
        var counts = new Counts();
        var counted = VERSIONS.formatted(
                within("entry_date", period, parameters), within("exit_date", period, parameters), valid);
        jdbc.sql(COUNTS.formatted(counts(), counted))
                .params(parameters)
                .query(counts::add)
                .list();
        return counts.rows();
    }

    /** One count per indicator, {@code c0} to {@code c22}, of the rows in its period with its bit set. */
    private static String counts() {
        return Arrays.stream(INDICATORS)
                .map(indicator -> "count(*) FILTER (WHERE v.%s AND (v.indicators & %d) <> 0) AS c%d"
                        .formatted(
                                indicator.counted() == Counted.AT_ENTRY ? "entered" : "exited",
                                EsfStanding.bit(indicator),
                                indicator.ordinal()))
                .collect(Collectors.joining(",\n       "));
    }

    /** Whether the date column lies in the period; a missing date lies in none. */
    private static String within(String column, ReportingPeriod period, Map<String, Object> parameters) {
        var conditions = new ArrayList<String>();
        conditions.add(column + " IS NOT NULL");
        if (period.from() != null) {
            conditions.add(column + " >= :from");
            parameters.put("from", period.from());
        }
        if (period.to() != null) {
            conditions.add(column + " <= :to");
            parameters.put("to", period.to());
        }
        return "(" + String.join(" AND ", conditions) + ")";
    }

    /** The counts as the query answers them, a row per gender and one for the total. */
    private static final class Counts {

        private final long[][] byGender = new long[Gender.values().length][INDICATORS.length];
        private final long[] totals = new long[INDICATORS.length];

        int add(ResultSet row, int number) throws SQLException {
            var counts = row.getBoolean("total")
                    ? totals
                    : byGender[Gender.valueOf(row.getString("gender")).ordinal()];
            for (var indicator : INDICATORS) {
                counts[indicator.ordinal()] = row.getLong("c" + indicator.ordinal());
            }
            return number;
        }

        List<IndicatorRow> rows() {
            return Arrays.stream(INDICATORS)
                    .map(indicator -> new IndicatorRow(
                            indicator.name(),
                            indicator.title(),
                            byGender[Gender.FEMALE.ordinal()][indicator.ordinal()],
                            byGender[Gender.MALE.ordinal()][indicator.ordinal()],
                            byGender[Gender.NON_BINARY.ordinal()][indicator.ordinal()],
                            totals[indicator.ordinal()]))
                    .toList();
        }
    }
}
