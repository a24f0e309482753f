package de.lotse.command.housing.unit;

import static de.lotse.api.housing.HousingRule.NO_OCCUPANCY_RIGHT;
import static de.lotse.api.housing.HousingRule.UNIT_IN_RENOVATION;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.AcceptOffer;
import de.lotse.api.housing.AddUnit;
import de.lotse.api.housing.DeclineOffer;
import de.lotse.api.housing.EndTenancy;
import de.lotse.api.housing.GrantOccupancyRight;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.MakeOffer;
import de.lotse.api.housing.OccupancyRightGranted;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferExpired;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.OfferWithdrawn;
import de.lotse.api.housing.OpenVacancy;
import de.lotse.api.housing.RecordMoveIn;
import de.lotse.api.housing.RecordTenancyCheck;
import de.lotse.api.housing.StartTenancy;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyOpened;
import de.lotse.api.housing.WithdrawOffer;
import de.lotse.command.housing.HousingParticipants;
import de.lotse.command.housing.HousingRegister;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.command.system.Refused;
import de.lotse.command.system.StorageConfiguration;
import de.lotse.platform.messaging.CallerMetaData;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * One unit (flat) of the portfolio, and the rule book that keeps it from being let twice.
 *
 * <p>The life cycle: a unit joins with its property's holding. Occupancy rights are granted on it
 * for periods that never overlap. A vacancy opens when the unit is neither in renovation nor let
 * on its first day; while it is open, the unit is offered to participants, one at a time, or up
 * to five candidates under a nomination right. An offer is accepted, declined, withdrawn or
 * expires at the end of its {@code respondBy} day; the acceptance closes the vacancy and
 * withdraws its other open offers. An accepted offer leads to one tenancy, which no other
 * tenancy of the unit may overlap; the tenant moves in once, within it, is checked afterwards,
 * and the tenancy ends.
 *
 * <p>Why one aggregate: whether the unit may be offered or let depends on its rights, its open
 * vacancy, the vacancy's open offers and its tenancies all at once; as one stream per unit they
 * are decided in one place. What lies beyond the unit comes from the register, written with the
 * events of the other aggregates: the property's holding at the start, and whether a renovation
 * runs. The participant's other offers are withdrawn by a process, since they belong to other
 * units.
 */
@Aggregate(cache = StorageConfiguration.UNIT_CACHE)
class Unit {

    private static final int NOMINATED_CANDIDATES = 5;

    @AggregateIdentifier
    private @Nullable UnitId id;

    private Holding holding;
    private final OccupancyRights rights = new OccupancyRights();
    private final Vacancies vacancies = new Vacancies();
    private final Offers offers = new Offers();
    private final Tenancies tenancies = new Tenancies();

    Unit() {
        // Axon rebuilds the unit from its events.
    }

    @CommandHandler
    Unit(AddUnit command, HousingRegister register) {
        var holding = register.holdingOf(command.propertyId())
                .orElseThrow(() -> new Refused(Refusal.unknown(Refusal.Reason.UNKNOWN_PROPERTY, command.propertyId())));
        apply(new UnitAdded(
                command.unitId(),
                command.propertyId(),
                command.label(),
                command.rooms(),
                command.areaSqm(),
                command.rentCold(),
                command.accessible(),
                holding));
    }

    @CommandHandler
    void handle(GrantOccupancyRight command) {
        rights.requireNoOverlap(command.validFrom(), command.validUntil());
        apply(new OccupancyRightGranted(
                command.unitId(),
                command.occupancyRightId(),
                command.grantor(),
                command.kind(),
                command.validFrom(),
                command.validUntil()));
    }

    @CommandHandler
    void handle(OpenVacancy command, HousingRegister register) {
        vacancies.requireNoneOpen();
        requireNotInRenovation(register, command.availableFrom());
        tenancies.requireFree(command.availableFrom(), command.availableFrom());
        apply(new VacancyOpened(command.unitId(), command.vacancyId(), command.availableFrom()));
    }

    @CommandHandler
    void handle(MakeOffer command, MetaData metaData, HousingParticipants participants, DeadlineManager deadlines) {
        vacancies.requireOpen(command.vacancyId());
        participants.requireMayActFor(CallerMetaData.callerOf(metaData), command.participantId());
        var right = requireRightIfHeldByRights(command.offeredOn());
        var limit = right == OccupancyRightKind.NOMINATION ? NOMINATED_CANDIDATES : 1;
        offers.requireRoomFor(command.vacancyId(), command.participantId(), limit);
        apply(new OfferMade(
                command.unitId(),
                command.vacancyId(),
                command.offerId(),
                command.participantId(),
                command.offeredOn(),
                command.respondBy()));
        new OfferExpiry(command.offerId(), command.respondBy()).schedule(deadlines);
    }

    /** The acceptance closes the vacancy; the vacancy's other open offers end with it. */
    @CommandHandler
    void handle(AcceptOffer command, DeadlineManager deadlines) {
        var offer = offers.require(command.offerId());
        offer.requireOpen();
        offer.requireAnsweredNotBefore(command.date());
        apply(new OfferAccepted(
                command.unitId(), offer.vacancyId(), offer.id(), offer.participantId(), command.date()));
        OfferExpiry.cancel(offer.id(), deadlines);
        for (var other : offers.openOn(offer.vacancyId(), offer.id())) {
            apply(new OfferWithdrawn(
                    command.unitId(),
                    other.vacancyId(),
                    other.id(),
                    other.participantId(),
                    command.date(),
                    offer.id()));
            OfferExpiry.cancel(other.id(), deadlines);
        }
    }

    @CommandHandler
    void handle(DeclineOffer command, DeadlineManager deadlines) {
        var offer = offers.require(command.offerId());
        offer.requireOpen();
        offer.requireAnsweredNotBefore(command.date());
        apply(new OfferDeclined(
                command.unitId(),
                offer.vacancyId(),
                offer.id(),
                offer.participantId(),
                command.date(),
                command.by(),
                command.reason()));
        OfferExpiry.cancel(offer.id(), deadlines);
    }

    /**
     * Sent by the withdrawal process after the participant accepted elsewhere. An offer that is no
     * longer open (answered meanwhile, or withdrawn by an earlier delivery) stays as it is.
     */
    @CommandHandler
    WithdrawalOutcome handle(WithdrawOffer command, DeadlineManager deadlines) {
        var offer = offers.require(command.offerId());
        if (!offer.isOpen()) {
            return WithdrawalOutcome.ALREADY_CLOSED;
        }
        apply(new OfferWithdrawn(
                command.unitId(),
                offer.vacancyId(),
                offer.id(),
                offer.participantId(),
                command.date(),
                command.acceptedOfferId()));
        OfferExpiry.cancel(offer.id(), deadlines);
        return WithdrawalOutcome.WITHDRAWN;
    }

    /**
     * The cancellation of a deadline can lose a race with one already firing; then the answer
     * recorded wins and the offer does not expire.
     */
    @DeadlineHandler
    void on(OfferExpiry expiry) {
        if (offers.isOpen(expiry.offerId())) {
            var offer = offers.require(expiry.offerId());
            apply(new OfferExpired(id, offer.vacancyId(), offer.id(), offer.participantId(), expiry.expiredOn()));
        }
    }

    @CommandHandler
    void handle(StartTenancy command) {
        var offer = offers.require(command.offerId());
        offer.requireAccepted();
        tenancies.requireNoneFor(offer.id());
        tenancies.requireFree(command.start(), command.end());
        apply(new TenancyStarted(
                command.unitId(),
                command.tenancyId(),
                offer.id(),
                offer.vacancyId(),
                offer.participantId(),
                command.start(),
                command.end(),
                command.rentCold(),
                command.supported()));
    }

    @CommandHandler
    void handle(RecordMoveIn command) {
        var tenancy = tenancies.require(command.tenancyId());
        tenancy.requireNotMovedIn();
        tenancy.requireCovers(command.date());
        apply(new TenantMovedIn(
                command.unitId(), tenancy.id(), tenancy.participantId(), command.date(), tenancy.supported()));
    }

    @CommandHandler
    void handle(RecordTenancyCheck command, MetaData metaData, HousingParticipants participants) {
        var tenancy = tenancies.require(command.tenancyId());
        participants.requireMayActFor(CallerMetaData.callerOf(metaData), tenancy.participantId());
        tenancy.requireMovedIn();
        tenancy.requireRunning();
        tenancy.requireNotBeforeStart(command.date());
        apply(new TenancyChecked(
                command.unitId(),
                tenancy.id(),
                tenancy.participantId(),
                command.date(),
                command.status(),
                command.note()));
    }

    @CommandHandler
    void handle(EndTenancy command) {
        var tenancy = tenancies.require(command.tenancyId());
        tenancy.requireRunning();
        tenancy.requireNotBeforeStart(command.date());
        apply(new TenancyEnded(
                command.unitId(), tenancy.id(), tenancy.participantId(), command.date(), command.reason()));
    }

    @EventSourcingHandler
    void on(UnitAdded event) {
        id = event.unitId();
        holding = event.holding();
    }

    @EventSourcingHandler
    void on(OccupancyRightGranted event) {
        rights.granted(event);
    }

    @EventSourcingHandler
    void on(VacancyOpened event) {
        vacancies.opened(event.vacancyId());
    }

    @EventSourcingHandler
    void on(OfferMade event) {
        offers.made(event);
    }

    @EventSourcingHandler
    void on(OfferAccepted event) {
        offers.ended(event.offerId(), OfferStatus.ACCEPTED);
        vacancies.closed(event.vacancyId());
    }

    @EventSourcingHandler
    void on(OfferDeclined event) {
        offers.ended(event.offerId(), OfferStatus.DECLINED);
    }

    @EventSourcingHandler
    void on(OfferWithdrawn event) {
        offers.ended(event.offerId(), OfferStatus.WITHDRAWN);
    }

    @EventSourcingHandler
    void on(OfferExpired event) {
        offers.ended(event.offerId(), OfferStatus.EXPIRED);
    }

    @EventSourcingHandler
    void on(TenancyStarted event) {
        tenancies.started(event);
    }

    @EventSourcingHandler
    void on(TenantMovedIn event) {
        tenancies.movedIn(event.tenancyId());
    }

    @EventSourcingHandler
    void on(TenancyEnded event) {
        tenancies.ended(event.tenancyId(), event.date());
    }

    private void requireNotInRenovation(HousingRegister register, LocalDate day) {
        if (register.inRenovationOn(id, day)) {
            throw new HousingRuleViolation(UNIT_IN_RENOVATION, "A renovation of the unit runs on " + day + ".");
        }
    }

    /**
     * The kind of right valid on that day. On a unit of an {@code OCCUPANCY_RIGHTS} property, where
     * a right is all the programme holds, there must be one.
     */
    private @Nullable OccupancyRightKind requireRightIfHeldByRights(LocalDate day) {
        var right = rights.validOn(day);
        if (holding == Holding.OCCUPANCY_RIGHTS && right.isEmpty()) {
            throw new HousingRuleViolation(
                    NO_OCCUPANCY_RIGHT, "No occupancy right of the unit is valid on " + day + ".");
        }
        return right.orElse(null);
    }
}
