package de.lotse.query.pathways;

import static de.lotse.query.testing.Events.LEAD;
import static de.lotse.query.testing.Events.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.api.participant.ParticipantEvent;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpRecorded;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.LabourMarketSituationRecorded;
import de.lotse.api.pathway.ParticipantExited;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StageAborted;
import de.lotse.api.pathway.StageCompleted;
import de.lotse.api.pathway.StageStarted;
import de.lotse.api.pathways.EntryCohort;
import de.lotse.api.pathways.FindPathwayReport;
import de.lotse.api.pathways.PathwayReport;
import de.lotse.api.pathways.ReferralsByArea;
import de.lotse.api.pathways.RouteOutcome;
import de.lotse.api.pathways.StageFunnel;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralClosed;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralMade;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pathway analytics of a small crafted programme, every figure worked out by hand: five
 * participants on the route coaching and qualification who entered on 10 January 2026 and started
 * coaching 0, 2, 4, 6 and 8 days later and qualification 20 days after entry; four of them left
 * on 1 May (coaching closed at exit after 111, 109, 107 and 105 days), one employed on 20 May
 * (upon leaving) and at the follow-up, one employed only on 15 June (too late), one self-employed
 * on 1 May; one coached participant who entered in April and one who never started a stage.
 */
class PathwayQueriesTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 10);
    private static final LocalDate EXIT = LocalDate.of(2026, 5, 1);
    private static final Instant RECORDED = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-08-01T08:00:00Z");
    private static final Caller EVALUATOR = new Caller("evaluator", Set.of(Role.EVALUATOR));

    private final ParticipantId[] routed = {
        ParticipantId.random(),
        ParticipantId.random(),
        ParticipantId.random(),
        ParticipantId.random(),
        ParticipantId.random()
    };
    private final ParticipantId coachedOnly = ParticipantId.random();
    private final ParticipantId noStage = ParticipantId.random();
    private final ReferralId openHealth = ReferralId.random();
    private final Map<ParticipantId, Long> sequences = new HashMap<>();

    private PathwayProjection projection;
    private Pathways pathways;
    private PathwayReferrals referrals;

    @BeforeEach
    void craftedProgramme() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        var jdbc = new NamedParameterJdbcTemplate(dataSource);
        pathways = new Pathways(jdbc, JsonMapper.builder().build());
        referrals = new PathwayReferrals(jdbc);
        projection = new PathwayProjection(pathways, referrals);
        for (var i = 0; i < routed.length; i++) {
            var id = routed[i];
            record(RECORDED, enrolled(id, "P", "" + i, "coach1", ENTRY));
            record(RECORDED, new StageStarted(id, Stage.COACHING, ENTRY.plusDays(2L * i)));
            record(RECORDED, new StageStarted(id, Stage.QUALIFICATION, ENTRY.plusDays(20)));
        }
        for (var i = 0; i < 3; i++) {
            record(RECORDED, new StageCompleted(routed[i], Stage.QUALIFICATION, ENTRY.plusDays(60), null));
        }
        record(RECORDED, new StageAborted(routed[3], Stage.QUALIFICATION, ENTRY.plusDays(30), "moved"));
        record(RECORDED, situation(routed[2], LocalDate.of(2026, 4, 1), LabourMarketSituation.JOB_SEARCHING));
        for (var i = 0; i < 4; i++) {
            record(
                    RECORDED,
                    new ParticipantExited(routed[i], EXIT, ExitReason.COMPLETED, List.of(), EXIT.plusMonths(6)));
        }
        record(RECORDED, situation(routed[0], LocalDate.of(2026, 5, 20), LabourMarketSituation.EMPLOYED));
        record(RECORDED, situation(routed[1], LocalDate.of(2026, 6, 15), LabourMarketSituation.EMPLOYED));
        record(RECORDED, situation(routed[2], EXIT, LabourMarketSituation.SELF_EMPLOYED));
        record(RECORDED, new FollowUpRecorded(routed[0], EXIT.plusMonths(6), FollowUpSituation.EMPLOYED, true));
        record(RECORDED, new FollowUpRecorded(routed[2], EXIT.plusMonths(6), FollowUpSituation.UNREACHABLE, false));
        var april = LocalDate.of(2026, 4, 5);
        record(RECORDED, enrolled(coachedOnly, "C", "O", "coach1", april));
        record(RECORDED, new StageStarted(coachedOnly, Stage.COACHING, april));
        record(RECORDED, enrolled(noStage, "N", "S", "coach1", LocalDate.of(2026, 2, 1)));
        referral(
                routed[0],
                ReferralId.random(),
                ReferralArea.HEALTH,
                LocalDate.of(2026, 2, 1),
                ReferralOutcome.RESOLVED,
                LocalDate.of(2026, 2, 20));
        referral(
                routed[1],
                ReferralId.random(),
                ReferralArea.HEALTH,
                LocalDate.of(2026, 2, 1),
                ReferralOutcome.NOT_RESOLVED,
                LocalDate.of(2026, 3, 3));
        referral(coachedOnly, openHealth, ReferralArea.HEALTH, LocalDate.of(2026, 4, 10), null, null);
        referral(routed[2], ReferralId.random(), ReferralArea.DEBT, LocalDate.of(2026, 3, 1), null, null);
    }

    @Test
    void showsATeamLeadEveryFigure() {
        var report = report(LEAD, null, null, null);

        assertThat(report.participants()).isEqualTo(7);
        assertThat(report.stages())
                .startsWith(
                        new StageFunnel(Stage.COACHING, 6L, 0L, 0L, 4L, 3.0, 108.0),
                        new StageFunnel(Stage.QUALIFICATION, 5L, 3L, 1L, 0L, 20.0, 40.0))
                .contains(new StageFunnel(Stage.JOB_PLACEMENT, 0L, 0L, 0L, 0L, null, null))
                .hasSize(5);
        assertThat(report.routes())
                .containsExactly(
                        new RouteOutcome(List.of(Stage.COACHING, Stage.QUALIFICATION), 5L, 4L, 2L, 1L),
                        new RouteOutcome(List.of(Stage.COACHING), 1L, 0L, 0L, 0L),
                        new RouteOutcome(List.of(), 1L, 0L, 0L, 0L));
        assertThat(report.cohorts())
                .containsExactly(new EntryCohort("2026-Q1", 6L, 4L, 2L), new EntryCohort("2026-Q2", 1L, 0L, 0L));
        assertThat(report.referrals())
                .startsWith(new ReferralsByArea(ReferralArea.SUBSISTENCE, 0L, 0L, null))
                .contains(
                        new ReferralsByArea(ReferralArea.HEALTH, 3L, 1L, 24.5),
                        new ReferralsByArea(ReferralArea.DEBT, 1L, 0L, null))
                .hasSize(8);
        assertThat(report.suppressedBelow()).isEqualTo(5);
    }

    @Test
    void suppressesCountsBelowFiveAndMediansOverFewerThanFiveParticipantsForAnEvaluator() {
        var report = report(EVALUATOR, null, null, null);

        assertThat(report.participants()).isEqualTo(7);
        assertThat(report.stages())
                .startsWith(
                        new StageFunnel(Stage.COACHING, 6L, null, null, null, 3.0, null),
                        new StageFunnel(Stage.QUALIFICATION, 5L, null, null, null, 20.0, null));
        assertThat(report.routes())
                .containsExactly(
                        new RouteOutcome(List.of(Stage.COACHING, Stage.QUALIFICATION), 5L, null, null, null),
                        new RouteOutcome(List.of(Stage.COACHING), null, null, null, null),
                        new RouteOutcome(List.of(), null, null, null, null));
        assertThat(report.cohorts())
                .containsExactly(
                        new EntryCohort("2026-Q1", 6L, null, null), new EntryCohort("2026-Q2", null, null, null));
        assertThat(report.referrals()).contains(new ReferralsByArea(ReferralArea.HEALTH, null, null, null));
    }

    @Test
    void countsOnlyTheParticipantsWhoEnteredInThePeriod() {
        var report = report(LEAD, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null);

        assertThat(report.participants()).isEqualTo(1);
        assertThat(report.routes()).containsExactly(new RouteOutcome(List.of(Stage.COACHING), 1L, 0L, 0L, 0L));
        assertThat(report.referrals()).contains(new ReferralsByArea(ReferralArea.HEALTH, 1L, 0L, null));
    }

    @Test
    void readsOnlyWhatWasRecordedByTheInstantAskedFor() {
        record(LATER, new StageCompleted(routed[4], Stage.QUALIFICATION, ENTRY.plusDays(90), null));
        record(
                LATER,
                new ReferralClosed(coachedOnly, openHealth, LocalDate.of(2026, 4, 30), ReferralOutcome.RESOLVED, null));

        var before = report(LEAD, null, null, LATER.minusSeconds(1));
        var now = report(LEAD, null, null, null);

        assertThat(before.stages().get(1)).isEqualTo(new StageFunnel(Stage.QUALIFICATION, 5L, 3L, 1L, 0L, 20.0, 40.0));
        assertThat(before.referrals()).contains(new ReferralsByArea(ReferralArea.HEALTH, 3L, 1L, 24.5));
        assertThat(now.stages().get(1)).isEqualTo(new StageFunnel(Stage.QUALIFICATION, 5L, 4L, 1L, 0L, 20.0, 40.0));
        assertThat(now.referrals()).contains(new ReferralsByArea(ReferralArea.HEALTH, 3L, 2L, 20.0));
        assertThat(report(LEAD, null, null, RECORDED.minusSeconds(1)).participants())
                .isZero();
    }

    @Test
    void countsARedeliveredEventOnce() {
        var id = routed[4];
        var sequence = sequences.get(id);
        var completion = new StageCompleted(id, Stage.QUALIFICATION, ENTRY.plusDays(90), null);
        projection.on(completion, sequence, LATER);
        projection.on(completion, sequence, LATER);

        assertThat(report(LEAD, null, null, null).stages().get(1).completed()).isEqualTo(4);
    }

    @Test
    void refusesACoach() {
        assertThatThrownBy(() -> report(new Caller("coach1", Set.of(Role.COACH)), null, null, null))
                .isInstanceOf(QueryExecutionException.class);
    }

    private PathwayReport report(
            Caller caller, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Instant asOf) {
        var queries = new PathwayQueries(pathways, referrals, Clock.fixed(LATER.plusSeconds(60), ZoneOffset.UTC));
        return queries.handle(new FindPathwayReport(caller, from, to, asOf));
    }

    private void record(Instant recordedAt, ParticipantEvent event) {
        var sequence = sequences.merge(event.participantId(), 1L, Long::sum) - 1;
        projection.on(event, sequence, recordedAt);
    }

    private void referral(
            ParticipantId id,
            ReferralId referral,
            ReferralArea area,
            LocalDate made,
            @Nullable ReferralOutcome outcome,
            @Nullable LocalDate closed) {
        record(RECORDED, new ReferralMade(id, referral, made, area, "Provider", null));
        if (outcome != null && closed != null) {
            record(RECORDED, new ReferralClosed(id, referral, closed, outcome, "why"));
        }
    }

    private static LabourMarketSituationRecorded situation(ParticipantId id, LocalDate date, LabourMarketSituation s) {
        return new LabourMarketSituationRecorded(id, date, s, null);
    }
}
