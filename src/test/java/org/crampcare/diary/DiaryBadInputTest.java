package org.crampcare.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.triage.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad diary input is refused with the field named, and writes nothing, on both databases. */
class DiaryBadInputTest {
    private static final org.crampcare.web.kit.Texts ENGLISH =
            org.crampcare.web.kit.PageTexts.builtIn().in(org.crampcare.knowledge.Language.EN);
    private static final Instant WHEN = Instant.parse("2026-03-14T03:00:00Z");

    /** The full cramp with one field changed. */
    private static CrampInput cramp(UnaryOperator<Map<String, Object>> change) {
        CrampInput f = DiaryFixture.full(WHEN);
        Map<String, Object> m = new HashMap<>();
        m.put("when", f.when());
        m.put("zone", f.zone());
        m.put("muscles", f.muscles());
        m.put("side", f.side());
        m.put("duration", f.durationSeconds());
        m.put("pain", f.pain());
        m.put("activities", f.activities());
        m.put("relief", f.relief());
        m.put("note", f.note());
        Map<String, Object> c = change.apply(m);
        @SuppressWarnings("unchecked")
        CrampInput in = new CrampInput((Instant) c.get("when"), (String) c.get("zone"), (List<String>) c.get("muscles"),
                (String) c.get("side"), (Integer) c.get("duration"), (Integer) c.get("pain"),
                (List<String>) c.get("activities"), (Map<String, Integer>) c.get("relief"), (String) c.get("note"));
        return in;
    }

    private static UnaryOperator<Map<String, Object>> set(String key, Object value) {
        return m -> {
            m.put(key, value);
            return m;
        };
    }

    static Stream<Arguments> badCramps() {
        Map<String, Integer> nullAmount = new HashMap<>();
        nullAmount.put("ice", null);
        List<Arguments> cases = List.of(
            Arguments.of("future", cramp(set("when", DiaryFixture.NOW.plus(Duration.ofMinutes(6)))), "when", "in the future"),
            Arguments.of("before 1900", cramp(set("when", Instant.parse("1899-12-31T00:00:00Z"))), "when", "after 1900"),
            Arguments.of("zone", cramp(set("zone", "Mars/Olympus")), "zone", "IANA time zone"),
            Arguments.of("muscle", cramp(set("muscles", List.of("calf", "knee"))), "muscles[1]", "expected one of calf"),
            Arguments.of("muscle twice", cramp(set("muscles", List.of("calf", "calf"))), "muscles[1]", "listed twice"),
            Arguments.of("muscle null", cramp(set("muscles", Arrays.asList("calf", null))), "muscles[1]", "expected one of"),
            Arguments.of("side", cramp(set("side", "middle")), "side", "left, right, both, none"),
            Arguments.of("duration 0", cramp(set("duration", 0)), "duration_seconds", "from 1 to 86400"),
            Arguments.of("duration long", cramp(set("duration", 86_401)), "duration_seconds", "from 1 to 86400"),
            Arguments.of("pain -1", cramp(set("pain", -1)), "pain", "from 0 to 10"),
            Arguments.of("pain 11", cramp(set("pain", 11)), "pain", "from 0 to 10"),
            Arguments.of("activity", cramp(set("activities", List.of("dancing"))), "activities[0]", "asleep, resting"),
            Arguments.of("relief method", cramp(set("relief", Map.of("yoga", 2))), "relief", "stretch, massage"),
            Arguments.of("relief amount", cramp(set("relief", Map.of("ice", 4))), "relief.ice", "from 0 to 3"),
            Arguments.of("relief no amount", cramp(set("relief", nullAmount)), "relief.ice", "required"),
            Arguments.of("note long", cramp(set("note", "x".repeat(2001))), "note", "at most 2000"),
            Arguments.of("note control", cramp(set("note", "a\u0000b")), "note", "control characters"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("bothVendorsBadCramps")
    void badCrampsAreRefusedOnLogAndEditAndWriteNothing(Vendor vendor, String name, CrampInput in, String field,
                                                        String message) {
        DiaryFixture f = new DiaryFixture(vendor);
        CrampEntry existing = f.diary.logCramp(f.ana, DiaryFixture.full(WHEN));
        Map<String, Long> before = TestDatabases.counts(f.db);
        for (Runnable attempt : List.<Runnable>of(() -> f.diary.logCramp(f.ana, in),
                () -> f.diary.updateCramp(f.ana, existing.id(), in))) {
            InputException e = catchThrowableOfType(InputException.class, attempt::run);
            assertThat(e).as(name).isNotNull();
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(message);
            reasonTextSaysTheSame(e);
        }
        assertThat(TestDatabases.counts(f.db)).isEqualTo(before);
        assertThat(f.diary.cramp(f.ana, existing.id())).contains(existing);
    }

    static Stream<Arguments> bothVendorsBadCramps() {
        return Stream.of(Vendor.values()).flatMap(v -> badCramps().map(a -> Arguments.of(
                Stream.concat(Stream.of(v), Stream.of(a.get())).toArray())));
    }

    static Stream<Arguments> badCheckIns() {
        LocalDate day = LocalDate.parse("2026-03-14");
        CheckInInput ok = DiaryFixture.fullCheckIn(day);
        return Stream.of(
            Arguments.of(new CheckInInput(null, "hard", 1, 1, true, true, true, 1, 1, "side", true, null), "date", "required"),
            Arguments.of(new CheckInInput(day.plusDays(3), null, null, null, null, null, null, null, null, null, null, null), "date", "future"),
            Arguments.of(new CheckInInput(day, "extreme", null, null, null, null, null, null, null, null, null, null), "exercise", "none, light, hard"),
            Arguments.of(new CheckInInput(day, null, 1441, null, null, null, null, null, null, null, null, null), "heat_minutes", "from 0 to 1440"),
            Arguments.of(new CheckInInput(day, null, null, -1, null, null, null, null, null, null, null, null), "fluid_glasses", "from 0 to 50"),
            Arguments.of(new CheckInInput(day, null, null, null, null, null, null, 51, null, null, null, null), "caffeine_drinks", "from 0 to 50"),
            Arguments.of(new CheckInInput(day, null, null, null, null, null, null, null, 99, null, null, null), "alcohol_drinks", "from 0 to 50"),
            Arguments.of(new CheckInInput(day, null, null, null, null, null, null, null, null, "upside_down", null, null), "sleep_position", "back, side, front, mixed"),
            Arguments.of(new CheckInInput(day, ok.exercise(), null, null, null, null, null, null, null, null, null, "y".repeat(2001)), "note", "at most 2000"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bothVendorsBadCheckIns")
    void badCheckInsAreRefusedAndWriteNothing(Vendor vendor, CheckInInput in, String field, String message) {
        DiaryFixture f = new DiaryFixture(vendor);
        CheckIn existing = f.diary.saveCheckIn(f.ana, DiaryFixture.fullCheckIn(LocalDate.parse("2026-03-14")));
        Map<String, Long> before = TestDatabases.counts(f.db);
        InputException e = catchThrowableOfType(InputException.class, () -> f.diary.saveCheckIn(f.ana, in));
        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).contains(message);
        reasonTextSaysTheSame(e);
        assertThat(TestDatabases.counts(f.db)).isEqualTo(before);
        assertThat(f.diary.checkIn(f.ana, existing.date())).contains(existing);
    }

    static Stream<Arguments> bothVendorsBadCheckIns() {
        return Stream.of(Vendor.values()).flatMap(v -> badCheckIns().map(a -> Arguments.of(
                Stream.concat(Stream.of(v), Stream.of(a.get())).toArray())));
    }

    static Stream<Arguments> badImports() {
        String header = "kind,time,zone,muscles,pain,date,long_sitting,level,rule_ids,result_json,relief\r\n";
        String good = "cramp,2026-03-01T10:00:00Z,UTC,calf,5,,,,,,\r\n";
        return Stream.of(
            Arguments.of("", "csv", "empty"),
            Arguments.of("kind,colour\r\ncramp,red\r\n", "csv.header[1]", "unknown column 'colour'"),
            Arguments.of("time\r\n2026-03-01T10:00:00Z\r\n", "csv.header", "'kind' is missing"),
            Arguments.of(header + good + "cramp,2026-03-01T10:00:00Z,UTC,calf\r\n", "row 2", "has 4 fields"),
            Arguments.of(header + good + "meal,,,,,,,,,,\r\n", "row 2.kind", "cramp, checkin or assessment"),
            Arguments.of(header + good + "cramp,,UTC,calf,5,,,,,,\r\n", "row 2.time", "required"),
            Arguments.of(header + good + "cramp,yesterday,UTC,calf,5,,,,,,\r\n", "row 2.time", "UTC time like"),
            Arguments.of(header + good + "cramp,2026-03-01T10:00:00Z,UTC,calf;knee,5,,,,,,\r\n", "row 2.muscles[1]", "expected one of"),
            Arguments.of(header + good + "cramp,2026-03-01T10:00:00Z,UTC,calf,five,,,,,,\r\n", "row 2.pain", "whole number"),
            Arguments.of(header + good + "cramp,2026-03-01T10:00:00Z,UTC,calf,12,,,,,,\r\n", "row 2.pain", "from 0 to 10"),
            Arguments.of(header + good + "cramp,2026-03-01T10:00:00Z,UTC,calf,1,,,,,,ice\r\n", "row 2.relief", "method:amount"),
            Arguments.of(header + good + "checkin,,,,,2026-02-30,,,,,\r\n", "row 2.date", "date like"),
            Arguments.of(header + good + "checkin,,,,,2026-02-03,maybe,,,,\r\n", "row 2.long_sitting", "yes or no"),
            Arguments.of(header + good + "assessment,2026-03-01T10:00:00Z,,,,,,LOW,,{},\r\n", "row 2.level", "EMERGENCY"),
            Arguments.of(header + good + "assessment,2026-03-01T10:00:00Z,,,,,,URGENT,u1,{},\r\n", "row 2.rule_ids[0]", "rule id"),
            Arguments.of(header + good + "assessment,2026-03-01T10:00:00Z,,,,,,URGENT,U1,[1],\r\n", "row 2.result_json", "JSON object"),
            Arguments.of(header + good + "cramp,\"2026-03-01T10:00:00Z,UTC\r\n", "csv", "never closed"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bothVendorsBadImports")
    void aBadImportNamesRowAndColumnAndWritesNothingEvenAfterGoodRows(Vendor vendor, String csv, String field,
                                                                     String message) {
        DiaryFixture f = new DiaryFixture(vendor);
        Map<String, Long> before = TestDatabases.counts(f.db);
        InputException e = catchThrowableOfType(InputException.class, () -> f.diary.yourData().importCsv(f.ana, csv));
        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).contains(message);
        reasonTextSaysTheSame(e);
        assertThat(TestDatabases.counts(f.db)).isEqualTo(before);
    }

    static Stream<Arguments> bothVendorsBadImports() {
        return Stream.of(Vendor.values()).flatMap(v -> badImports().map(a -> Arguments.of(
                Stream.concat(Stream.of(v), Stream.of(a.get())).toArray())));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Vendor.class)
    void aReversedDateRangeNamesTheField(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        LocalDate d = LocalDate.parse("2026-03-10");
        assertThat(catchThrowableOfType(InputException.class,
                () -> f.diary.cramps(f.ana, CrampFilter.between(d, d.minusDays(1)))).field()).isEqualTo("from");
        assertThat(catchThrowableOfType(InputException.class,
                () -> f.diary.checkIns(f.ana, d, d.minusDays(1))).field()).isEqualTo("from");
    }

    /**
     * A reason with a code has a page text saying the same in English (the text the translations are
     * made from), with the same values; the service may add the value it got after it. "choice" only
     * says "one of the listed choices": the form lists them in the reader's language.
     */
    private static void reasonTextSaysTheSame(InputException e) {
        e.code().filter(code -> !code.equals("choice")).ifPresent(code -> assertThat(e.reason()).as("reason." + code)
                .startsWith(ENGLISH.f("reason." + code, e.values().toArray())));
        e.code().filter(code -> code.equals("choice"))
                .ifPresent(code -> assertThat(e.reason()).startsWith("expected one of "));
    }
}
