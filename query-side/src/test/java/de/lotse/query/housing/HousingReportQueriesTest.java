package de.lotse.query.housing;

import static de.lotse.query.housing.Stories.accepted;
import static de.lotse.query.housing.Stories.declined;
import static de.lotse.query.housing.Stories.expired;
import static de.lotse.query.housing.Stories.offer;
import static de.lotse.query.housing.Stories.property;
import static de.lotse.query.housing.Stories.right;
import static de.lotse.query.housing.Stories.tenancy;
import static de.lotse.query.housing.Stories.vacancy;
import static de.lotse.query.housing.Stories.withdrawn;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.FindHousingReport;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingEvent;
import de.lotse.api.housing.HousingReport;
import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The housing report over a crafted portfolio whose every figure was counted by hand. The period is
 * the year 2026; each event is recorded at nine o'clock of its own day unless said otherwise, and
 * the comments say where each story counts. Nordstadt is the one strained district.
 */
class HousingReportQueriesTest {

    private static final LocalDate FROM = of(2026, 1, 1);
    private static final LocalDate TO = of(2026, 12, 31);
    private static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");
    private static final Instant BEFORE_LENAS_OFFER_EXPIRED = Instant.parse("2027-01-03T12:00:00Z");
    private static final Caller EVALUATOR = new Caller("evaluator", Set.of(Role.EVALUATOR));

    private final PropertyId mallinckrodt = PropertyId.random();
    private final PropertyId rheinische = PropertyId.random();
    private final PropertyId hoerde = PropertyId.random();
    private final PropertyId later = PropertyId.random();
    private final UnitId u1 = UnitId.random();
    private final UnitId u2 = UnitId.random();
    private final UnitId u3 = UnitId.random();
    private final UnitId u4 = UnitId.random();
    private final UnitId u5 = UnitId.random();
    private final UnitId u6 = UnitId.random();
    private final UnitId u7 = UnitId.random();
    private final ParticipantId elena = ParticipantId.random();
    private final ParticipantId jonas = ParticipantId.random();
    private final ParticipantId mira = ParticipantId.random();
    private final ParticipantId kim = ParticipantId.random();
    private final ParticipantId lena = ParticipantId.random();

    private HousingLog log;
    private HousingReportQueries queries;

    @BeforeEach
    void tellTheStories() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        var jdbc = new NamedParameterJdbcTemplate(dataSource);
        log = new HousingLog(
                new PortfolioProjection(
                        new Portfolio(jdbc),
                        new OccupancyRights(jdbc),
                        new Renovations(jdbc),
                        new Offers(jdbc),
                        new Tenancies(jdbc)),
                NOW);
        queries = new HousingReportQueries(
                new HousingFigures(jdbc),
                new HousingProperties(List.of("Nordstadt")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        portfolio();
        renovations();
        rights();
        lettings();
    }

    /** Three properties held by the end of 2026 (two acquired in it) with six units; a fourth comes in 2027. */
    private void portfolio() {
        on(
                of(2025, 6, 1),
                property(mallinckrodt, "Mallinckrodtstraße", "Nordstadt", Holding.PURCHASED, of(2025, 6, 1)));
        on(of(2025, 6, 2), unit(u1, mallinckrodt, Holding.PURCHASED), unit(u2, mallinckrodt, Holding.PURCHASED));
        on(of(2025, 6, 2), unit(u3, mallinckrodt, Holding.PURCHASED));
        on(of(2026, 2, 1), property(rheinische, "Rheinische Straße", "Dorstfeld", Holding.LEASED, of(2026, 2, 1)));
        on(of(2026, 2, 1), unit(u4, rheinische, Holding.LEASED), unit(u5, rheinische, Holding.LEASED));
        on(of(2026, 5, 1), property(hoerde, "Hermannstraße", "Hörde", Holding.OCCUPANCY_RIGHTS, of(2026, 5, 1)));
        on(of(2026, 5, 1), unit(u6, hoerde, Holding.OCCUPANCY_RIGHTS));
        on(of(2027, 1, 20), property(later, "Bornstraße", "Nordstadt", Holding.MANAGED_FOR_OWNER, of(2027, 2, 1)));
        on(of(2027, 1, 20), unit(u7, later, Holding.MANAGED_FOR_OWNER));
    }

    /**
     * R1 and R4 complete a unit each in 2026; R2 completes in 2027, R3 in 2025. Workers beginning in
     * 2026: Jonas (on R1 and on R2, counted once) and Mira; Elena began in 2025.
     */
    private void renovations() {
        var r1 = RenovationId.random();
        var r2 = RenovationId.random();
        var r3 = RenovationId.random();
        var r4 = RenovationId.random();
        on(of(2025, 10, 1), started(r3, mallinckrodt, of(2025, 10, 1), u3));
        on(of(2025, 11, 1), started(r1, mallinckrodt, of(2025, 11, 1), u1));
        on(of(2025, 11, 10), worker(r1, mallinckrodt, elena, of(2025, 11, 10)));
        on(of(2025, 12, 20), new RenovationCompleted(r3, mallinckrodt, of(2025, 12, 20), List.of(u3)));
        on(of(2026, 1, 5), worker(r1, mallinckrodt, jonas, of(2026, 1, 5)));
        on(of(2026, 2, 2), started(r4, rheinische, of(2026, 2, 2), u5));
        on(of(2026, 3, 15), new RenovationCompleted(r1, mallinckrodt, of(2026, 3, 15), List.of(u1)));
        on(of(2026, 5, 20), new RenovationCompleted(r4, rheinische, of(2026, 5, 20), List.of(u5)));
        on(of(2026, 10, 1), started(r2, rheinische, of(2026, 10, 1), u5));
        on(of(2026, 10, 1), worker(r2, rheinische, mira, of(2026, 10, 1)));
        on(of(2026, 10, 2), worker(r2, rheinische, jonas, of(2026, 10, 2)));
        on(of(2027, 1, 10), new RenovationCompleted(r2, rheinische, of(2027, 1, 10), List.of(u5)));
    }

    /** Valid on 31 December 2026: three rights, of which two end by 31 March 2027 (one on that very day). */
    private void rights() {
        on(
                of(2026, 5, 1),
                right(u6, OccupancyRightId.random(), OccupancyRightKind.GENERAL, of(2026, 5, 1), of(2031, 4, 30)),
                right(u5, OccupancyRightId.random(), OccupancyRightKind.NOMINATION, of(2024, 1, 1), of(2027, 2, 28)),
                right(u4, OccupancyRightId.random(), OccupancyRightKind.OCCUPANCY, of(2020, 1, 1), of(2026, 12, 30)),
                right(u3, OccupancyRightId.random(), OccupancyRightKind.GENERAL, of(2027, 1, 1), of(2028, 1, 1)),
                right(u2, OccupancyRightId.random(), OccupancyRightKind.GENERAL, of(2025, 1, 1), of(2027, 3, 31)));
    }

    /**
     * Offers made in 2026: O1 to O7 and O9 (8); O8 was made in 2025. Accepted: O1, O3, O6; declined:
     * O2 (too expensive), O5 (location); expired: O4, and O9 once its expiry is recorded on 4 January
     * 2027; withdrawn: O7. Tenancies started in 2026: T4 (Nordstadt, 70 days after its vacancy), T2
     * (Dorstfeld, 22), T1 (Nordstadt, 12), T3 (Hörde, 40): median of 12, 22, 40, 70 is 31; two are
     * outside Nordstadt. All four moved in by June, so six months passed within 2026; T1 runs on, T3's
     * fixed term ends on its six-month day, T2 ended in May and T4 the day before its six-month day.
     */
    private void lettings() {
        var v5 = VacancyId.random();
        var o8 = offer(u2, v5, OfferId.random(), kim, of(2025, 12, 1));
        var t4 = TenancyId.random();
        on(of(2025, 11, 1), vacancy(u2, v5, of(2025, 11, 1)));
        on(of(2025, 12, 1), o8);
        on(of(2026, 1, 3), accepted(o8, of(2026, 1, 3)));
        on(of(2026, 1, 10), tenancy(o8, t4, of(2026, 1, 10)), new TenantMovedIn(u2, t4, kim, of(2026, 1, 10), false));
        on(of(2026, 7, 9), new TenancyEnded(u2, t4, kim, of(2026, 7, 9), TenancyEndReason.TERMINATED_BY_OWNER));

        var v2 = VacancyId.random();
        var o2 = offer(u4, v2, OfferId.random(), jonas, of(2026, 1, 15));
        var o3 = offer(u4, v2, OfferId.random(), mira, of(2026, 1, 22));
        var t2 = TenancyId.random();
        on(of(2026, 1, 10), vacancy(u4, v2, of(2026, 1, 10)));
        on(of(2026, 1, 15), o2);
        on(of(2026, 1, 20), declined(o2, of(2026, 1, 20), DeclineReason.TOO_EXPENSIVE));
        on(of(2026, 1, 22), o3);
        on(of(2026, 1, 25), accepted(o3, of(2026, 1, 25)));
        on(of(2026, 2, 1), tenancy(o3, t2, of(2026, 2, 1)));
        on(of(2026, 2, 3), new TenantMovedIn(u4, t2, mira, of(2026, 2, 3), false));
        on(of(2026, 5, 31), new TenancyEnded(u4, t2, mira, of(2026, 5, 31), TenancyEndReason.TERMINATED_BY_TENANT));

        var v1 = VacancyId.random();
        var o1 = offer(u1, v1, OfferId.random(), elena, of(2026, 3, 25));
        var t1 = TenancyId.random();
        on(of(2026, 3, 20), vacancy(u1, v1, of(2026, 3, 20)));
        on(of(2026, 3, 25), o1);
        on(of(2026, 3, 30), accepted(o1, of(2026, 3, 30)));
        on(of(2026, 4, 1), tenancy(o1, t1, of(2026, 4, 1)), new TenantMovedIn(u1, t1, elena, of(2026, 4, 1), false));

        var v3 = VacancyId.random();
        var v4 = VacancyId.random();
        var o4 = offer(u6, v3, OfferId.random(), jonas, of(2026, 5, 2));
        var o5 = offer(u6, v3, OfferId.random(), lena, of(2026, 5, 20));
        var o6 = offer(u6, v3, OfferId.random(), jonas, of(2026, 6, 1));
        var o7 = offer(u5, v4, OfferId.random(), jonas, of(2026, 6, 2));
        var t3 = TenancyId.random();
        on(of(2026, 5, 1), vacancy(u6, v3, of(2026, 5, 1)));
        on(of(2026, 5, 2), o4);
        log.at(Instant.parse("2026-05-17T00:05:00Z")).record(expired(o4));
        on(of(2026, 5, 20), o5);
        on(of(2026, 5, 25), declined(o5, of(2026, 5, 25), DeclineReason.LOCATION));
        on(of(2026, 6, 1), o6, vacancy(u5, v4, of(2026, 6, 1)), o7);
        on(of(2026, 6, 5), accepted(o6, of(2026, 6, 5)), withdrawn(o7, of(2026, 6, 5), o6.offerId()));
        on(of(2026, 6, 10), fixedTerm(tenancy(o6, t3, of(2026, 6, 10)), of(2026, 12, 10)));
        on(of(2026, 6, 10), new TenantMovedIn(u6, t3, jonas, of(2026, 6, 10), false));

        var v6 = VacancyId.random();
        var o9 = offer(u3, v6, OfferId.random(), lena, of(2026, 12, 20));
        on(of(2026, 11, 1), vacancy(u3, v6, of(2026, 11, 1)));
        on(of(2026, 12, 20), o9);
        log.at(Instant.parse("2027-01-04T00:05:00Z")).record(expired(o9));
    }

    @Test
    void countsEveryFigureOfTheCraftedPortfolioAsCountedByHand() {
        var report = report(FROM, TO, null);

        assertThat(report.from()).isEqualTo(FROM);
        assertThat(report.to()).isEqualTo(TO);
        assertThat(report.asOf()).isEqualTo(NOW);
        assertThat(report.portfolio())
                .isEqualTo(new HousingReport.Portfolio(
                        3,
                        6,
                        Map.of(
                                Holding.PURCHASED,
                                3L,
                                Holding.LEASED,
                                2L,
                                Holding.MANAGED_FOR_OWNER,
                                0L,
                                Holding.OCCUPANCY_RIGHTS,
                                1L),
                        2));
        assertThat(report.renovation()).isEqualTo(new HousingReport.Renovation(2, 2));
        assertThat(report.occupancyRights()).isEqualTo(new HousingReport.OccupancyRights(3, 2));
        assertThat(report.offers())
                .isEqualTo(new HousingReport.Offers(
                        8, 3, 2, 1, Map.of(DeclineReason.TOO_EXPENSIVE, 1L, DeclineReason.LOCATION, 1L)));
        assertThat(report.placements()).isEqualTo(new HousingReport.Placements(4, 2, new BigDecimal("31")));
        assertThat(report.sustainment()).isEqualTo(new HousingReport.Sustainment(4, 2));
    }

    @Test
    void countsAnOfferAsExpiredOnlyOnceItsExpiryWasRecorded() {
        var before = report(FROM, TO, BEFORE_LENAS_OFFER_EXPIRED);
        var after = report(FROM, TO, Instant.parse("2027-01-04T00:05:00Z"));

        assertThat(before.offers().made()).isEqualTo(8);
        assertThat(before.offers().expired()).isEqualTo(1);
        assertThat(after.offers().expired()).isEqualTo(2);
        assertThat(before.asOf()).isEqualTo(BEFORE_LENAS_OFFER_EXPIRED);
    }

    @Test
    void readsThePortfolioAsItWasRecordedAtAnEarlierInstant() {
        var midYear = report(FROM, TO, Instant.parse("2026-07-01T00:00:00Z"));

        // Hörde's property is held, the later one not yet recorded; the renovation R2 and its workers are still to come
        assertThat(midYear.portfolio().units()).isEqualTo(6);
        assertThat(midYear.renovation()).isEqualTo(new HousingReport.Renovation(2, 1));
        // O9 is not yet made, O4 expired in May
        assertThat(midYear.offers())
                .isEqualTo(new HousingReport.Offers(
                        7, 3, 1, 1, Map.of(DeclineReason.TOO_EXPENSIVE, 1L, DeclineReason.LOCATION, 1L)));
        // Kim's tenancy had not ended yet as far as anyone knew
        assertThat(midYear.sustainment()).isEqualTo(new HousingReport.Sustainment(4, 3));
    }

    @Test
    void endsThePeriodOnTheDayOfAsOfWithoutATo() {
        var report = report(null, null, Instant.parse("2026-03-31T18:00:00Z"));

        assertThat(report.from()).isNull();
        assertThat(report.to()).isEqualTo(of(2026, 3, 31));
        assertThat(report.portfolio().properties()).isEqualTo(2);
        assertThat(report.placements()).isEqualTo(new HousingReport.Placements(2, 1, new BigDecimal("46")));
        assertThat(report.sustainment()).isEqualTo(new HousingReport.Sustainment(0, 0));
    }

    @Test
    void leavesTheMedianOutWhenNoTenancyStarted() {
        var report = report(of(2026, 7, 1), of(2026, 9, 30), null);

        assertThat(report.placements()).isEqualTo(new HousingReport.Placements(0, 0, null));
        assertThat(report.offers().made()).isZero();
    }

    @Test
    void refusesCallersWhoMayNotReadReports() {
        var failure = catchThrowableOfType(
                QueryExecutionException.class,
                () -> queries.handle(new FindHousingReport(new Caller("coach1", Set.of(Role.COACH)), FROM, TO, null)));

        assertThat(failure.<Refusal>getDetails().orElseThrow().reason()).isEqualTo(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    private HousingReport report(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Instant asOf) {
        return queries.handle(new FindHousingReport(EVALUATOR, from, to, asOf));
    }

    private void on(LocalDate day, HousingEvent... events) {
        log.at(day.atTime(9, 0).toInstant(ZoneOffset.UTC)).record(events);
    }

    private static de.lotse.api.housing.UnitAdded unit(UnitId id, PropertyId property, Holding holding) {
        return Stories.unit(id, property, "unit " + id.toString().substring(0, 4), holding);
    }

    private static RenovationStarted started(RenovationId id, PropertyId property, LocalDate start, UnitId... units) {
        return new RenovationStarted(id, property, start, start.plusMonths(4), "facade and heating", List.of(units));
    }

    private static ParticipantEmployedOnRenovation worker(
            RenovationId id, PropertyId property, ParticipantId participant, LocalDate from) {
        return new ParticipantEmployedOnRenovation(id, property, participant, from, new BigDecimal("30"));
    }

    private static TenancyStarted fixedTerm(TenancyStarted started, LocalDate end) {
        return new TenancyStarted(
                started.unitId(),
                started.tenancyId(),
                started.offerId(),
                started.vacancyId(),
                started.participantId(),
                started.start(),
                end,
                started.rentCold(),
                started.supported());
    }
}
