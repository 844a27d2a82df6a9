package org.crampcare.web.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.crampcare.insights.DateRange;

/**
 * Reads the period of an insights or report request from its {@code from} and {@code to} dates.
 *
 * <p>A missing end defaults to today and a missing start to {@value #DEFAULT_DAYS} days before the end.
 */
final class Period {
    /** Days covered when the person picks no start: about three months, what a provider usually asks about. */
    static final int DEFAULT_DAYS = 90;
    /** The longest period accepted, about ten years, so one request cannot ask for unbounded work. */
    static final int MAX_DAYS = 3700;

    private Period() {
    }

    /**
     * The range of the given ISO dates (yyyy-mm-dd); blank or null means "use the default".
     *
     * @throws PeriodException naming {@code from} or {@code to} when a date is malformed or the order is wrong
     */
    static DateRange parse(String from, String to, LocalDate today) {
        LocalDate end = blank(to) ? today : date("to", to);
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1L) : date("from", from);
        if (end.isBefore(start)) {
            throw new PeriodException("to", "to must be on or after from (" + start + "), got " + end, null,
                    "before-from", start);
        }
        DateRange range = new DateRange(start, end);
        if (range.days() > MAX_DAYS) {
            throw new PeriodException("from", "a period can span at most " + MAX_DAYS + " days, got " + range.days(),
                    null, "max-days", MAX_DAYS, range.days());
        }
        return range;
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PeriodException(field, field + " must be a date written as yyyy-mm-dd, e.g. 2026-03-01", e,
                    "date-format");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
