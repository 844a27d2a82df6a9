package org.crampcare.search;

import java.util.Set;

/**
 * Marks the words of an answer that matched the question, as HTML for the web's result list.
 *
 * <p>Everything outside the marks is HTML-escaped, so the markup is safe to insert as it is.
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
                escape(normalized.substring(at, t.start()), out);
                out.append("<mark>");
                escape(normalized.substring(t.start(), t.end()), out);
                out.append("</mark>");
                at = t.end();
            }
        }
        escape(normalized.substring(at), out);
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
    }
}
