package org.crampcare.diary;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.crampcare.triage.InputException;

/**
 * Checks diary input completely before anything is written, naming the field of the first problem.
 *
 * <p>Checking everything first is what makes a refused input write nothing, even when one request
 * would write several rows.
 */
final class DiaryRules {
    static final int MAX_NOTE = 2000;
    static final int MAX_DURATION_SECONDS = 86_400;
    /** A cramp may be logged a little ahead of the server clock (phones drift). */
    static final Duration FUTURE_SLACK = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);

    private final Clock clock;

    DiaryRules(Clock clock) {
        this.clock = clock;
    }

    ValidCramp cramp(CrampInput in) {
        if (in == null) {
            throw new InputException("cramp", "is required", "required");
        }
        ZoneId zone = zone(in.zone());
        Instant when = in.when() == null ? clock.instant() : in.when();
        when = when.truncatedTo(ChronoUnit.MILLIS);
        if (when.isAfter(clock.instant().plus(FUTURE_SLACK))) {
            throw new InputException("when", "is in the future", "future");
        }
        if (when.isBefore(EARLIEST)) {
            throw new InputException("when", "must be after 1900", "after-1900");
        }
        LocalDateTime local = LocalDateTime.ofInstant(when, zone);
        return new ValidCramp(when.toEpochMilli(), zone.getId(), local.toLocalDate().toString(),
                local.getHour() * 60 + local.getMinute(), words(Muscle.class, "muscles", in.muscles()),
                in.side() == null ? null : Word.parse(Side.class, "side", in.side()),
                range("duration_seconds", in.durationSeconds(), 1, MAX_DURATION_SECONDS),
                range("pain", in.pain(), 0, 10), words(Activity.class, "activities", in.activities()),
                relief(in.relief()), note("note", in.note()));
    }

    ValidCheckIn checkIn(CheckInInput in) {
        if (in == null) {
            throw new InputException("check_in", "is required", "required");
        }
        return new ValidCheckIn(day("date", in.date()),
                in.exercise() == null ? null : Word.parse(Exercise.class, "exercise", in.exercise()),
                range("heat_minutes", in.heatMinutes(), 0, 1440), range("fluid_glasses", in.fluidGlasses(), 0, 50),
                in.longSitting(), in.longStanding(), in.tightShoes(),
                range("caffeine_drinks", in.caffeineDrinks(), 0, 50), range("alcohol_drinks", in.alcoholDrinks(), 0, 50),
                in.sleepPosition() == null ? null : Word.parse(SleepPosition.class, "sleep_position", in.sleepPosition()),
                in.medicineChanged(), note("note", in.note()));
    }

    /** A local day: not before 1900 and not after tomorrow in the zone furthest ahead. */
    LocalDate day(String field, LocalDate date) {
        if (date == null) {
            throw new InputException(field, "is required", "required");
        }
        LocalDate latest = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(14));
        if (date.isAfter(latest)) {
            throw new InputException(field, "is in the future", "future");
        }
        if (date.isBefore(EARLIEST_DAY)) {
            throw new InputException(field, "must be after 1900", "after-1900");
        }
        return date;
    }

    static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        if (zone.length() > 64) {
            throw new InputException("zone", "expected an IANA time zone such as Europe/Berlin", "zone");
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InputException("zone", "expected an IANA time zone such as Europe/Berlin, got '" + zone + "'",
                    "zone");
        }
    }

    static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InputException(field, "must be from " + min + " to " + max + ", got " + value, "range",
                    min, max, value);
        }
        return value;
    }

    static <E extends Enum<E> & Word> EnumSet<E> words(Class<E> type, String field, List<String> given) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (given == null) {
            return set;
        }
        for (int i = 0; i < given.size(); i++) {
            E word = Word.parse(type, field + "[" + i + "]", given.get(i));
            if (!set.add(word)) {
                throw new InputException(field + "[" + i + "]", "'" + word.value() + "' is listed twice");
            }
        }
        return set;
    }

    static EnumMap<Relief, Integer> relief(Map<String, Integer> given) {
        EnumMap<Relief, Integer> map = new EnumMap<>(Relief.class);
        if (given == null) {
            return map;
        }
        for (Map.Entry<String, Integer> e : given.entrySet()) {
            String field = "relief." + e.getKey();
            Relief r = Word.parse(Relief.class, "relief", e.getKey());
            if (e.getValue() == null) {
                throw new InputException(field, "how much it helped is required, from 0 to 3",
                        "relief-amount");
            }
            map.put(r, range(field, e.getValue(), 0, 3));
        }
        return map;
    }

    /** Trims a note, keeps line breaks as {@code \n}, refuses other control characters; blank means none. */
    static String note(String field, String note) {
        if (note == null) {
            return null;
        }
        String n = note.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (n.isEmpty()) {
            return null;
        }
        if (n.codePointCount(0, n.length()) > MAX_NOTE) {
            throw new InputException(field, "must be at most " + MAX_NOTE + " characters", "too-long", MAX_NOTE);
        }
        if (n.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InputException(field, "must not contain control characters", "control");
        }
        return n;
    }
}
