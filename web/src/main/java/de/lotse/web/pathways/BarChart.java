package de.lotse.web.pathways;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart as the page draws it in inline SVG, without a script: one row per stage
 * or route, its label, its bars laid over or beside each other, and the figure at its end. The
 * geometry is worked out here so that the template only places what it is given.
 */
record BarChart(int width, int height, List<Row> rows) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int BAR_AREA = 360;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 20;

    /** A bar of one figure: {@code css} names its colour, {@code title} what it shows. */
    record Bar(String css, int x, int width, String title) {}

    record Row(String label, int y, int textY, List<Bar> bars, int valueX, String value) {}

    /** One figure of a row, null where it is suppressed, with the colour and wording of its bar. */
    record Figure(String css, String name, @Nullable Long value) {}

    /**
     * Draws every row's figures scaled to the largest first figure of all rows. With {@code stacked}
     * the figures after the first lie side by side inside the first (parts of a whole), otherwise
     * each lies over the one before, starting at the left (each a subset of the one before).
     */
    static <T> BarChart of(
            List<T> items, Function<T, String> label, Function<T, List<Figure>> figures, boolean stacked) {
        var largest = items.stream()
                .map(figures)
                .map(list -> list.get(0).value())
                .mapToLong(value -> value == null ? 0 : value)
                .max()
                .orElse(0);
        var rows = new ArrayList<Row>();
        for (var i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var y = i * ROW_HEIGHT;
            var drawn = bars(figures.apply(item), Math.max(largest, 1), stacked);
            var first = figures.apply(item).get(0).value();
            rows.add(new Row(
                    label.apply(item),
                    y,
                    y + 15,
                    drawn,
                    LABEL_WIDTH + BAR_AREA + 8,
                    first == null ? "–" : String.valueOf(first)));
        }
        return new BarChart(WIDTH, Math.max(rows.size(), 1) * ROW_HEIGHT, rows);
    }

    private static List<Bar> bars(List<Figure> figures, long largest, boolean stacked) {
        var bars = new ArrayList<Bar>();
        var x = LABEL_WIDTH;
        for (var i = 0; i < figures.size(); i++) {
            var figure = figures.get(i);
            if (figure.value() == null || figure.value() == 0) {
                continue;
            }
            var width = (int) Math.max(1, Math.round((double) figure.value() * BAR_AREA / largest));
            var start = stacked && i > 0 ? x : LABEL_WIDTH;
            bars.add(new Bar(figure.css(), start, width, figure.name() + ": " + figure.value()));
            if (stacked && i > 0) {
                x += width;
            }
        }
        return bars;
    }
}
