package org.custodian.console.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out on the server, for inline SVG: one row per figure, its label on the left,
 * a bar as long as its share of the largest figure, and the figure itself after the bar.
 */
public record BarChart(String title, int height, List<Bar> bars) {

    static final int ROW = 28;
    static final int LABEL_WIDTH = 240;
    static final int BAR_SPACE = 330;
    static final int LABEL_CHARS = 26;

    /** One figure: its bar's top {@code y} and {@code width}, and the text baseline {@code textY}. */
    public record Bar(String label, long value, int y, int width, int textY, int valueX) {
    }

    static BarChart of(String title, Map<String, Long> figures) {
        long largest = figures.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Map.Entry<String, Long> figure : figures.entrySet()) {
            long value = figure.getValue();
            int width = largest == 0 ? 0 : (int) Math.max(value == 0 ? 0 : 2, value * BAR_SPACE / largest);
            bars.add(new Bar(shortened(figure.getKey()), value, y, width, y + 15, LABEL_WIDTH + width + 6));
            y += ROW;
        }
        return new BarChart(title, y + 4, List.copyOf(bars));
    }

    /** A label that fits left of the bars; the table beside the chart has it whole. */
    private static String shortened(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }
}
