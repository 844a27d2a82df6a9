package org.crampcare.web.diary;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crampcare.diary.CheckInInput;
import org.crampcare.diary.CrampInput;
import org.crampcare.diary.Relief;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.OptionModel;
import org.crampcare.web.kit.Texts;

/**
 * Reads the diary's HTML forms into diary input, naming the field of the first problem.
 *
 * <p>Only the shape is checked here (numbers are numbers, the time is a time); the diary checks
 * the ranges and words, so the forms and the API refuse the same things.
 */
final class DiaryForms {
    static final String[] CHECK_IN_NUMBERS = {"heat_minutes", "fluid_glasses", "caffeine_drinks", "alcohol_drinks"};
    static final String[] CHECK_IN_FLAGS = {"long_sitting", "long_standing", "tight_shoes", "medicine_changed"};

    private DiaryForms() {
    }

    /** The time zone from the hidden field the script fills in; UTC when absent. */
    static String zone(Context ctx) {
        String z = ctx.formParam("zone");
        return z == null || z.isBlank() ? "UTC" : z.strip();
    }

    /** The cramp details form. */
    static CrampInput cramp(Context ctx) {
        String zone = zone(ctx);
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new InputException("zone", "expected an IANA time zone such as Europe/Berlin", "zone");
        }
        String when = ctx.formParam("when");
        java.time.Instant instant = null;
        if (when != null && !when.isBlank()) {
            try {
                instant = LocalDateTime.parse(when.strip()).atZone(zoneId).toInstant();
            } catch (DateTimeParseException e) {
                throw new InputException("when", "expected a date and time", "date-time");
            }
        }
        Integer minutes = number(ctx, "minutes");
        Map<String, Integer> relief = new LinkedHashMap<>();
        for (Relief r : Relief.values()) {
            Integer amount = number(ctx, "relief_" + r.value());
            if (amount != null) {
                relief.put(r.value(), amount);
            }
        }
        String side = ctx.formParam("side");
        String note = ctx.formParam("note");
        return new CrampInput(instant, zone, ctx.formParams("muscles"), side == null || side.isBlank() ? null : side,
                minutes == null ? null : Math.multiplyExact(minutes, 60), number(ctx, "pain"),
                ctx.formParams("activities"), relief, note == null || note.isBlank() ? null : note);
    }

    /** The check-in form. */
    static CheckInInput checkIn(Context ctx) {
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(ctx.formParam("date")).strip());
        } catch (DateTimeParseException e) {
            throw new InputException("date", "expected a date", "date");
        }
        String note = ctx.formParam("note");
        return new CheckInInput(date, blankToNull(ctx.formParam("exercise")), number(ctx, "heat_minutes"),
                number(ctx, "fluid_glasses"), flag(ctx, "long_sitting"), flag(ctx, "long_standing"),
                flag(ctx, "tight_shoes"), number(ctx, "caffeine_drinks"), number(ctx, "alcohol_drinks"),
                blankToNull(ctx.formParam("sleep_position")), flag(ctx, "medicine_changed"),
                note == null || note.isBlank() ? null : note);
    }

    /** The options of a word list, with the chosen ones ticked. */
    static List<OptionModel> options(Texts texts, String kind, String name, List<String> values, List<String> chosen) {
        List<OptionModel> out = new ArrayList<>();
        for (String v : values) {
            out.add(new OptionModel(v, label(texts, kind, v), name + "-" + v, chosen.contains(v)));
        }
        return out;
    }

    /**
     * A diary word as shown to people, from the page texts {@code word.<kind>.<value>}: the same
     * value can need different words ({@code back} is a muscle and a sleeping position).
     */
    static String label(Texts texts, String kind, String value) {
        return texts.word(kind + "." + value);
    }

    private static Integer number(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new InputException(field, "expected a whole number", "whole-number");
        }
    }

    private static Boolean flag(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.equals("yes") && !v.equals("no")) {
            throw new InputException(field, "expected yes or no", "yes-no");
        }
        return v.equals("yes");
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
