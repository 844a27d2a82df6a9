package org.crampcare.web.kit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.crampcare.triage.InputException;

/** A date sent in a form, a path or a query, written YYYY-MM-DD. */
public final class DateField {
    private DateField() {
    }

    /**
     * The date, or null when the value is blank ("no date given").
     *
     * @throws InputException naming {@code field} when the value is not a date as YYYY-MM-DD
     */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException(field, "expected a date as YYYY-MM-DD", "date-format");
        }
    }
}
