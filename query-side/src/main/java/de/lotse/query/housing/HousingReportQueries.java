package de.lotse.query.housing;

import static de.lotse.api.access.Permission.READ_HOUSING_REPORT;
import static de.lotse.query.system.Refusals.require;

import de.lotse.api.housing.FindHousingReport;
import de.lotse.api.housing.HousingReport;
import de.lotse.api.housing.HousingReport.Placements;
import de.lotse.api.housing.HousingReport.Sustainment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers the housing report, as the ESF+ report, for a period and as of an instant: only what had
 * been recorded by then counts. Without {@code asOf} it is now; without {@code to} the period ends
 * on the day of {@code asOf}. Evaluators, auditors, team leads, housing officers and admins may
 * read it; it names nobody.
 */
@Component
class HousingReportQueries {

    private static final int SIX_MONTHS = 6;

    private final HousingFigures figures;
    private final HousingProperties settings;
    private final Clock clock;

    HousingReportQueries(HousingFigures figures, HousingProperties settings, Clock clock) {
        this.figures = figures;
        this.settings = settings;
        this.clock = clock;
    }

    @QueryHandler
    HousingReport handle(FindHousingReport query) {
        require(query.caller(), READ_HOUSING_REPORT, "reading the housing report");
        var asOf = Objects.requireNonNullElseGet(query.asOf(), clock::instant);
        var from = query.from();
        var to = Objects.requireNonNullElseGet(query.to(), () -> LocalDate.ofInstant(asOf, ZoneOffset.UTC));
        return new HousingReport(
                from,
                to,
                asOf,
                figures.portfolio(from, to, asOf),
                figures.renovation(from, to, asOf),
                figures.occupancyRights(to, asOf),
                figures.offers(from, to, asOf),
                placements(figures.placements(from, to, asOf)),
                sustainment(figures.moveIns(from, to, asOf), to));
    }

    private Placements placements(List<HousingFigures.Placement> started) {
        var outside = started.stream()
                .filter(placement -> !settings.isStrained(placement.district()))
                .count();
        return new Placements(
                started.size(),
                outside,
                median(started.stream()
                        .map(HousingFigures.Placement::daysToFill)
                        .toList()));
    }

    /**
     * Of the tenancies moved into at least six months before the period ends, those that had not
     * ended six months after the move-in: an end on that very day still counts as housed then.
     */
    private static Sustainment sustainment(List<HousingFigures.MoveIn> moveIns, LocalDate to) {
        var observed = moveIns.stream()
                .filter(moveIn -> !moveIn.movedInOn().plusMonths(SIX_MONTHS).isAfter(to))
                .toList();
        var stillHoused = observed.stream()
                .filter(moveIn -> coversSixMonths(moveIn, moveIn.movedInOn().plusMonths(SIX_MONTHS)))
                .count();
        return new Sustainment(observed.size(), stillHoused);
    }

    private static boolean coversSixMonths(HousingFigures.MoveIn moveIn, LocalDate sixMonthsOn) {
        return covers(moveIn.endDate(), sixMonthsOn) && covers(moveIn.endedOn(), sixMonthsOn);
    }

    private static boolean covers(@Nullable LocalDate lastDay, LocalDate day) {
        return lastDay == null || !lastDay.isBefore(day);
    }

    /** The middle value, or the mean of the two middle ones; none of nothing. */
    private static @Nullable BigDecimal median(List<Integer> days) {
        if (days.isEmpty()) {
            return null;
        }
        var sorted = days.stream().sorted().toList();
        var middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(middle));
        }
        return BigDecimal.valueOf((long) sorted.get(middle - 1) + sorted.get(middle))
                .divide(BigDecimal.valueOf(2));
    }
}
