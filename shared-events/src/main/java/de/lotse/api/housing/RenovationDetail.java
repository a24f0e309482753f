package de.lotse.api.housing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A renovation of a property: its units, its dates ({@code completedOn} empty while it runs), and
 * the participants who work on it. A worker's name is given only to a caller who may read that
 * participant.
 */
public record RenovationDetail(
        String id,
        String propertyId,
        String address,
        LocalDate startDate,
        LocalDate plannedEnd,
        @Nullable LocalDate completedOn,
        String description,
        List<RenovatedUnit> units,
        List<Worker> workers) {

    public RenovationDetail {
        units = List.copyOf(units);
        workers = List.copyOf(workers);
    }

    /** A unit the renovation takes in. */
    public record RenovatedUnit(String id, String label) {}

    /** A participant working on the renovation from a day on, so many hours a week. */
    public record Worker(
            String participantId,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String displayName,

            LocalDate from,
            BigDecimal hoursPerWeek) {}
}
