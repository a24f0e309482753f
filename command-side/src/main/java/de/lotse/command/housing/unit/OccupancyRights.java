package de.lotse.command.housing.unit;

import static de.lotse.api.housing.HousingRule.OCCUPANCY_RIGHT_OVERLAPS;

import de.lotse.api.housing.OccupancyRightGranted;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.command.housing.HousingRuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The occupancy rights granted on one unit, each valid from one day to another, both included. */
final class OccupancyRights {

    private record Right(OccupancyRightKind kind, LocalDate validFrom, LocalDate validUntil) {

        boolean overlaps(LocalDate from, LocalDate until) {
            return !validFrom.isAfter(until) && !from.isAfter(validUntil);
        }
    }

    private final List<Right> rights = new ArrayList<>();

    void granted(OccupancyRightGranted event) {
        rights.add(new Right(event.kind(), event.validFrom(), event.validUntil()));
    }

    void requireNoOverlap(LocalDate from, LocalDate until) {
        rights.stream().filter(right -> right.overlaps(from, until)).findFirst().ifPresent(right -> {
            throw new HousingRuleViolation(
                    OCCUPANCY_RIGHT_OVERLAPS,
                    "A right from " + right.validFrom() + " to " + right.validUntil() + " covers part of " + from
                            + " to " + until + ".");
        });
    }

    /** The kind of the right valid on that day, if any. */
    Optional<OccupancyRightKind> validOn(LocalDate day) {
        return rights.stream()
                .filter(right -> right.overlaps(day, day))
                .map(Right::kind)
                .findFirst();
    }
}
