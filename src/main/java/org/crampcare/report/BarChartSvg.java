package org.crampcare.report;

import java.util.List;

/**
 * Draws labelled counts as bars: upright for a series in time, lying for named categories.
 *
 * <p>Only the root size must be whole numbers (openhtmltopdf refuses others); inner coordinates keep a
 * decimal so many thin bars still line up.
 */
final class BarChartSvg {
    static final int WIDTH = 320;
    private static final String BAR = "#2b6cb0";
    private static final String AXIS = "#555555";
    private static final int MAX_LABELS = 8;
    private static final double CHAR_WIDTH = 6.2;

    private BarChartSvg() {
    }

    /** Upright bars, with at most eight x labels spread evenly so they never overlap. */
    static String upright(String id, String title, String desc, List<String> labels, List<Integer> values) {
        int height = 180;
        double left = 34;
        double top = 12;
        double bottom = height - 30;
        double plotWidth = WIDTH - left - 8;
        int max = axisMax(values);
        Svg svg = new Svg(id, WIDTH, height, title, desc);
        yAxis(svg, left, top, bottom, max);
        int n = values.size();
        double slot = plotWidth / Math.max(1, n);
        int every = (int) Math.ceil(n / (double) MAX_LABELS);
        for (int i = 0; i < n; i++) {
            double h = (bottom - top) * values.get(i) / max;
            double x = left + i * slot + slot * 0.15;
            svg.rect(x, bottom - h, slot * 0.7, h, BAR);
            if (n <= 12 && values.get(i) > 0) {
                svg.text(x + slot * 0.35, bottom - h - 2, "middle", Integer.toString(values.get(i)));
            }
            if (i % every == 0) {
                label(svg, left + i * slot + slot / 2, bottom + 13, labels.get(i), slot * every);
            }
        }
        return svg.line(left, bottom, WIDTH - 8, bottom, AXIS).end();
    }

    /** Lying bars, one row per category, with the count at the end of each bar. */
    static String lying(String id, String title, String desc, List<String> labels, List<Integer> values) {
        int rows = Math.max(1, values.size());
        double row = 18;
        double left = 78;
        double top = 6;
        int height = (int) (top + rows * row + 8);
        double plotWidth = WIDTH - left - 30;
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        Svg svg = new Svg(id, WIDTH, height, title, desc);
        for (int i = 0; i < values.size(); i++) {
            double y = top + i * row;
            double w = plotWidth * values.get(i) / max;
            svg.text(left - 4, y + 12, "end", labels.get(i));
            svg.rect(left, y + 3, w, row - 6, BAR);
            svg.text(left + w + 4, y + 12, "start", Integer.toString(values.get(i)));
        }
        return svg.line(left, top, left, top + rows * row, AXIS).end();
    }

    /** Writes a label on one line, or on two split at the first space when one line is wider than its room. */
    private static void label(Svg svg, double x, double y, String label, double room) {
        int space = label.indexOf(' ');
        if (label.length() * CHAR_WIDTH <= room * 0.95 || space < 0) {
            svg.text(x, y, "middle", label);
        } else {
            svg.text(x, y, "middle", label.substring(0, space));
            svg.text(x, y + 11, "middle", label.substring(space + 1));
        }
    }

    private static void yAxis(Svg svg, double left, double top, double bottom, int max) {
        svg.line(left, top, left, bottom, AXIS);
        for (int tick : List.of(0, max / 2, max)) {
            double y = bottom - (bottom - top) * tick / max;
            svg.line(left - 3, y, left, y, AXIS).text(left - 5, y + 3.5, "end", Integer.toString(tick));
        }
    }

    /** An even number at or above the largest value, so the middle tick is a whole number. */
    static int axisMax(List<Integer> values) {
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        return Math.max(2, max + max % 2);
    }
}
