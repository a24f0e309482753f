package de.lotse.web.housing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart the page draws as inline SVG, computed here so that it needs no script:
 * each bar is a message key for its label, its count, and its length as a share of the longest
 * bar in percent. The same numbers stand beside the bars as text, for screen readers and print.
 */
record BarChart(String name, List<Bar> bars) {

    /** One bar: what it counts (a message key), how many, and its length in percent of the longest. */
    record Bar(String label, long value, String share) {}

    BarChart {
        bars = List.copyOf(bars);
    }

    /** The chart of the given counts in their order; a chart of nothing but zeros has no bars. */
    static BarChart of(String name, LinkedHashMap<String, Long> counts) {
        var longest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (longest == 0) {
            return new BarChart(name, List.of());
        }
        return new BarChart(
                name,
                counts.entrySet().stream()
                        .map(count -> new Bar(count.getKey(), count.getValue(), share(count.getValue(), longest)))
                        .toList());
    }

    /** SVG reads lengths with a decimal point whatever the page's language. */
    private static String share(long value, long longest) {
        return String.format(Locale.ROOT, "%.1f", value * 100.0 / longest);
    }
}
