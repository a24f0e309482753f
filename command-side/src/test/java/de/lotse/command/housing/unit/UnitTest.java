package de.lotse.command.housing.unit;

import static de.lotse.command.housing.HousingMatchers.refusedAs;
import static de.lotse.command.housing.HousingMatchers.violates;
import static de.lotse.command.housing.unit.UnitHistory.COACH1;
import static de.lotse.command.housing.unit.UnitHistory.ELENA;
import static de.lotse.command.housing.unit.UnitHistory.HOUSING;
import static de.lotse.command.housing.unit.UnitHistory.LATER_VACANCY;
import static de.lotse.command.housing.unit.UnitHistory.MARCO;
import static de.lotse.command.housing.unit.UnitHistory.OFFER;
import static de.lotse.command.housing.unit.UnitHistory.PROPERTY;
import static de.lotse.command.housing.unit.UnitHistory.RENT;
import static de.lotse.command.housing.unit.UnitHistory.SECOND_OFFER;
import static de.lotse.command.housing.unit.UnitHistory.TENANCY;
import static de.lotse.command.housing.unit.UnitHistory.UNIT;
import static de.lotse.command.housing.unit.UnitHistory.VACANCY;
import static de.lotse.command.housing.unit.UnitHistory.accept;
import static de.lotse.command.housing.unit.UnitHistory.accepted;
import static de.lotse.command.housing.unit.UnitHistory.addUnit;
import static de.lotse.command.housing.unit.UnitHistory.added;
import static de.lotse.command.housing.unit.UnitHistory.check;
import static de.lotse.command.housing.unit.UnitHistory.day;
import static de.lotse.command.housing.unit.UnitHistory.decline;
import static de.lotse.command.housing.unit.UnitHistory.end;
import static de.lotse.command.housing.unit.UnitHistory.grant;
import static de.lotse.command.housing.unit.UnitHistory.granted;
import static de.lotse.command.housing.unit.UnitHistory.let;
import static de.lotse.command.housing.unit.UnitHistory.letToElena;
import static de.lotse.command.housing.unit.UnitHistory.moveIn;
import static de.lotse.command.housing.unit.UnitHistory.movedIn;
import static de.lotse.command.housing.unit.UnitHistory.offer;
import static de.lotse.command.housing.unit.UnitHistory.offered;
import static de.lotse.command.housing.unit.UnitHistory.open;
import static de.lotse.command.housing.unit.UnitHistory.right;
import static de.lotse.command.housing.unit.UnitHistory.tenancy;
import static de.lotse.command.housing.unit.UnitHistory.vacancy;
import static de.lotse.command.housing.unit.UnitHistory.withdraw;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferExpired;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferWithdrawn;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.participant.ParticipantId;
import de.lotse.command.housing.HousingParticipants;
import de.lotse.command.housing.HousingRegister;
import de.lotse.command.participant.CaseloadAccessDenied;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UnitTest {

    private final HousingRegister register = mock(HousingRegister.class);
    private final HousingParticipants participants = mock(HousingParticipants.class);
    private FixtureConfiguration<Unit> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Unit.class);
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(participants);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Nested
    class AddUnit {

        @Test
        void takesTheHoldingOfItsProperty() {
            when(register.holdingOf(PROPERTY)).thenReturn(Optional.of(Holding.OCCUPANCY_RIGHTS));
            fixture.givenNoPriorActivity().when(addUnit(), HOUSING).expectEvents(added(Holding.OCCUPANCY_RIGHTS));
        }

        @Test
        void refusesAnUnknownProperty() {
            when(register.holdingOf(PROPERTY)).thenReturn(Optional.empty());
            fixture.givenNoPriorActivity()
                    .when(addUnit(), HOUSING)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_PROPERTY))
                    .expectNoEvents();
        }
    }

    @Nested
    class GrantOccupancyRight {

        @Test
        void grantsARightForAPeriod() {
            fixture.given(added(Holding.OCCUPANCY_RIGHTS))
                    .when(grant(day(1), day(365)), HOUSING)
                    .expectEvents(granted(day(1), day(365)));
        }

        @Test
        void refusesARightOverlappingAnother() {
            fixture.given(added(Holding.OCCUPANCY_RIGHTS), right(OccupancyRightKind.GENERAL, day(1), day(100)))
                    .when(grant(day(100), day(365)), HOUSING)
                    .expectException(violates(HousingRule.OCCUPANCY_RIGHT_OVERLAPS))
                    .expectNoEvents();
        }

        @Test
        void grantsARightStartingTheDayAfterTheLastEnds() {
            fixture.given(added(Holding.OCCUPANCY_RIGHTS), right(OccupancyRightKind.GENERAL, day(1), day(100)))
                    .when(grant(day(101), day(365)), HOUSING)
                    .expectEvents(granted(day(101), day(365)));
        }
    }

    @Nested
    class OpenVacancy {

        @Test
        void opensAVacancyOnAFreeUnit() {
            fixture.given(added(Holding.PURCHASED))
                    .when(open(VACANCY, day(1)), HOUSING)
                    .expectEvents(vacancy(VACANCY, day(1)));
        }

        @Test
        void refusesASecondOpenVacancy() {
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)))
                    .when(open(LATER_VACANCY, day(10)), HOUSING)
                    .expectException(violates(HousingRule.VACANCY_OPEN))
                    .expectNoEvents();
        }

        @Test
        void refusesAUnitInRenovationOnThatDay() {
            when(register.inRenovationOn(UNIT, day(1))).thenReturn(true);
            fixture.given(added(Holding.PURCHASED))
                    .when(open(VACANCY, day(1)), HOUSING)
                    .expectException(violates(HousingRule.UNIT_IN_RENOVATION))
                    .expectNoEvents();
        }

        @Test
        void refusesADayATenancyCovers() {
            fixture.given(letToElena())
                    .when(open(LATER_VACANCY, day(60)), HOUSING)
                    .expectException(violates(HousingRule.UNIT_OCCUPIED))
                    .expectNoEvents();
        }

        @Test
        void opensAgainOnceTheTenancyHasEnded() {
            fixture.given(letToElena())
                    .andGiven(new TenancyEnded(UNIT, TENANCY, ELENA, day(90), TenancyEndReason.MOVED_ON))
                    .when(open(LATER_VACANCY, day(91)), HOUSING)
                    .expectEvents(vacancy(LATER_VACANCY, day(91)));
        }
    }

    @Nested
    class MakeOffer {

        @Test
        void offersTheVacancyAndSetsItsDeadline() {
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)))
                    .when(offer(OFFER, ELENA), COACH1)
                    .expectEvents(offered(OFFER, VACANCY, ELENA))
                    .expectScheduledDeadline(startOf(day(17)), new OfferExpiry(OFFER, day(16)));
        }

        @Test
        void refusesAnUnknownVacancy() {
            fixture.given(added(Holding.PURCHASED))
                    .when(offer(OFFER, ELENA), HOUSING)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_VACANCY))
                    .expectNoEvents();
        }

        @Test
        void refusesAClosedVacancy() {
            fixture.given(
                            added(Holding.PURCHASED),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, MARCO),
                            accepted(OFFER, VACANCY, MARCO))
                    .when(offer(SECOND_OFFER, ELENA), HOUSING)
                    .expectException(violates(HousingRule.VACANCY_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void refusesASecondOpenOfferOnTheVacancy() {
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)), offered(OFFER, VACANCY, MARCO))
                    .when(offer(SECOND_OFFER, ELENA), HOUSING)
                    .expectException(violates(HousingRule.OFFER_OPEN))
                    .expectNoEvents();
        }

        @Test
        void offersToASecondCandidateUnderANominationRight() {
            fixture.given(
                            added(Holding.OCCUPANCY_RIGHTS),
                            right(OccupancyRightKind.NOMINATION, day(1), day(365)),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, MARCO))
                    .when(offer(SECOND_OFFER, ELENA), HOUSING)
                    .expectEvents(offered(SECOND_OFFER, VACANCY, ELENA));
        }

        @Test
        void refusesASixthCandidateUnderANominationRight() {
            fixture.given(
                            added(Holding.OCCUPANCY_RIGHTS),
                            right(OccupancyRightKind.NOMINATION, day(1), day(365)),
                            vacancy(VACANCY, day(1)))
                    .andGiven(fiveCandidates())
                    .when(offer(SECOND_OFFER, ELENA), HOUSING)
                    .expectException(violates(HousingRule.OFFER_OPEN))
                    .expectNoEvents();
        }

        @Test
        void refusesASecondOpenOfferToTheSameParticipant() {
            fixture.given(
                            added(Holding.OCCUPANCY_RIGHTS),
                            right(OccupancyRightKind.NOMINATION, day(1), day(365)),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, ELENA))
                    .when(offer(SECOND_OFFER, ELENA), HOUSING)
                    .expectException(violates(HousingRule.PARTICIPANT_ALREADY_OFFERED))
                    .expectNoEvents();
        }

        @Test
        void refusesAUnitHeldByRightsWithoutARightValidOnTheDay() {
            fixture.given(
                            added(Holding.OCCUPANCY_RIGHTS),
                            right(OccupancyRightKind.OCCUPANCY, day(10), day(365)),
                            vacancy(VACANCY, day(1)))
                    .when(offer(OFFER, ELENA), HOUSING)
                    .expectException(violates(HousingRule.NO_OCCUPANCY_RIGHT))
                    .expectNoEvents();
        }

        @Test
        void refusesACoachOfferingAnotherCoachesParticipant() {
            doThrow(new CaseloadAccessDenied(ELENA)).when(participants).requireMayActFor(any(), eq(ELENA));
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)))
                    .when(offer(OFFER, ELENA), COACH1)
                    .expectException(CaseloadAccessDenied.class)
                    .expectNoEvents();
        }

        private List<OfferMade> fiveCandidates() {
            return IntStream.range(0, 5)
                    .mapToObj(n -> offered(OfferId.random(), VACANCY, ParticipantId.random()))
                    .toList();
        }
    }

    @Nested
    class AcceptOffer {

        @Test
        void acceptsClosesTheVacancyAndWithdrawsItsOtherOpenOffers() {
            fixture.given(
                            added(Holding.OCCUPANCY_RIGHTS),
                            right(OccupancyRightKind.NOMINATION, day(1), day(365)),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, ELENA),
                            offered(SECOND_OFFER, VACANCY, MARCO))
                    .when(accept(OFFER, day(5)), HOUSING)
                    .expectEvents(
                            accepted(OFFER, VACANCY, ELENA),
                            new OfferWithdrawn(UNIT, VACANCY, SECOND_OFFER, MARCO, day(5), OFFER));
        }

        @Test
        void refusesAnOfferNoLongerOpen() {
            fixture.given(
                            added(Holding.PURCHASED),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, ELENA),
                            new OfferDeclined(
                                    UNIT,
                                    VACANCY,
                                    OFFER,
                                    ELENA,
                                    day(3),
                                    DeclinedBy.PARTICIPANT,
                                    DeclineReason.LOCATION))
                    .when(accept(OFFER, day(5)), HOUSING)
                    .expectException(violates(HousingRule.OFFER_NOT_OPEN))
                    .expectNoEvents();
        }

        @Test
        void refusesAnAnswerBeforeTheOffer() {
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)), offered(OFFER, VACANCY, ELENA))
                    .when(accept(OFFER, day(1)), HOUSING)
                    .expectException(violates(HousingRule.DATE_BEFORE_OFFER))
                    .expectNoEvents();
        }

        @Test
        void refusesAnUnknownOffer() {
            fixture.given(added(Holding.PURCHASED))
                    .when(accept(OFFER, day(5)), HOUSING)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_OFFER))
                    .expectNoEvents();
        }
    }

    @Nested
    class DeclineOffer {

        @Test
        void declinesAnOpenOfferWithItsReason() {
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)), offered(OFFER, VACANCY, ELENA))
                    .when(decline(OFFER, day(4), DeclinedBy.OWNER, DeclineReason.OWNER_CHOSE_OTHER), HOUSING)
                    .expectEvents(new OfferDeclined(
                            UNIT, VACANCY, OFFER, ELENA, day(4), DeclinedBy.OWNER, DeclineReason.OWNER_CHOSE_OTHER));
        }

        @Test
        void refusesAnOfferNoLongerOpen() {
            fixture.given(
                            added(Holding.PURCHASED),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, ELENA),
                            accepted(OFFER, VACANCY, ELENA))
                    .when(decline(OFFER, day(6), DeclinedBy.PARTICIPANT, DeclineReason.TOO_EXPENSIVE), HOUSING)
                    .expectException(violates(HousingRule.OFFER_NOT_OPEN))
                    .expectNoEvents();
        }
    }

    @Nested
    class WithdrawOffer {

        @Test
        void withdrawsAnOpenOfferAfterTheParticipantAcceptedElsewhere() {
            var elsewhere = OfferId.random();
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)), offered(OFFER, VACANCY, ELENA))
                    .when(withdraw(OFFER, day(6), elsewhere))
                    .expectEvents(new OfferWithdrawn(UNIT, VACANCY, OFFER, ELENA, day(6), elsewhere))
                    .expectResultMessagePayload(WithdrawalOutcome.WITHDRAWN);
        }

        @Test
        void leavesAnOfferClosedMeanwhileAsItIs() {
            fixture.given(
                            added(Holding.PURCHASED),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, ELENA),
                            accepted(OFFER, VACANCY, ELENA))
                    .when(withdraw(OFFER, day(6), OfferId.random()))
                    .expectNoEvents()
                    .expectResultMessagePayload(WithdrawalOutcome.ALREADY_CLOSED);
        }
    }

    @Nested
    class OfferExpiryDeadline {

        @Test
        void expiresAnOfferUnansweredByTheEndOfItsRespondByDay() {
            when(register.holdingOf(PROPERTY)).thenReturn(Optional.of(Holding.PURCHASED));
            fixture.givenCurrentTime(startOf(day(2)))
                    .andGivenCommands(addUnit(), open(VACANCY, day(1)), offer(OFFER, ELENA))
                    .whenTimeAdvancesTo(startOf(day(17)))
                    .expectTriggeredDeadlines(new OfferExpiry(OFFER, day(16)))
                    .expectEvents(new OfferExpired(UNIT, VACANCY, OFFER, ELENA, day(17)));
        }

        @Test
        void leavesAnAnsweredOfferAlone() {
            when(register.holdingOf(PROPERTY)).thenReturn(Optional.of(Holding.PURCHASED));
            fixture.givenCurrentTime(startOf(day(2)))
                    .andGivenCommands(addUnit(), open(VACANCY, day(1)), offer(OFFER, ELENA), accept(OFFER, day(5)))
                    .whenTimeAdvancesTo(startOf(day(17)))
                    .expectNoEvents();
        }
    }

    @Nested
    class StartTenancy {

        @Test
        void startsTheTenancyOfTheAcceptedOffer() {
            fixture.given(
                            added(Holding.PURCHASED),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, ELENA),
                            accepted(OFFER, VACANCY, ELENA))
                    .when(tenancy(OFFER, TENANCY, day(32), null), HOUSING)
                    .expectEvents(new TenancyStarted(UNIT, TENANCY, OFFER, VACANCY, ELENA, day(32), null, RENT, false));
        }

        @Test
        void refusesAnOfferNotAccepted() {
            fixture.given(added(Holding.PURCHASED), vacancy(VACANCY, day(1)), offered(OFFER, VACANCY, ELENA))
                    .when(tenancy(OFFER, TENANCY, day(32), null), HOUSING)
                    .expectException(violates(HousingRule.OFFER_NOT_ACCEPTED))
                    .expectNoEvents();
        }

        @Test
        void refusesASecondTenancyOfOneOffer() {
            fixture.given(letToElena())
                    .when(tenancy(OFFER, TenancyId.random(), day(400), null), HOUSING)
                    .expectException(violates(HousingRule.TENANCY_ALREADY_STARTED))
                    .expectNoEvents();
        }

        @Test
        void refusesATenancyOverlappingAnother() {
            fixture.given(
                            added(Holding.PURCHASED),
                            vacancy(VACANCY, day(1)),
                            offered(OFFER, VACANCY, ELENA),
                            accepted(OFFER, VACANCY, ELENA),
                            let(OFFER, VACANCY, day(92), null),
                            vacancy(LATER_VACANCY, day(40)),
                            offered(SECOND_OFFER, LATER_VACANCY, MARCO),
                            accepted(SECOND_OFFER, LATER_VACANCY, MARCO))
                    .when(tenancy(SECOND_OFFER, TenancyId.random(), day(40), day(100)), HOUSING)
                    .expectException(violates(HousingRule.UNIT_OCCUPIED))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordMoveIn {

        @Test
        void recordsTheMoveInWithinTheTenancy() {
            fixture.given(letToElena())
                    .when(moveIn(TENANCY, day(33)), HOUSING)
                    .expectEvents(new TenantMovedIn(UNIT, TENANCY, ELENA, day(33), false));
        }

        @Test
        void refusesAMoveInBeforeTheTenancy() {
            fixture.given(letToElena())
                    .when(moveIn(TENANCY, day(31)), HOUSING)
                    .expectException(violates(HousingRule.MOVE_IN_OUTSIDE_TENANCY))
                    .expectNoEvents();
        }

        @Test
        void refusesASecondMoveIn() {
            fixture.given(letToElena())
                    .andGiven(movedIn(day(33)))
                    .when(moveIn(TENANCY, day(34)), HOUSING)
                    .expectException(violates(HousingRule.ALREADY_MOVED_IN))
                    .expectNoEvents();
        }

        @Test
        void refusesAnUnknownTenancy() {
            fixture.given(letToElena())
                    .when(moveIn(TenancyId.random(), day(34)), HOUSING)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_TENANCY))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordTenancyCheck {

        @Test
        void recordsACheckAfterTheMoveIn() {
            fixture.given(letToElena())
                    .andGiven(movedIn(day(33)))
                    .when(check(day(125)), COACH1)
                    .expectEvents(
                            new TenancyChecked(UNIT, TENANCY, ELENA, day(125), CheckStatus.AT_RISK, "Miete spät"));
        }

        @Test
        void refusesACheckBeforeTheMoveIn() {
            fixture.given(letToElena())
                    .when(check(day(40)), HOUSING)
                    .expectException(violates(HousingRule.NOT_MOVED_IN))
                    .expectNoEvents();
        }

        @Test
        void refusesACheckOfAnEndedTenancy() {
            fixture.given(letToElena())
                    .andGiven(
                            movedIn(day(33)),
                            new TenancyEnded(UNIT, TENANCY, ELENA, day(100), TenancyEndReason.MOVED_ON))
                    .when(check(day(125)), HOUSING)
                    .expectException(violates(HousingRule.TENANCY_ENDED))
                    .expectNoEvents();
        }

        @Test
        void refusesACoachCheckingAnotherCoachesTenant() {
            doThrow(new CaseloadAccessDenied(ELENA)).when(participants).requireMayActFor(any(), eq(ELENA));
            fixture.given(letToElena())
                    .andGiven(movedIn(day(33)))
                    .when(check(day(125)), COACH1)
                    .expectException(CaseloadAccessDenied.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class EndTenancy {

        @Test
        void endsTheTenancy() {
            fixture.given(letToElena())
                    .when(end(day(200), TenancyEndReason.EVICTION), HOUSING)
                    .expectEvents(new TenancyEnded(UNIT, TENANCY, ELENA, day(200), TenancyEndReason.EVICTION));
        }

        @Test
        void refusesAnEndBeforeTheStart() {
            fixture.given(letToElena())
                    .when(end(day(20), TenancyEndReason.OTHER), HOUSING)
                    .expectException(violates(HousingRule.DATE_BEFORE_TENANCY_START))
                    .expectNoEvents();
        }

        @Test
        void refusesASecondEnd() {
            fixture.given(letToElena())
                    .andGiven(new TenancyEnded(UNIT, TENANCY, ELENA, day(100), TenancyEndReason.MOVED_ON))
                    .when(end(day(120), TenancyEndReason.OTHER), HOUSING)
                    .expectException(violates(HousingRule.TENANCY_ENDED))
                    .expectNoEvents();
        }
    }
}
