package org.crampcare.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crampcare.insights.CheckInRecord;
import org.crampcare.insights.CrampRecord;
import org.crampcare.insights.DateRange;

/**
 * A fixed eight-week diary with notes (one trying to inject markup), a medicine change, two assessments
 * and two questions; the numbers the tests expect are worked out from these lists.
 */
final class ReportFixture {
    /** The report's English words, as the web app gives them. */
    static final ReportWords ENGLISH = org.crampcare.web.kit.PageTexts.builtIn().in(org.crampcare.knowledge.Language.EN);
    /** The report's Spanish words. */
    static final ReportWords SPANISH = org.crampcare.web.kit.PageTexts.builtIn().in(org.crampcare.knowledge.Language.ES);
    static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate TO = LocalDate.of(2026, 4, 26);
    static final LocalDate EARLY_CRAMP = LocalDate.of(2025, 11, 14);
    static final String NASTY_NOTE = "Calf like a <b>rock</b> & \"knotted\" <script>alert(1)</script> – Wade wie Stein, судорога";
    private static final List<String> MUSCLES = List.of("calf", "calf", "foot", "thigh", "calf", "hamstring");
    private static final List<String> RELIEF = List.of("stretch", "massage", "walking", "heat");

    private ReportFixture() {
    }

    static ReportInput input() {
        return new ReportInput(new DateRange(FROM, TO), cramps(), checkIns(), assessments(),
                List.of("Bendroflumethiazide 2.5 mg", "Atorvastatin 20 mg"), List.of("High blood pressure"),
                List.of("Could my water tablet cause the night cramps?", "Should my magnesium level be checked?"),
                LocalDate.of(2026, 4, 27));
    }

    static List<CrampRecord> cramps() {
        Random r = new Random(42);
        List<CrampRecord> cramps = new ArrayList<>();
        cramps.add(new CrampRecord(ZonedDateTime.of(EARLY_CRAMP, LocalTime.of(3, 10), ZONE), List.of("calf"), "left",
                120, 6, List.of("asleep"), Map.of("stretch", 2), "The first one I wrote down."));
        for (int d = 0; d < 56; d++) {
            if (r.nextDouble() < 0.4) {
                int hour = r.nextDouble() < 0.55 ? r.nextInt(6) : 6 + r.nextInt(18);
                ZonedDateTime start = ZonedDateTime.of(FROM.plusDays(d), LocalTime.of(hour, r.nextInt(60)), ZONE);
                String note = d % 4 == 0 ? "Toes curled into a hard knot (day " + d + ")." : null;
                cramps.add(new CrampRecord(start, List.of(MUSCLES.get(r.nextInt(MUSCLES.size()))),
                        r.nextBoolean() ? "left" : "right", 20 + r.nextInt(400), 2 + r.nextInt(8),
                        List.of(hour < 6 ? "asleep" : "walking"), Map.of(RELIEF.get(r.nextInt(4)), r.nextInt(4)),
                        note));
            }
        }
        cramps.add(new CrampRecord(ZonedDateTime.of(TO, LocalTime.of(23, 5), ZONE), List.of("calf", "foot"), "both",
                1100, 9, List.of("resting"), Map.of("stretch", 3, "nothing", 0), NASTY_NOTE));
        return cramps;
    }

    /** Half a year in which cramps come on 80 % of days after heat and 15 % of other days. */
    static ReportInput halfYearWithHeatLink() {
        Random r = new Random(99);
        LocalDate from = LocalDate.of(2025, 10, 1);
        List<CheckInRecord> days = new ArrayList<>();
        List<CrampRecord> cramps = new ArrayList<>();
        boolean heatYesterday = false;
        for (int d = 0; d < 182; d++) {
            boolean heat = r.nextDouble() < 0.35;
            days.add(new CheckInRecord(from.plusDays(d), "none", heat ? 90 : 0, 7, false, false, false, 1, 0, "side",
                    false, null));
            if (r.nextDouble() < (heatYesterday ? 0.8 : 0.15)) {
                cramps.add(new CrampRecord(ZonedDateTime.of(from.plusDays(d), LocalTime.of(r.nextInt(24), 0), ZONE),
                        List.of(MUSCLES.get(r.nextInt(MUSCLES.size()))), "left", 30 + r.nextInt(300), r.nextInt(11),
                        List.of("asleep"), Map.of("stretch", r.nextInt(4)), null));
            }
            heatYesterday = heat;
        }
        return new ReportInput(new DateRange(from, from.plusDays(181)), cramps, days, List.of(), List.of(), List.of(),
                List.of(), from.plusDays(182));
    }

    static List<CheckInRecord> checkIns() {
        Random r = new Random(7);
        List<CheckInRecord> days = new ArrayList<>();
        for (int d = 0; d < 56; d++) {
            boolean changed = d == 20;
            days.add(new CheckInRecord(FROM.plusDays(d), r.nextBoolean() ? "none" : "light",
                    r.nextDouble() < 0.3 ? 45 : 0, 4 + r.nextInt(6), r.nextBoolean(), r.nextDouble() < 0.3, false,
                    r.nextInt(4), r.nextInt(2), "side", changed, changed ? "Started the water tablet" : null));
        }
        return days;
    }

    static List<AssessmentRecord> assessments() {
        return List.of(
                new AssessmentRecord(ZonedDateTime.of(LocalDate.of(2026, 4, 20), LocalTime.of(8, 30), ZONE),
                        "APPOINTMENT", List.of("A2", "A8"), List.of("Cramps three or more times a week.",
                                "Cramps that wake you from sleep.")),
                new AssessmentRecord(ZonedDateTime.of(LocalDate.of(2026, 3, 3), LocalTime.of(21, 0), ZONE),
                        "SELF_CARE", List.of(), List.of()));
    }
}
