package de.lotse.query.esf;

import static de.lotse.query.esf.EsfIndicators.EECO01;
import static de.lotse.query.esf.EsfIndicators.EECO02;
import static de.lotse.query.esf.EsfIndicators.EECO03;
import static de.lotse.query.esf.EsfIndicators.EECO04;
import static de.lotse.query.esf.EsfIndicators.EECO05;
import static de.lotse.query.esf.EsfIndicators.EECO06;
import static de.lotse.query.esf.EsfIndicators.EECO07;
import static de.lotse.query.esf.EsfIndicators.EECO08;
import static de.lotse.query.esf.EsfIndicators.EECO09;
import static de.lotse.query.esf.EsfIndicators.EECO10;
import static de.lotse.query.esf.EsfIndicators.EECO11;

import de.lotse.api.esf.ConsistencyCheck;
import de.lotse.api.esf.IndicatorRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The consistency rules the funder's system validates on every transmission, run over the rows a
 * report publishes. The four output rules follow from the definitions (one labour status per
 * participant, the long-term unemployed among the unemployed, disjoint age and education bands);
 * each is checked for every gender column and the total, named like {@code EECO03<=EECO02 (women)}.
 * The breakdown rule gets one entry per indicator, named like {@code women+men+nonBinary=total (EECR04)}.
 */
final class EsfChecks {

    /** The sum of some indicators equals, or does not exceed, another one. */
    private record SumRule(List<EsfIndicators> parts, boolean equal, EsfIndicators whole) {

        String name() {
            var sum = parts.stream().map(Enum::name).collect(Collectors.joining("+"));
            return sum + (equal ? "=" : "<=") + whole.name();
        }

        boolean holds(ToLongFunction<EsfIndicators> value) {
            var sum = parts.stream().mapToLong(value).sum();
            return equal ? sum == value.applyAsLong(whole) : sum <= value.applyAsLong(whole);
        }
    }

    private record Column(String name, ToLongFunction<IndicatorRow> value) {}

    private static final List<SumRule> OUTPUT_RULES = List.of(
            new SumRule(List.of(EECO02, EECO04, EECO05), true, EECO01),
            new SumRule(List.of(EECO03), false, EECO02),
            new SumRule(List.of(EECO06, EECO07, EECO08), false, EECO01),
            new SumRule(List.of(EECO09, EECO10, EECO11), false, EECO01));

    private static final List<Column> COLUMNS = List.of(
            new Column("women", IndicatorRow::women), new Column("men", IndicatorRow::men),
            new Column("nonBinary", IndicatorRow::nonBinary), new Column("total", IndicatorRow::total));

    private EsfChecks() {}

    static List<ConsistencyCheck> of(List<IndicatorRow> rows) {
        var byCode = rows.stream().collect(Collectors.toMap(IndicatorRow::code, Function.identity()));
        var checks = new ArrayList<ConsistencyCheck>();
        for (var rule : OUTPUT_RULES) {
            for (var column : COLUMNS) {
                ToLongFunction<EsfIndicators> value =
                        indicator -> column.value().applyAsLong(byCode.get(indicator.name()));
                checks.add(new ConsistencyCheck(rule.name() + " (" + column.name() + ")", rule.holds(value)));
            }
        }
        for (var row : rows) {
            checks.add(new ConsistencyCheck(
                    "women+men+nonBinary=total (" + row.code() + ")",
                    row.women() + row.men() + row.nonBinary() == row.total()));
        }
        return checks;
    }
}
