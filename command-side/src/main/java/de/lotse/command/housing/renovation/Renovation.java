package de.lotse.command.housing.renovation;

import static de.lotse.api.housing.HousingRule.ALREADY_EMPLOYED_ON_RENOVATION;
import static de.lotse.api.housing.HousingRule.DATE_BEFORE_RENOVATION_START;
import static de.lotse.api.housing.HousingRule.RENOVATION_COMPLETED;
import static de.lotse.api.housing.HousingRule.UNIT_IN_RENOVATION;
import static de.lotse.api.housing.HousingRule.UNIT_OF_OTHER_PROPERTY;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.CompleteRenovation;
import de.lotse.api.housing.EmployOnRenovation;
import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.StartRenovation;
import de.lotse.api.housing.UnitId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.command.housing.HousingParticipants;
import de.lotse.command.housing.HousingRegister;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.command.system.Refused;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * A renovation of some units of one property, and the participants it employs.
 *
 * <p>The life cycle: it starts on the listed units, which must belong to the property and not be
 * in another renovation; from then on they are in renovation. Participants join the work from a
 * day on, each once, as long as it runs; each job is recorded on the worker's pathway by a process,
 * so the worker must be enrolled and not erased when they join. The completion lets the units go.
 *
 * <p>Why its own aggregate: its workers and its completion depend only on itself. The units learn
 * of it through the register, written with its events, which a unit reads when a vacancy opens.
 */
@Aggregate
class Renovation {

    @AggregateIdentifier
    private @Nullable RenovationId id;

    private PropertyId propertyId;
    private LocalDate startDate;
    private List<UnitId> unitIds = List.of();
    private final Set<ParticipantId> workers = new HashSet<>();
    private boolean completed;

    Renovation() {
        // Axon rebuilds the renovation from its events.
    }

    @CommandHandler
    Renovation(StartRenovation command, HousingRegister register) {
        requireProperty(command.propertyId(), register);
        for (var unit : command.unitIds()) {
            requireUnitOf(command.propertyId(), unit, register);
            requireNotInRenovation(unit, command.startDate(), register);
        }
        apply(new RenovationStarted(
                command.renovationId(),
                command.propertyId(),
                command.startDate(),
                command.plannedEnd(),
                command.description(),
                List.copyOf(command.unitIds())));
    }

    @CommandHandler
    void handle(EmployOnRenovation command, HousingParticipants participants) {
        requireRunning();
        requireNotBeforeStart(command.from());
        requireNotEmployed(command.participantId());
        participants.requireOnPathway(command.participantId());
        apply(new ParticipantEmployedOnRenovation(
                command.renovationId(), propertyId, command.participantId(), command.from(), command.hoursPerWeek()));
    }

    @CommandHandler
    void handle(CompleteRenovation command) {
        requireRunning();
        requireNotBeforeStart(command.date());
        apply(new RenovationCompleted(command.renovationId(), propertyId, command.date(), unitIds));
    }

    @EventSourcingHandler
    void on(RenovationStarted event) {
        id = event.renovationId();
        propertyId = event.propertyId();
        startDate = event.startDate();
        unitIds = event.unitIds();
    }

    @EventSourcingHandler
    void on(ParticipantEmployedOnRenovation event) {
        workers.add(event.participantId());
    }

    @EventSourcingHandler
    void on(RenovationCompleted event) {
        completed = true;
    }

    private static void requireProperty(PropertyId property, HousingRegister register) {
        if (register.holdingOf(property).isEmpty()) {
            throw new Refused(Refusal.unknown(Refusal.Reason.UNKNOWN_PROPERTY, property));
        }
    }

    private static void requireUnitOf(PropertyId property, UnitId unit, HousingRegister register) {
        var owner = register.propertyOf(unit)
                .orElseThrow(() -> new Refused(Refusal.unknown(Refusal.Reason.UNKNOWN_UNIT, unit)));
        if (!owner.equals(property)) {
            throw new HousingRuleViolation(
                    UNIT_OF_OTHER_PROPERTY, "Unit " + unit + " belongs to property " + owner + ".");
        }
    }

    private static void requireNotInRenovation(UnitId unit, LocalDate start, HousingRegister register) {
        if (register.inRenovationFrom(unit, start)) {
            throw new HousingRuleViolation(
                    UNIT_IN_RENOVATION, "Unit " + unit + " is in another renovation on or after " + start + ".");
        }
    }

    private void requireRunning() {
        if (completed) {
            throw new HousingRuleViolation(RENOVATION_COMPLETED, "Renovation " + id + " is completed.");
        }
    }

    private void requireNotBeforeStart(LocalDate date) {
        if (date.isBefore(startDate)) {
            throw new HousingRuleViolation(
                    DATE_BEFORE_RENOVATION_START, date + " lies before the renovation's start " + startDate + ".");
        }
    }

    private void requireNotEmployed(ParticipantId participant) {
        if (workers.contains(participant)) {
            throw new HousingRuleViolation(
                    ALREADY_EMPLOYED_ON_RENOVATION, "The participant already works on renovation " + id + ".");
        }
    }
}
