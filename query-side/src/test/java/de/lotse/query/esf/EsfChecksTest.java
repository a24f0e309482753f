package de.lotse.query.esf;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.esf.ConsistencyCheck;
import de.lotse.api.esf.IndicatorRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EsfChecksTest {

    @Test
    void namesEachOutputRuleForEveryColumnAndTheBreakdownForEveryRow() {
        var checks = EsfChecks.of(zeroRows());

        assertThat(checks)
                .extracting(ConsistencyCheck::rule)
                .startsWith(
                        "EECO02+EECO04+EECO05=EECO01 (women)",
                        "EECO02+EECO04+EECO05=EECO01 (men)",
                        "EECO02+EECO04+EECO05=EECO01 (nonBinary)",
                        "EECO02+EECO04+EECO05=EECO01 (total)",
                        "EECO03<=EECO02 (women)")
                .endsWith("women+men+nonBinary=total (EECR06)")
                .hasSize(39);
        assertThat(checks).allMatch(ConsistencyCheck::ok);
    }

    @Test
    void flagsLabourStatusesThatDoNotAddUpToTheParticipants() {
        var rows = zeroRows();
        rows.set(0, new IndicatorRow("EECO01", "total number of participants", 2, 0, 0, 2));
        rows.set(1, new IndicatorRow("EECO02", "unemployed", 1, 0, 0, 1));

        assertThat(failed(rows))
                .containsExactly("EECO02+EECO04+EECO05=EECO01 (women)", "EECO02+EECO04+EECO05=EECO01 (total)");
    }

    @Test
    void flagsMoreLongTermUnemployedThanUnemployed() {
        var rows = zeroRows();
        rows.set(2, new IndicatorRow("EECO03", "long-term unemployed", 0, 1, 0, 1));

        assertThat(failed(rows)).containsExactly("EECO03<=EECO02 (men)", "EECO03<=EECO02 (total)");
    }

    @Test
    void flagsARowWhoseGendersDoNotAddUpToItsTotal() {
        var rows = zeroRows();
        rows.set(20, new IndicatorRow("EECR04", "in employment upon leaving", 1, 1, 1, 4));

        assertThat(failed(rows)).containsExactly("women+men+nonBinary=total (EECR04)");
    }

    private static List<String> failed(List<IndicatorRow> rows) {
        return EsfChecks.of(rows).stream()
                .filter(check -> !check.ok())
                .map(ConsistencyCheck::rule)
                .toList();
    }

    private static List<IndicatorRow> zeroRows() {
        return new ArrayList<>(new EsfTally(new ReportingPeriod(null, null)).rows());
    }
}
