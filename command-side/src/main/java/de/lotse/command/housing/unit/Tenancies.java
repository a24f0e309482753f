package de.lotse.command.housing.unit;

import static de.lotse.api.housing.HousingRule.ALREADY_MOVED_IN;
import static de.lotse.api.housing.HousingRule.DATE_BEFORE_TENANCY_START;
import static de.lotse.api.housing.HousingRule.MOVE_IN_OUTSIDE_TENANCY;
import static de.lotse.api.housing.HousingRule.NOT_MOVED_IN;
import static de.lotse.api.housing.HousingRule.TENANCY_ALREADY_STARTED;
import static de.lotse.api.housing.HousingRule.TENANCY_ENDED;
import static de.lotse.api.housing.HousingRule.UNIT_OCCUPIED;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.participant.ParticipantId;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.command.system.Refused;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The unit's tenancies, each from its start to its last day: the fixed term's end, the day it
 * ended, or open. No two share a day.
 */
final class Tenancies {

    record Tenancy(
            TenancyId id,
            OfferId offerId,
            ParticipantId participantId,
            LocalDate start,
            @Nullable LocalDate lastDay,
            boolean ended,
            boolean movedIn,
            boolean supported) {

        boolean overlaps(LocalDate from, @Nullable LocalDate until) {
            return (until == null || !start.isAfter(until)) && (lastDay == null || !from.isAfter(lastDay));
        }

        void requireCovers(LocalDate day) {
            if (!overlaps(day, day)) {
                throw new HousingRuleViolation(
                        MOVE_IN_OUTSIDE_TENANCY,
                        day + " lies outside the tenancy from " + start + (lastDay == null ? "" : " to " + lastDay)
                                + ".");
            }
        }

        void requireNotMovedIn() {
            if (movedIn) {
                throw new HousingRuleViolation(ALREADY_MOVED_IN, "The move-in of tenancy " + id + " is recorded.");
            }
        }

        void requireMovedIn() {
            if (!movedIn) {
                throw new HousingRuleViolation(NOT_MOVED_IN, "No move-in is recorded for tenancy " + id + ".");
            }
        }

        void requireRunning() {
            if (ended) {
                throw new HousingRuleViolation(TENANCY_ENDED, "Tenancy " + id + " ended on " + lastDay + ".");
            }
        }

        void requireNotBeforeStart(LocalDate date) {
            if (date.isBefore(start)) {
                throw new HousingRuleViolation(
                        DATE_BEFORE_TENANCY_START, date + " lies before the tenancy's start " + start + ".");
            }
        }
    }

    private final Map<TenancyId, Tenancy> tenancies = new LinkedHashMap<>();

    void started(TenancyStarted event) {
        tenancies.put(
                event.tenancyId(),
                new Tenancy(
                        event.tenancyId(),
                        event.offerId(),
                        event.participantId(),
                        event.start(),
                        event.end(),
                        false,
                        false,
                        event.supported()));
    }

    void movedIn(TenancyId id) {
        tenancies.computeIfPresent(
                id,
                (key, t) -> new Tenancy(
                        t.id(),
                        t.offerId(),
                        t.participantId(),
                        t.start(),
                        t.lastDay(),
                        t.ended(),
                        true,
                        t.supported()));
    }

    void ended(TenancyId id, LocalDate date) {
        tenancies.computeIfPresent(
                id,
                (key, t) -> new Tenancy(
                        t.id(), t.offerId(), t.participantId(), t.start(), date, true, t.movedIn(), t.supported()));
    }

    Tenancy require(TenancyId id) {
        var found = tenancies.get(id);
        if (found == null) {
            throw new Refused(Refusal.unknown(Refusal.Reason.UNKNOWN_TENANCY, id));
        }
        return found;
    }

    /** No tenancy of the unit shares a day with {@code from} to {@code until} (open-ended when null). */
    void requireFree(LocalDate from, @Nullable LocalDate until) {
        tenancies.values().stream()
                .filter(tenancy -> tenancy.overlaps(from, until))
                .findFirst()
                .ifPresent(tenancy -> {
                    throw new HousingRuleViolation(
                            UNIT_OCCUPIED, "Tenancy " + tenancy.id() + " from " + tenancy.start() + " covers a day.");
                });
    }

    void requireNoneFor(OfferId offer) {
        if (tenancies.values().stream().anyMatch(tenancy -> tenancy.offerId().equals(offer))) {
            throw new HousingRuleViolation(TENANCY_ALREADY_STARTED, "Offer " + offer + " has led to a tenancy.");
        }
    }
}
