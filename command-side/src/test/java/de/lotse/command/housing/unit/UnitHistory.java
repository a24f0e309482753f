package de.lotse.command.housing.unit;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Role;
import de.lotse.api.housing.AcceptOffer;
import de.lotse.api.housing.AddUnit;
import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineOffer;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.EndTenancy;
import de.lotse.api.housing.GrantOccupancyRight;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.MakeOffer;
import de.lotse.api.housing.OccupancyRightGranted;
import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OpenVacancy;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RecordMoveIn;
import de.lotse.api.housing.RecordTenancyCheck;
import de.lotse.api.housing.StartTenancy;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.housing.VacancyOpened;
import de.lotse.api.housing.WithdrawOffer;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.messaging.CallerMetaData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Prior events and callers for the unit's fixture tests: one unit of a purchased house in Dortmund. */
final class UnitHistory {

    static final UnitId UNIT = UnitId.of("5b0c2f2e-1d43-4a51-9a1e-2f3c4d5e6f70");
    static final PropertyId PROPERTY = PropertyId.of("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
    static final VacancyId VACANCY = VacancyId.of("11111111-2222-4333-8444-555555555555");
    static final VacancyId LATER_VACANCY = VacancyId.of("11111111-2222-4333-8444-666666666666");
    static final OfferId OFFER = OfferId.of("22222222-3333-4444-8555-666666666666");
    static final OfferId SECOND_OFFER = OfferId.of("22222222-3333-4444-8555-777777777777");
    static final TenancyId TENANCY = TenancyId.of("33333333-4444-4555-8666-777777777777");
    static final ParticipantId ELENA = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");
    static final ParticipantId MARCO = ParticipantId.of("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");
    static final BigDecimal RENT = new BigDecimal("380.00");

    static final Map<String, String> HOUSING = CallerMetaData.of(new Caller("housing", Set.of(Role.HOUSING)));
    static final Map<String, String> COACH1 = CallerMetaData.of(new Caller("coach1", Set.of(Role.COACH)));

    private UnitHistory() {}

    static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, 1).plusDays(dayOfMarch - 1L);
    }

    static UnitAdded added(Holding holding) {
        return new UnitAdded(UNIT, PROPERTY, "2. OG links", 2, new BigDecimal("54.5"), RENT, false, holding);
    }

    static OccupancyRightGranted right(OccupancyRightKind kind, LocalDate from, LocalDate until) {
        return new OccupancyRightGranted(UNIT, OccupancyRightId.random(), "Wohnungsamt Dortmund", kind, from, until);
    }

    static VacancyOpened vacancy(VacancyId vacancy, LocalDate availableFrom) {
        return new VacancyOpened(UNIT, vacancy, availableFrom);
    }

    static OfferMade offered(OfferId offer, VacancyId vacancy, ParticipantId participant) {
        return new OfferMade(UNIT, vacancy, offer, participant, day(2), day(16));
    }

    static OfferAccepted accepted(OfferId offer, VacancyId vacancy, ParticipantId participant) {
        return new OfferAccepted(UNIT, vacancy, offer, participant, day(5));
    }

    static TenancyStarted let(OfferId offer, VacancyId vacancy, LocalDate start, @Nullable LocalDate end) {
        return new TenancyStarted(UNIT, TENANCY, offer, vacancy, ELENA, start, end, RENT, false);
    }

    static TenantMovedIn movedIn(LocalDate date) {
        return new TenantMovedIn(UNIT, TENANCY, ELENA, date, false);
    }

    static MakeOffer offer(OfferId offer, ParticipantId participant) {
        return new MakeOffer(UNIT, VACANCY, offer, participant, day(2), day(16));
    }

    static final OccupancyRightId RIGHT = OccupancyRightId.of("44444444-5555-4666-8777-888888888888");

    static GrantOccupancyRight grant(LocalDate from, LocalDate until) {
        return new GrantOccupancyRight(UNIT, RIGHT, "Wohnungsamt Dortmund", OccupancyRightKind.NOMINATION, from, until);
    }

    static OccupancyRightGranted granted(LocalDate from, LocalDate until) {
        return new OccupancyRightGranted(
                UNIT, RIGHT, "Wohnungsamt Dortmund", OccupancyRightKind.NOMINATION, from, until);
    }

    static AddUnit addUnit() {
        return new AddUnit(UNIT, PROPERTY, "2. OG links", 2, new BigDecimal("54.5"), RENT, false);
    }

    static OpenVacancy open(VacancyId vacancy, LocalDate availableFrom) {
        return new OpenVacancy(UNIT, vacancy, availableFrom);
    }

    static AcceptOffer accept(OfferId offer, LocalDate date) {
        return new AcceptOffer(UNIT, offer, date);
    }

    static DeclineOffer decline(OfferId offer, LocalDate date, DeclinedBy by, DeclineReason reason) {
        return new DeclineOffer(UNIT, offer, date, by, reason);
    }

    static WithdrawOffer withdraw(OfferId offer, LocalDate date, OfferId accepted) {
        return new WithdrawOffer(UNIT, offer, date, accepted);
    }

    static StartTenancy tenancy(OfferId offer, TenancyId tenancy, LocalDate start, @Nullable LocalDate end) {
        return new StartTenancy(UNIT, offer, tenancy, start, end, RENT, false);
    }

    static RecordMoveIn moveIn(TenancyId tenancy, LocalDate date) {
        return new RecordMoveIn(UNIT, tenancy, date);
    }

    static RecordTenancyCheck check(LocalDate date) {
        return new RecordTenancyCheck(UNIT, TENANCY, date, CheckStatus.AT_RISK, "Miete spät");
    }

    static EndTenancy end(LocalDate date, TenancyEndReason reason) {
        return new EndTenancy(UNIT, TENANCY, date, reason);
    }

    /** A purchased unit, offered to Elena, who accepted; let from the 1st of April, open-ended. */
    static Object[] letToElena() {
        return new Object[] {
            added(Holding.PURCHASED),
            vacancy(VACANCY, day(1)),
            offered(OFFER, VACANCY, ELENA),
            accepted(OFFER, VACANCY, ELENA),
            let(OFFER, VACANCY, day(32), null)
        };
    }
}
