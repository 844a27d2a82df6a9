package org.crampcare.report;

import java.util.Locale;

/**
 * A small SVG writer: the root element with its accessible name, and numbers written the same way everywhere.
 */
final class Svg {
    static final String FONT = "font-family=\"sans-serif\" font-size=\"10\" fill=\"#222222\"";
    private final StringBuilder out = new StringBuilder(4096);

    /** Starts an SVG of whole-number size whose title and description name it for screen readers. */
    Svg(String id, int width, int height, String title, String description) {
        String t = Xml.escape(id) + "-title";
        String d = Xml.escape(id) + "-desc";
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(t).append(' ').append(d).append("\">")
                .append("<title id=\"").append(t).append("\">").append(Xml.escape(title)).append("</title>")
                .append("<desc id=\"").append(d).append("\">").append(Xml.escape(description)).append("</desc>");
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1\"/>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill)
                .append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    Svg polyline(String points, String stroke) {
        out.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.5\"/>");
        return this;
    }

    /** Text anchored at start, middle or end. */
    Svg text(double x, double y, String anchor, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" ").append(FONT).append('>').append(Xml.escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }
}
