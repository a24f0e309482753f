package de.lotse.query.esf;

import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Stage;
import de.lotse.query.esf.Participation.Characteristics;
import de.lotse.query.esf.Participation.Exit;
import de.lotse.query.esf.Participation.FollowUp;
import de.lotse.query.esf.Participation.Mobility;
import de.lotse.query.esf.Participation.Qualification;
import de.lotse.query.esf.Participation.Referral;
import de.lotse.query.esf.Participation.Situation;
import de.lotse.query.system.BatchedRows;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The {@code esf_fact} table: one row per event, keyed by its place in the participant's stream,
 * so a redelivered event inserts nothing. Rows are never changed, so they go in as a batch when
 * the processor's unit of work commits. The pseudonymised export reads it back in one query,
 * participant by participant in stream order along the primary key, inside a transaction: only
 * there does PostgreSQL hand a result over through a cursor, a fetch size of rows at a time,
 * instead of all at once. Each participant is folded and handed on before the next one's rows
 * arrive, so memory stays flat however many participants there are. The ESF+ report is counted
 * from the versions instead ({@link EsfVersions}), which fold the same events by the same fold.
 * Public only for {@link #foldEach}, which the export reads.
 */
@Component
public class EsfFacts {

    /** Rows fetched per round trip while a report reads the table. */
    private static final int FETCH_SIZE = 2_000;

    private static final String RECORDED_BY_INSTANT_IN_STREAM_ORDER = """
            SELECT participant_id, kind, fact_date, gender, age_at_entry, labour_status, isced, third_country,
                   foreign_background, disability, minority, homeless, rural, field, value,
                   stage, stage_status, certificate, situation, exit_reason, better_situation,
                   qualification_kind, referral_area, mobility_kind
            FROM esf_fact
            WHERE recorded_at <= :asOf
            ORDER BY participant_id, sequence""";

    /** What kind of event a row comes from, stored in {@code kind}. */
    enum Kind {
        ENROLLED,
        CORRECTED,
        STAGE_STARTED,
        STAGE_ENDED,
        QUALIFICATION,
        SITUATION,
        EXITED,
        FOLLOW_UP,
        REFERRAL,
        MOBILITY
    }

    private final JdbcClient jdbc;
    private final BatchedRows rows;
    private final TransactionOperations transactions;

    EsfFacts(NamedParameterJdbcOperations jdbc, TransactionOperations transactions) {
        this.jdbc = JdbcClient.create(jdbc);
        this.rows = new BatchedRows(jdbc);
        this.transactions = transactions;
    }

    void enrol(FactSource source, Characteristics c) {
        insert(
                source,
                Kind.ENROLLED,
                new MapSqlParameterSource()
                        .addValue("fact_date", c.entryDate())
                        .addValue("gender", c.gender().name())
                        .addValue("age_at_entry", c.ageAtEntry())
                        .addValue("labour_status", c.labourStatus().name())
                        .addValue("isced", c.isced(), Types.SMALLINT)
                        .addValue("third_country", c.thirdCountry())
                        .addValue("foreign_background", c.foreignBackground().name())
                        .addValue("disability", c.disability().name())
                        .addValue("minority", c.minority().name())
                        .addValue("homeless", c.homeless().name())
                        .addValue("rural", c.rural()));
    }

    void correct(FactSource source, IntakeField field, @Nullable String value, int ageAtEntry) {
        insert(
                source,
                Kind.CORRECTED,
                new MapSqlParameterSource()
                        .addValue("field", field.name())
                        .addValue("value", value, Types.VARCHAR)
                        .addValue("age_at_entry", ageAtEntry));
    }

    void startStage(FactSource source, Stage stage, LocalDate date) {
        insert(source, Kind.STAGE_STARTED, dated(date).addValue("stage", stage.name()));
    }

    void endStage(FactSource source, Stage stage, LocalDate date, StageStatus status) {
        insert(
                source,
                Kind.STAGE_ENDED,
                dated(date).addValue("stage", stage.name()).addValue("stage_status", status.name()));
    }

    void qualification(FactSource source, Qualification qualification) {
        insert(
                source,
                Kind.QUALIFICATION,
                dated(qualification.date())
                        .addValue("certificate", qualification.certificate().name())
                        .addValue("qualification_kind", qualification.kind().name()));
    }

    void situation(FactSource source, Situation situation) {
        insert(
                source,
                Kind.SITUATION,
                dated(situation.date())
                        .addValue("situation", situation.situation().name()));
    }

    void referral(FactSource source, Referral referral) {
        insert(
                source,
                Kind.REFERRAL,
                dated(referral.date()).addValue("referral_area", referral.area().name()));
    }

    void mobility(FactSource source, Mobility mobility) {
        insert(
                source,
                Kind.MOBILITY,
                dated(mobility.date()).addValue("mobility_kind", mobility.kind().name()));
    }

    void exit(FactSource source, Exit exit) {
        insert(
                source,
                Kind.EXITED,
                dated(exit.date()).addValue("exit_reason", exit.reason().name()));
    }

    void followUp(FactSource source, FollowUp followUp) {
        insert(
                source,
                Kind.FOLLOW_UP,
                dated(followUp.date())
                        .addValue("situation", followUp.situation().name())
                        .addValue("better_situation", followUp.betterSituation()));
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM esf_fact").update();
    }

    /**
     * Hands {@code each} every participant as the facts recorded up to {@code asOf} describe them,
     * one at a time; participants not yet enrolled by then are left out.
     */
    public void foldEach(Instant asOf, Consumer<Participation> each) {
        var rows = new FactRows(each);
        transactions.executeWithoutResult(transaction -> jdbc.sql(RECORDED_BY_INSTANT_IN_STREAM_ORDER)
                .withFetchSize(FETCH_SIZE)
                .param("asOf", asOf.atOffset(ZoneOffset.UTC))
                .query(rows::apply));
        rows.finish();
    }

    private static MapSqlParameterSource dated(LocalDate date) {
        return new MapSqlParameterSource().addValue("fact_date", date);
    }

    private void insert(FactSource source, Kind kind, MapSqlParameterSource columns) {
        var names = columns.getParameterNames();
        rows.insert(
                """
                INSERT INTO esf_fact (participant_id, sequence, recorded_at, kind, %s)
                VALUES (:participant_id, :sequence, :recorded_at, :kind, %s)
                ON CONFLICT (participant_id, sequence) DO NOTHING""".formatted(
                                String.join(", ", names),
                                Arrays.stream(names).map(name -> ":" + name).collect(Collectors.joining(", "))),
                columns.addValue("participant_id", source.participantId())
                        .addValue("sequence", source.sequence())
                        .addValue("recorded_at", source.recordedAt().atOffset(ZoneOffset.UTC))
                        .addValue("kind", kind.name()));
    }
}
