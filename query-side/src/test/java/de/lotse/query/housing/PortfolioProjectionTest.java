package de.lotse.query.housing;

import static de.lotse.query.housing.Stories.accepted;
import static de.lotse.query.housing.Stories.declined;
import static de.lotse.query.housing.Stories.offer;
import static de.lotse.query.housing.Stories.property;
import static de.lotse.query.housing.Stories.right;
import static de.lotse.query.housing.Stories.tenancy;
import static de.lotse.query.housing.Stories.vacancy;
import static de.lotse.query.housing.Stories.withdrawn;
import static de.lotse.query.testing.Events.LEAD;
import static de.lotse.query.testing.Events.coach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.FindOccupancyRights;
import de.lotse.api.housing.FindParticipantHousing;
import de.lotse.api.housing.FindUnit;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.OccupancyRightEntry;
import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitDetail;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.api.housing.UnitSummary;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import de.lotse.query.audit.StreamHistories;
import de.lotse.query.participant.ParticipantViews;
import de.lotse.query.participant.ParticipantViews.Person;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class PortfolioProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Caller HOUSING = new Caller("housing", Set.of(Role.HOUSING));
    private static final Caller EVALUATOR = new Caller("evaluator", Set.of(Role.EVALUATOR));

    private final PropertyId nordstadt = PropertyId.random();
    private final PropertyId dorstfeld = PropertyId.random();
    private final ParticipantId elena = ParticipantId.random();
    private final ParticipantId jonas = ParticipantId.random();
    private final ParticipantViews participants = mock(ParticipantViews.class);

    private Portfolio portfolio;
    private OccupancyRights rights;
    private Renovations renovations;
    private Offers offers;
    private Tenancies tenancies;
    private HousingLog log;

    @BeforeEach
    void freshDatabase() {
        var dataSource = TestDatabase.fresh();
        SideMigrations.migrate(dataSource, "query");
        var jdbc = new NamedParameterJdbcTemplate(dataSource);
        portfolio = new Portfolio(jdbc);
        rights = new OccupancyRights(jdbc);
        renovations = new Renovations(jdbc);
        offers = new Offers(jdbc);
        tenancies = new Tenancies(jdbc);
        log = new HousingLog(
                new PortfolioProjection(portfolio, rights, renovations, offers, tenancies),
                Instant.parse("2026-01-10T09:00:00Z"));
        var people = Map.of(
                elena.value(),
                new Person("coach1", "Elena Popescu"),
                jonas.value(),
                new Person("coach2", "Jonas Berg"));
        when(participants.people(anyCollection())).thenAnswer(call -> {
            var found = new HashMap<UUID, Person>();
            for (var id : call.<Collection<UUID>>getArgument(0)) {
                Optional.ofNullable(people.get(id)).ifPresent(person -> found.put(id, person));
            }
            return found;
        });
        when(participants.coachOf(elena.value())).thenReturn(Optional.of("coach1"));
        log.record(
                property(nordstadt, "Mallinckrodtstraße", "Nordstadt", Holding.PURCHASED, LocalDate.of(2026, 2, 1)),
                property(
                        dorstfeld,
                        "Rheinische Straße",
                        "Dorstfeld",
                        Holding.OCCUPANCY_RIGHTS,
                        LocalDate.of(2026, 3, 1)));
    }

    @Test
    void derivesEachStatusFromTheDatesOfTheDayAsked() {
        var idle = addUnit(nordstadt, "A idle");
        var vacant = addUnit(nordstadt, "B vacant");
        var offered = addUnit(nordstadt, "C offered");
        var let = addUnit(nordstadt, "D let");
        var renovated = addUnit(nordstadt, "E renovated");
        var renovatedBefore = addUnit(nordstadt, "F renovated before");
        log.record(vacancy(vacant, VacancyId.random(), TODAY.minusDays(5)));
        offerOpen(offered, elena, TODAY.minusDays(3));
        letFrom(let, jonas, TODAY.minusDays(10));
        var running = RenovationId.random();
        var done = RenovationId.random();
        log.record(
                renovation(running, renovated, TODAY.minusDays(30)),
                renovation(done, renovatedBefore, TODAY.minusDays(60)),
                new RenovationCompleted(done, nordstadt, TODAY, List.of(renovatedBefore)));

        assertThat(statuses(TODAY))
                .containsExactly(
                        tuple("A idle", UnitStatus.UNAVAILABLE),
                        tuple("B vacant", UnitStatus.VACANT),
                        tuple("C offered", UnitStatus.OFFERED),
                        tuple("D let", UnitStatus.LET),
                        tuple("E renovated", UnitStatus.IN_RENOVATION),
                        tuple("F renovated before", UnitStatus.UNAVAILABLE));
        assertThat(statuses(TODAY.minusDays(1))).contains(tuple("F renovated before", UnitStatus.IN_RENOVATION));
    }

    @Test
    void letsTheDaysMoveAUnitInAndOutOfATenancy() {
        var flat = addUnit(nordstadt, "2. OG links");
        var tenancy = letFrom(flat, elena, TODAY.plusDays(10));
        log.record(new TenancyEnded(flat, tenancy, elena, TODAY.plusDays(40), TenancyEndReason.MOVED_ON));

        assertThat(statuses(TODAY)).containsExactly(tuple("2. OG links", UnitStatus.UNAVAILABLE));
        assertThat(statuses(TODAY.plusDays(10))).containsExactly(tuple("2. OG links", UnitStatus.LET));
        assertThat(statuses(TODAY.plusDays(40))).containsExactly(tuple("2. OG links", UnitStatus.LET));
        assertThat(statuses(TODAY.plusDays(41))).containsExactly(tuple("2. OG links", UnitStatus.UNAVAILABLE));
    }

    @Test
    void filtersByStatusDistrictAndPropertyAPageAtATime() {
        var first = addUnit(nordstadt, "1");
        addUnit(nordstadt, "2");
        var third = addUnit(nordstadt, "3");
        var elsewhere = addUnit(dorstfeld, "4");
        log.record(
                vacancy(first, VacancyId.random(), TODAY),
                vacancy(third, VacancyId.random(), TODAY),
                vacancy(elsewhere, VacancyId.random(), TODAY));

        var vacant = units(TODAY, new FindUnits(HOUSING, UnitStatus.VACANT, null, null, 0, 2));
        assertThat(vacant.total()).isEqualTo(3);
        assertThat(vacant.items()).extracting(UnitSummary::label).containsExactly("1", "3");
        assertThat(units(TODAY, new FindUnits(HOUSING, UnitStatus.VACANT, null, null, 1, 2))
                        .items())
                .extracting(UnitSummary::label)
                .containsExactly("4");
        var inNordstadt = units(TODAY, new FindUnits(HOUSING, UnitStatus.VACANT, " nordstadt ", null, 0, 50));
        assertThat(inNordstadt.items()).extracting(UnitSummary::label).containsExactly("1", "3");
        var ofDorstfeld = units(TODAY, new FindUnits(coach("coach2"), null, null, dorstfeld, 0, 50));
        assertThat(ofDorstfeld.total()).isEqualTo(1);
        assertThat(ofDorstfeld.items().get(0))
                .isEqualTo(new UnitSummary(
                        elsewhere.toString(),
                        dorstfeld.toString(),
                        "Rheinische Straße 12, 44147 Dortmund",
                        "Dorstfeld",
                        "4",
                        2,
                        new BigDecimal("54.5"),
                        new BigDecimal("380.00"),
                        false,
                        UnitStatus.VACANT,
                        null));
    }

    @Test
    void keepsTheRegisterOfRightsSoonestToExpireFirst() {
        var flat = addUnit(dorstfeld, "EG");
        var attic = addUnit(dorstfeld, "DG");
        var expired = OccupancyRightId.random();
        var soon = OccupancyRightId.random();
        var later = OccupancyRightId.random();
        var next = OccupancyRightId.random();
        log.record(
                right(flat, expired, OccupancyRightKind.GENERAL, TODAY.minusYears(5), TODAY.minusDays(1)),
                right(flat, later, OccupancyRightKind.NOMINATION, TODAY, TODAY.plusYears(5)),
                right(attic, soon, OccupancyRightKind.OCCUPANCY, TODAY.minusYears(1), TODAY.plusDays(30)),
                right(attic, next, OccupancyRightKind.GENERAL, TODAY.plusDays(31), TODAY.plusYears(3)));

        assertThat(register(null)).extracting(OccupancyRightEntry::id).containsExactly(ids(soon, next, later));
        assertThat(register(30)).extracting(OccupancyRightEntry::id).containsExactly(ids(soon));
        assertThat(register(30).get(0))
                .isEqualTo(new OccupancyRightEntry(
                        soon.toString(),
                        attic.toString(),
                        "Rheinische Straße 12, 44147 Dortmund",
                        "DG",
                        OccupancyRightKind.OCCUPANCY,
                        "Wohnungsamt Dortmund",
                        TODAY.minusYears(1),
                        TODAY.plusDays(30)));
        assertThat(statuses(TODAY)).hasSize(2);
        assertThat(units(TODAY, new FindUnits(HOUSING, null, null, null, 0, 50)).items())
                .extracting(UnitSummary::label, UnitSummary::occupancyRight)
                .containsExactly(
                        tuple("DG", new UnitSummary.RightInForce(OccupancyRightKind.OCCUPANCY, TODAY.plusDays(30))),
                        tuple("EG", new UnitSummary.RightInForce(OccupancyRightKind.NOMINATION, TODAY.plusYears(5))));
    }

    @Test
    void showsAUnitsTimelineWithNamesOnlyToWhoMayReadTheParticipant() {
        var flat = addUnit(nordstadt, "2. OG links");
        var vacancyId = VacancyId.random();
        var toElena = offer(flat, vacancyId, OfferId.random(), elena, TODAY.minusDays(20));
        var toJonas = offer(flat, vacancyId, OfferId.random(), jonas, TODAY.minusDays(30));
        var tenancyId = TenancyId.random();
        log.record(
                vacancy(flat, vacancyId, TODAY.minusDays(40)),
                toJonas,
                declined(toJonas, TODAY.minusDays(25), DeclineReason.TOO_EXPENSIVE),
                toElena,
                accepted(toElena, TODAY.minusDays(18)),
                tenancy(toElena, tenancyId, TODAY.minusDays(10)),
                new TenantMovedIn(flat, tenancyId, elena, TODAY.minusDays(9), false),
                new TenancyChecked(flat, tenancyId, elena, TODAY.minusDays(2), CheckStatus.STABLE, "fine"));

        var asHousing = unit(HOUSING, flat);
        assertThat(asHousing.status()).isEqualTo(UnitStatus.LET);
        assertThat(asHousing.holding()).isEqualTo(Holding.PURCHASED);
        assertThat(asHousing.vacancies())
                .containsExactly(new UnitDetail.VacancyView(
                        vacancyId.toString(), TODAY.minusDays(40), false, TODAY.minusDays(18)));
        assertThat(asHousing.offers())
                .extracting(
                        UnitDetail.OfferView::displayName,
                        UnitDetail.OfferView::status,
                        UnitDetail.OfferView::endedOn,
                        UnitDetail.OfferView::declineReason)
                .containsExactly(
                        tuple("Jonas Berg", OfferStatus.DECLINED, TODAY.minusDays(25), DeclineReason.TOO_EXPENSIVE),
                        tuple("Elena Popescu", OfferStatus.ACCEPTED, TODAY.minusDays(18), null));
        var tenancy = asHousing.tenancies().get(0);
        assertThat(tenancy.movedInOn()).isEqualTo(TODAY.minusDays(9));
        assertThat(tenancy.checks()).containsExactly(new UnitDetail.CheckView(TODAY.minusDays(2), CheckStatus.STABLE));
        assertThat(tenancy.checksDueOn())
                .containsExactly(
                        TODAY.minusDays(9).plusMonths(3),
                        TODAY.minusDays(9).plusMonths(6),
                        TODAY.minusDays(9).plusMonths(12));

        assertThat(unit(coach("coach1"), flat).offers())
                .extracting(UnitDetail.OfferView::participantId, UnitDetail.OfferView::displayName)
                .containsExactly(tuple(jonas.toString(), null), tuple(elena.toString(), "Elena Popescu"));
        assertThat(unit(coach("coach3"), flat).tenancies().get(0).displayName()).isNull();
        assertThat(unit(LEAD, flat).tenancies().get(0).displayName()).isEqualTo("Elena Popescu");
    }

    @Test
    void refusesAnUnknownUnitAndRolesThatDoNotReadHousing() {
        var unknown = UnitId.random();

        assertThat(refusalOf(() -> unit(HOUSING, unknown)))
                .isEqualTo(Refusal.unknown(Refusal.Reason.UNKNOWN_UNIT, unknown));
        assertThat(refusalOf(() -> unit(EVALUATOR, unknown)).reason()).isEqualTo(Refusal.Reason.ROLE_NOT_ALLOWED);
        assertThat(refusalOf(() -> units(TODAY, new FindUnits(EVALUATOR, null, null, null, 0, 50)))
                        .reason())
                .isEqualTo(Refusal.Reason.ROLE_NOT_ALLOWED);
    }

    @Test
    void changesNothingWhenEventsAreDeliveredAgain() {
        var flat = addUnit(nordstadt, "EG");
        var vacancyId = VacancyId.random();
        var opened = vacancy(flat, vacancyId, TODAY.minusDays(6));
        var made = offer(flat, vacancyId, OfferId.random(), elena, TODAY.minusDays(5));
        var withdrawal = withdrawn(made, TODAY.minusDays(2), OfferId.random());
        var openedAt = log.now();
        log.record(opened, made, withdrawal);
        var before = unit(HOUSING, flat);

        log.redeliver(opened, 1, openedAt);
        log.redeliver(made, 2, openedAt.plusSeconds(60));
        log.redeliver(withdrawal, 3, openedAt.plusSeconds(120));

        assertThat(unit(HOUSING, flat)).isEqualTo(before);
        assertThat(before.offers()).extracting(UnitDetail.OfferView::status).containsExactly(OfferStatus.WITHDRAWN);
        assertThat(before.status()).isEqualTo(UnitStatus.VACANT);
    }

    @Test
    void listsAParticipantsOffersAndTenanciesForWhoMayReadThem() {
        var flat = addUnit(nordstadt, "2. OG links");
        var tenancy = letFrom(flat, elena, TODAY.minusDays(3));
        var queries = new ParticipantHousingQueries(offers, tenancies, participants);

        var housing = queries.handle(new FindParticipantHousing(coach("coach1"), elena));

        assertThat(housing.offers())
                .extracting(o -> o.unitId(), o -> o.address(), o -> o.label(), o -> o.status())
                .containsExactly(tuple(
                        flat.toString(), "Mallinckrodtstraße 12, 44147 Dortmund", "2. OG links", OfferStatus.ACCEPTED));
        assertThat(housing.tenancies())
                .extracting(t -> t.id(), t -> t.start())
                .containsExactly(tuple(tenancy.toString(), TODAY.minusDays(3)));
        assertThat(refusalOf(() -> queries.handle(new FindParticipantHousing(coach("coach2"), elena))))
                .isEqualTo(Refusal.notYourCaseload(elena));
        assertThat(refusalOf(() -> queries.handle(new FindParticipantHousing(HOUSING, elena)))
                        .reason())
                .isEqualTo(Refusal.Reason.ROLE_NOT_ALLOWED);
        assertThat(refusalOf(() -> queries.handle(new FindParticipantHousing(LEAD, jonas))))
                .isEqualTo(Refusal.unknownParticipant(jonas));
    }

    private UnitId addUnit(PropertyId property, String label) {
        var id = UnitId.random();
        var holding = property.equals(nordstadt) ? Holding.PURCHASED : Holding.OCCUPANCY_RIGHTS;
        log.record(Stories.unit(id, property, label, holding));
        return id;
    }

    private void offerOpen(UnitId unit, ParticipantId participant, LocalDate offeredOn) {
        var vacancyId = VacancyId.random();
        log.record(
                vacancy(unit, vacancyId, offeredOn.minusDays(1)),
                offer(unit, vacancyId, OfferId.random(), participant, offeredOn));
    }

    private TenancyId letFrom(UnitId unit, ParticipantId participant, LocalDate start) {
        var vacancyId = VacancyId.random();
        var made = offer(unit, vacancyId, OfferId.random(), participant, start.minusDays(20));
        var tenancyId = TenancyId.random();
        log.record(
                vacancy(unit, vacancyId, start.minusDays(30)),
                made,
                accepted(made, start.minusDays(15)),
                tenancy(made, tenancyId, start));
        return tenancyId;
    }

    private RenovationStarted renovation(RenovationId id, UnitId unit, LocalDate start) {
        return new RenovationStarted(id, nordstadt, start, start.plusMonths(3), "roof and windows", List.of(unit));
    }

    private List<org.assertj.core.groups.Tuple> statuses(LocalDate day) {
        return units(day, new FindUnits(HOUSING, null, null, null, 0, 200)).items().stream()
                .map(unit -> tuple(unit.label(), unit.status()))
                .toList();
    }

    private UnitPage units(LocalDate day, FindUnits query) {
        return queriesOn(day).handle(query);
    }

    private UnitDetail unit(Caller caller, UnitId unit) {
        return queriesOn(TODAY).handle(new FindUnit(caller, unit));
    }

    private List<OccupancyRightEntry> register(@Nullable Integer days) {
        var queries =
                new PortfolioQueries(portfolio, rights, renovations, new HousingReaders(participants), clockOn(TODAY));
        return queries.handle(new FindOccupancyRights(HOUSING, days));
    }

    private UnitQueries queriesOn(LocalDate day) {
        return new UnitQueries(
                portfolio,
                rights,
                renovations,
                offers,
                tenancies,
                new HousingReaders(participants),
                mock(StreamHistories.class),
                clockOn(day));
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static String[] ids(Object... ids) {
        return java.util.Arrays.stream(ids).map(Object::toString).toArray(String[]::new);
    }

    private static Refusal refusalOf(Runnable query) {
        var failure = catchThrowableOfType(QueryExecutionException.class, query::run);
        return failure.<Refusal>getDetails().orElseThrow();
    }
}
