package org.crampcare.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The report's own words in one language (headings, labels, the fixed sentences), by key: the web
 * app's page texts ({@code report.*}, {@code chart.*} in {@code knowledge/pages.yaml} and its
 * translations), so the report and the pages are translated and checked in one place.
 */
public interface ReportWords {
    /** The text of {@code key}; every language has every key. */
    String get(String key);

    /** Whether there is a text for {@code key} (for texts picked by a value, such as a diary word). */
    boolean has(String key);

    /** The language's BCP 47 tag, for the document's {@code lang}. */
    String tag();

    /** The text of {@code key} with its placeholders {@code {0}}, {@code {1}}... filled in, in order. */
    default String f(String key, Object... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** Dates as the report writes them in this language: 3 Mar 2026, 3 mar 2026. */
    default DateTimeFormatter date(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(tag()));
    }
}
