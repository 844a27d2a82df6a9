package org.crampcare.search;

import java.util.Set;
import org.crampcare.report.Xml;

/**
 * Marks the words of an answer that matched the question, as HTML for the web's result list.
 *
 * <p>Everything outside the marks is HTML-escaped (with the report's {@link Xml}), so the markup is safe
 * to insert as it is.
 */
final class Marks {
    private Marks() {
    }

    /** The text, escaped, with each word whose stem is in {@code stems} wrapped in {@code <mark>}. */
    static String html(TextAnalysis analysis, String text, Set<String> stems) {
        String normalized = TextAnalysis.normalize(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TextAnalysis.Token t : analysis.tokens(normalized)) {
            if (stems.contains(t.stem())) {
                out.append(Xml.escape(normalized.substring(at, t.start())));
                out.append("<mark>");
                out.append(Xml.escape(normalized.substring(t.start(), t.end())));
                out.append("</mark>");
                at = t.end();
            }
        }
        out.append(Xml.escape(normalized.substring(at)));
        return out.toString();
    }
}
