package de.lotse.command.housing.renovation;

import static de.lotse.command.housing.HousingMatchers.refusedAs;
import static de.lotse.command.housing.HousingMatchers.violates;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.housing.CompleteRenovation;
import de.lotse.api.housing.EmployOnRenovation;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.StartRenovation;
import de.lotse.api.housing.UnitId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.command.housing.HousingParticipants;
import de.lotse.command.housing.HousingRegister;
import de.lotse.command.participant.PathwayRuleViolation;
import de.lotse.command.system.Refused;
import de.lotse.platform.messaging.CallerMetaData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RenovationTest {

    private static final RenovationId RENOVATION = RenovationId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final PropertyId PROPERTY = PropertyId.of("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
    private static final PropertyId NEIGHBOUR = PropertyId.of("0a1b2c3d-4e5f-4a6b-8c7d-000000000000");
    private static final UnitId GROUND_FLOOR = UnitId.of("5b0c2f2e-1d43-4a51-9a1e-2f3c4d5e6f70");
    private static final UnitId FIRST_FLOOR = UnitId.of("5b0c2f2e-1d43-4a51-9a1e-2f3c4d5e6f71");
    private static final ParticipantId ELENA = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");
    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final BigDecimal HOURS = new BigDecimal("19.5");
    private static final Map<String, String> HOUSING = CallerMetaData.of(new Caller("housing", Set.of(Role.HOUSING)));

    private final HousingRegister register = mock(HousingRegister.class);
    private final HousingParticipants participants = mock(HousingParticipants.class);
    private FixtureConfiguration<Renovation> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Renovation.class);
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(participants);
        when(register.holdingOf(PROPERTY)).thenReturn(Optional.of(Holding.PURCHASED));
        when(register.propertyOf(GROUND_FLOOR)).thenReturn(Optional.of(PROPERTY));
        when(register.propertyOf(FIRST_FLOOR)).thenReturn(Optional.of(PROPERTY));
    }

    private static StartRenovation start(List<UnitId> units) {
        return new StartRenovation(RENOVATION, PROPERTY, START, START.plusMonths(6), "Fenster und Bäder", units);
    }

    private static RenovationStarted started() {
        return new RenovationStarted(
                RENOVATION,
                PROPERTY,
                START,
                START.plusMonths(6),
                "Fenster und Bäder",
                List.of(GROUND_FLOOR, FIRST_FLOOR));
    }

    private static ParticipantEmployedOnRenovation employed(LocalDate from) {
        return new ParticipantEmployedOnRenovation(RENOVATION, PROPERTY, ELENA, from, HOURS);
    }

    @Nested
    class StartRenovationOfUnits {

        @Test
        void startsOnUnitsOfTheProperty() {
            fixture.givenNoPriorActivity()
                    .when(start(List.of(GROUND_FLOOR, FIRST_FLOOR)), HOUSING)
                    .expectEvents(started());
        }

        @Test
        void refusesAnUnknownProperty() {
            when(register.holdingOf(PROPERTY)).thenReturn(Optional.empty());
            fixture.givenNoPriorActivity()
                    .when(start(List.of(GROUND_FLOOR)), HOUSING)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_PROPERTY))
                    .expectNoEvents();
        }

        @Test
        void refusesAnUnknownUnit() {
            when(register.propertyOf(FIRST_FLOOR)).thenReturn(Optional.empty());
            fixture.givenNoPriorActivity()
                    .when(start(List.of(GROUND_FLOOR, FIRST_FLOOR)), HOUSING)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_UNIT))
                    .expectNoEvents();
        }

        @Test
        void refusesAUnitOfAnotherProperty() {
            when(register.propertyOf(FIRST_FLOOR)).thenReturn(Optional.of(NEIGHBOUR));
            fixture.givenNoPriorActivity()
                    .when(start(List.of(GROUND_FLOOR, FIRST_FLOOR)), HOUSING)
                    .expectException(violates(HousingRule.UNIT_OF_OTHER_PROPERTY))
                    .expectNoEvents();
        }

        @Test
        void refusesAUnitInAnotherRenovation() {
            when(register.inRenovationFrom(GROUND_FLOOR, START)).thenReturn(true);
            fixture.givenNoPriorActivity()
                    .when(start(List.of(GROUND_FLOOR)), HOUSING)
                    .expectException(violates(HousingRule.UNIT_IN_RENOVATION))
                    .expectNoEvents();
        }
    }

    @Nested
    class EmployOnTheRenovation {

        @Test
        void employsAnEnrolledParticipant() {
            fixture.given(started())
                    .when(new EmployOnRenovation(RENOVATION, ELENA, START.plusDays(7), HOURS), HOUSING)
                    .expectEvents(employed(START.plusDays(7)));
        }

        @Test
        void refusesAWorkerBeforeTheStart() {
            fixture.given(started())
                    .when(new EmployOnRenovation(RENOVATION, ELENA, START.minusDays(1), HOURS), HOUSING)
                    .expectException(violates(HousingRule.DATE_BEFORE_RENOVATION_START))
                    .expectNoEvents();
        }

        @Test
        void refusesTheSameWorkerTwice() {
            fixture.given(started(), employed(START))
                    .when(new EmployOnRenovation(RENOVATION, ELENA, START.plusDays(7), HOURS), HOUSING)
                    .expectException(violates(HousingRule.ALREADY_EMPLOYED_ON_RENOVATION))
                    .expectNoEvents();
        }

        @Test
        void refusesAWorkerOnACompletedRenovation() {
            fixture.given(started(), completed(START.plusMonths(5)))
                    .when(new EmployOnRenovation(RENOVATION, ELENA, START.plusMonths(5), HOURS), HOUSING)
                    .expectException(violates(HousingRule.RENOVATION_COMPLETED))
                    .expectNoEvents();
        }

        @Test
        void refusesAParticipantNotEnrolled() {
            doThrow(new Refused(Refusal.unknownParticipant(ELENA)))
                    .when(participants)
                    .requireOnPathway(ELENA);
            fixture.given(started())
                    .when(new EmployOnRenovation(RENOVATION, ELENA, START, HOURS), HOUSING)
                    .expectException(refusedAs(Refusal.Reason.UNKNOWN_PARTICIPANT))
                    .expectNoEvents();
        }

        @Test
        void refusesAnErasedParticipant() {
            doThrow(new PathwayRuleViolation(PathwayRule.ALREADY_ERASED, "erased"))
                    .when(participants)
                    .requireOnPathway(ELENA);
            fixture.given(started())
                    .when(new EmployOnRenovation(RENOVATION, ELENA, START, HOURS), HOUSING)
                    .expectException(PathwayRuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class CompleteTheRenovation {

        @Test
        void completesAndLetsItsUnitsGo() {
            fixture.given(started())
                    .when(new CompleteRenovation(RENOVATION, START.plusMonths(5)), HOUSING)
                    .expectEvents(completed(START.plusMonths(5)));
        }

        @Test
        void refusesACompletionBeforeTheStart() {
            fixture.given(started())
                    .when(new CompleteRenovation(RENOVATION, START.minusDays(1)), HOUSING)
                    .expectException(violates(HousingRule.DATE_BEFORE_RENOVATION_START))
                    .expectNoEvents();
        }

        @Test
        void refusesASecondCompletion() {
            fixture.given(started(), completed(START.plusMonths(5)))
                    .when(new CompleteRenovation(RENOVATION, START.plusMonths(6)), HOUSING)
                    .expectException(violates(HousingRule.RENOVATION_COMPLETED))
                    .expectNoEvents();
        }
    }

    private static RenovationCompleted completed(LocalDate date) {
        return new RenovationCompleted(RENOVATION, PROPERTY, date, List.of(GROUND_FLOOR, FIRST_FLOOR));
    }
}
