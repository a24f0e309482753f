package de.lotse.query.pathways;

import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.ParticipationVersions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code pathway_participant} and {@code pathway_version}, kept as
 * {@link ParticipationVersions} of the {@link PathwaySummary}. A report is counted by the
 * database, a few rows per query, so that it takes well under a second for a hundred thousand
 * participants (see {@code bench/}).
 */
@Component
class Pathways {

    private static final Stage[] STAGES = Stage.values();

    /** What became of the participants, grouped by a column: %1$s what is grouped, %2$s the versions, %3$s the group. */
    private static final String OUTCOMES = """
            SELECT %1$s, count(*) AS participants, count(v.exit_date) AS exited,
                   count(*) FILTER (WHERE v.exit_date IS NOT NULL AND v.employed_upon_leaving) AS employed_upon_leaving,
                   count(*) FILTER (WHERE v.employed_six_months_after) AS employed_six_months_after
            FROM pathway_version v
            WHERE %2$s
            GROUP BY %3$s""";

    /** A participant's entry quarter, as {@code 2026-Q1}. */
    private static final String QUARTER = "to_char(v.entry_date, 'YYYY') || '-Q' || to_char(v.entry_date, 'Q')";

    private static final ParticipationVersions.Tables<PathwaySummary> TABLES = new ParticipationVersions.Tables<>(
            "pathway_participant", "pathway_version", """
            entry_date, route, stage_status, days_from_entry, days_active, exit_date, employed_upon_leaving,
            employed_six_months_after""", """
            :entryDate, :route, CAST(:status AS text[]), CAST(:fromEntry AS integer[]), CAST(:active AS integer[]),
            :exitDate, :employedUponLeaving, :employedSixMonthsAfter""", PathwaySummary::of, PathwaySummary::columns);

    private final JdbcClient jdbc;
    private final ParticipationVersions<PathwaySummary> versions;

    Pathways(NamedParameterJdbcOperations jdbc, JsonMapper json) {
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

    /** Counts the participants who entered in the period, as they stood at the report's instant, into {@code tally}. */
    void countInto(PeriodCondition period, Instant recordedBy, PathwayTally tally) {
        var parameters = period.parameters(recordedBy);
        jdbc.sql("""
                SELECT s.n AS stage, count(*) AS started,
                       count(*) FILTER (WHERE s.status = 'COMPLETED') AS completed,
                       count(*) FILTER (WHERE s.status = 'ABORTED') AS aborted,
                       count(*) FILTER (WHERE s.status = 'CLOSED_AT_EXIT') AS closed_at_exit,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.from_entry) AS median_days_from_entry,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.active) AS median_days_active,
                       count(s.active) AS ended
                FROM pathway_version v
                CROSS JOIN LATERAL unnest(v.stage_status, v.days_from_entry, v.days_active)
                    WITH ORDINALITY AS s(status, from_entry, active, n)
                WHERE %s AND s.status IS NOT NULL
                GROUP BY s.n""".formatted(period.sql()))
                .params(parameters)
                .query((row, number) -> {
                    tally.stage(
                            STAGES[row.getInt("stage") - 1],
                            new PathwayTally.StageCounts(
                                    row.getLong("started"),
                                    row.getLong("completed"),
                                    row.getLong("aborted"),
                                    row.getLong("closed_at_exit"),
                                    row.getObject("median_days_from_entry", Double.class),
                                    row.getObject("median_days_active", Double.class),
                                    row.getLong("ended")));
                    return number;
                })
                .list();
        jdbc.sql(OUTCOMES.formatted("route", period.sql(), "route"))
                .params(parameters)
                .query((row, number) -> {
                    tally.route(route(row.getInt("route")), outcomes(row));
                    return number;
                })
                .list();
        jdbc.sql(OUTCOMES.formatted(QUARTER + " AS quarter", period.sql(), "quarter"))
                .params(parameters)
                .query((row, number) -> {
                    tally.cohort(row.getString("quarter"), outcomes(row));
                    return number;
                })
                .list();
    }

    private static PathwayTally.Outcomes outcomes(ResultSet row) throws SQLException {
        return new PathwayTally.Outcomes(
                row.getLong("participants"),
                row.getLong("exited"),
                row.getLong("employed_upon_leaving"),
                row.getLong("employed_six_months_after"));
    }

    /** The stages of a route's bits, in the order of the five stages. */
    private static List<Stage> route(int bits) {
        return Arrays.stream(STAGES)
                .filter(stage -> (bits & (1 << stage.ordinal())) != 0)
                .toList();
    }
}
