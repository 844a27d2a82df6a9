package org.crampcare.insights;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up person's diary with daily check-ins and cramps drawn from stated probabilities.
 *
 * <p>Exposures per day: exercise none 50 %, light 35 %, hard 15 %; heat on {@code heatShare} of days;
 * fluids 3-10 glasses (under 6 on 37.5 %); long sitting 50 %; long standing 30 %; tight shoes 10 %;
 * caffeine 0-4 drinks (3 or more on 40 %); alcohol on 25 %; sleeping on the front 15 %; a medicine change on 2 %.
 * A day has a cramp with probability {@code baseline}, multiplied by {@code heatRatio} on the day after a
 * day in heat; a cramp day has a second cramp with probability 0.25. Half of all cramps come at night.
 */
record SimulatedDiary(List<CrampRecord> cramps, List<CheckInRecord> checkIns) {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final List<String> MUSCLES = List.of("calf", "calf", "calf", "foot", "thigh", "hamstring", "toes");
    private static final List<String> RELIEF = List.of("stretch", "massage", "walking", "heat", "fluids");

    static SimulatedDiary person(Random random, int days, double baseline, double heatShare, double heatRatio) {
        List<CheckInRecord> checkIns = new ArrayList<>();
        List<CrampRecord> cramps = new ArrayList<>();
        boolean heatYesterday = false;
        for (int d = 0; d < days; d++) {
            LocalDate day = START.plusDays(d);
            boolean heat = random.nextDouble() < heatShare;
            checkIns.add(checkIn(random, day, heat));
            double p = Math.min(1.0, baseline * (heatYesterday ? heatRatio : 1.0));
            if (random.nextDouble() < p) {
                int n = random.nextDouble() < 0.25 ? 2 : 1;
                for (int i = 0; i < n; i++) {
                    cramps.add(cramp(random, day));
                }
            }
            heatYesterday = heat;
        }
        return new SimulatedDiary(cramps, checkIns);
    }

    private static CheckInRecord checkIn(Random r, LocalDate day, boolean heat) {
        double e = r.nextDouble();
        String exercise = e < 0.5 ? "none" : e < 0.85 ? "light" : "hard";
        double s = r.nextDouble();
        String sleep = s < 0.3 ? "back" : s < 0.75 ? "side" : s < 0.9 ? "front" : "mixed";
        return new CheckInRecord(day, exercise, heat ? 20 + r.nextInt(160) : 0, 3 + r.nextInt(8),
                r.nextDouble() < 0.5, r.nextDouble() < 0.3, r.nextDouble() < 0.1, r.nextInt(5),
                r.nextDouble() < 0.25 ? 1 + r.nextInt(3) : 0, sleep, r.nextDouble() < 0.02, null);
    }

    private static CrampRecord cramp(Random r, LocalDate day) {
        int hour = r.nextDouble() < 0.5 ? r.nextInt(6) : 6 + r.nextInt(18);
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(hour, r.nextInt(60)), ZONE);
        String relief = RELIEF.get(r.nextInt(RELIEF.size()));
        return new CrampRecord(start, List.of(MUSCLES.get(r.nextInt(MUSCLES.size()))), "left", 10 + r.nextInt(600),
                r.nextInt(11), List.of(hour < 6 ? "asleep" : "sitting"), Map.of(relief, r.nextInt(4)), null);
    }

    DateRange range() {
        return new DateRange(checkIns.get(0).day(), checkIns.get(checkIns.size() - 1).day());
    }
}
