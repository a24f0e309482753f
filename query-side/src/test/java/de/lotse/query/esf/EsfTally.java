package de.lotse.query.esf;

import de.lotse.api.esf.IndicatorRow;
import de.lotse.api.participant.Gender;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Counts participants into the indicators of one report, by gender and in total, as the report
 * was counted before it was pre-aggregated: each participant folded from the facts and every
 * indicator asked whether it counts them. Kept as the oracle the pre-aggregated report is compared
 * with ({@link EsfVersionsTest}). The total is counted on its own rather than summed from the
 * genders, so that the check women + men + non-binary = total tests the counting instead of
 * restating it.
 */
final class EsfTally {

    private static final EsfIndicators[] INDICATORS = EsfIndicators.values();

    private final ReportingPeriod period;
    private final long[][] byGender = new long[INDICATORS.length][Gender.values().length];
    private final long[] totals = new long[INDICATORS.length];

    EsfTally(ReportingPeriod period) {
        this.period = period;
    }

    void count(Participation participation) {
        var gender = participation.atEntry().gender().ordinal();
        for (var indicator : INDICATORS) {
            if (counts(indicator, participation)) {
                byGender[indicator.ordinal()][gender]++;
                totals[indicator.ordinal()]++;
            }
        }
    }

    /**
     * Whether the indicator counts the participant in the period: its entry or exit date lies in
     * the period and it meets the rule. The report itself asks this of the database.
     */
    private boolean counts(EsfIndicators indicator, Participation participation) {
        var date = indicator.counted() == EsfIndicators.Counted.AT_ENTRY
                ? Optional.of(participation.atEntry().entryDate())
                : Optional.ofNullable(participation.exit()).map(Participation.Exit::date);
        return date.filter(this::inPeriod).isPresent() && indicator.isSatisfiedBy(participation);
    }

    private boolean inPeriod(LocalDate day) {
        return (period.from() == null || !day.isBefore(period.from()))
                && (period.to() == null || !day.isAfter(period.to()));
    }

    List<IndicatorRow> rows() {
        return Arrays.stream(INDICATORS).map(this::row).toList();
    }

    private IndicatorRow row(EsfIndicators indicator) {
        var counts = byGender[indicator.ordinal()];
        return new IndicatorRow(
                indicator.name(),
                indicator.title(),
                counts[Gender.FEMALE.ordinal()],
                counts[Gender.MALE.ordinal()],
                counts[Gender.NON_BINARY.ordinal()],
                totals[indicator.ordinal()]);
    }
}
