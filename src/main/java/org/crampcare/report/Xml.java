package org.crampcare.report;

/**
 * Escapes text for XHTML, HTML and SVG, where any user text (notes!) must never become markup.
 *
 * <p>The one escaper of the project: the report writes whole documents with it, and the search
 * uses it for the HTML of its highlighted answers.
 */
public final class Xml {
    private Xml() {
    }

    /** The text with {@code & < > " '} escaped and characters XML 1.0 forbids left out; null becomes "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
            }
        });
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
