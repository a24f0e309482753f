package de.lotse.query.esf;

import de.lotse.api.esf.IndicatorRow;
import de.lotse.api.participant.Gender;
import java.util.Arrays;
import java.util.List;

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
            if (indicator.counts(participation, period)) {
                byGender[indicator.ordinal()][gender]++;
                totals[indicator.ordinal()]++;
            }
        }
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
