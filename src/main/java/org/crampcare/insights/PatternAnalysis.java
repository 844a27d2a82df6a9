package org.crampcare.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts the period's cramps by time, weekday, muscle, activity, pain and duration.
 */
final class PatternAnalysis {
    static final List<String> TIME_OF_DAY = List.of("Night 0-6 h", "Morning 6-12 h", "Afternoon 12-18 h",
            "Evening 18-24 h");
    static final List<String> PAIN_BANDS = List.of("Mild 0-3", "Moderate 4-6", "Severe 7-10");
    static final List<String> DURATION_BANDS = List.of("Under 1 min", "1-5 min", "5-15 min", "Over 15 min");
    private static final int TREND_MINIMUM = 3;

    private final DateRange range;
    private final List<CrampRecord> cramps;

    /** @param cramps the period's cramps, oldest first */
    PatternAnalysis(DateRange range, List<CrampRecord> cramps) {
        this.range = range;
        this.cramps = cramps;
    }

    Patterns run() {
        double[] pain = cramps.stream().filter(c -> c.pain() != null).mapToDouble(CrampRecord::pain).toArray();
        double[] seconds = cramps.stream().filter(c -> c.durationSeconds() != null)
                .mapToDouble(CrampRecord::durationSeconds).toArray();
        List<WeekCount> weeks = perWeek();
        Halves painHalves = halves(CrampRecord::pain);
        Halves durationHalves = halves(CrampRecord::durationSeconds);
        double perWeek = cramps.size() * 7.0 / range.days();
        List<PainPoint> points = cramps.stream().filter(c -> c.pain() != null)
                .map(c -> new PainPoint(c.start().toLocalDate(), c.pain())).toList();
        return new Patterns(timeOfDay(), dayOfWeek(), ranked(CrampRecord::muscles), ranked(CrampRecord::activities),
                painLevels(), painBands(), durationBands(), NumberSummary.of(pain), NumberSummary.of(seconds),
                weeks, perWeek, points, painTrend(painHalves), durationTrend(durationHalves), painHalves,
                durationHalves);
    }

    private List<Count> timeOfDay() {
        int[] n = new int[4];
        cramps.forEach(c -> n[c.start().getHour() / 6]++);
        return counts(TIME_OF_DAY, n);
    }

    private List<Count> dayOfWeek() {
        int[] n = new int[7];
        cramps.forEach(c -> n[c.start().getDayOfWeek().getValue() - 1]++);
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return counts(names, n);
    }

    private List<Count> ranked(Function<CrampRecord, List<String>> words) {
        Map<String, Integer> n = new LinkedHashMap<>();
        cramps.forEach(c -> words.apply(c).forEach(w -> n.merge(w, 1, Integer::sum)));
        return n.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::label)).toList();
    }

    private List<Count> painLevels() {
        int[] n = new int[11];
        cramps.stream().filter(c -> c.pain() != null).forEach(c -> n[c.pain()]++);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            labels.add(Integer.toString(i));
        }
        return counts(labels, n);
    }

    private List<Count> painBands() {
        int[] n = new int[3];
        cramps.stream().filter(c -> c.pain() != null).forEach(c -> n[c.pain() <= 3 ? 0 : c.pain() <= 6 ? 1 : 2]++);
        return counts(PAIN_BANDS, n);
    }

    private List<Count> durationBands() {
        int[] n = new int[4];
        cramps.stream().filter(c -> c.durationSeconds() != null).forEach(c -> n[durationBand(c.durationSeconds())]++);
        return counts(DURATION_BANDS, n);
    }

    private static int durationBand(int seconds) {
        if (seconds < 60) {
            return 0;
        }
        return seconds <= 300 ? 1 : seconds <= 900 ? 2 : 3;
    }

    private List<WeekCount> perWeek() {
        LocalDate first = range.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (ChronoUnit.DAYS.between(first, range.to()) / 7) + 1;
        int[] n = new int[weeks];
        cramps.forEach(c -> n[(int) (ChronoUnit.DAYS.between(first, c.start().toLocalDate()) / 7)]++);
        List<WeekCount> out = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            out.add(new WeekCount(first.plusWeeks(i), n[i]));
        }
        return out;
    }

    /** The values of the first and second half of the period, without calling a change a trend it may not be. */
    private Halves halves(Function<CrampRecord, Integer> value) {
        LocalDate middle = range.from().plusDays(range.days() / 2);
        Map<Boolean, double[]> halves = cramps.stream().filter(c -> value.apply(c) != null)
                .collect(Collectors.partitioningBy(c -> c.start().toLocalDate().isBefore(middle),
                        Collectors.collectingAndThen(Collectors.toList(),
                                l -> l.stream().mapToDouble(c -> value.apply(c)).toArray())));
        return new Halves(NumberSummary.of(halves.get(true)), NumberSummary.of(halves.get(false)), TREND_MINIMUM);
    }

    private static String painTrend(Halves pain) {
        return pain.comparable() ? String.format(Locale.ROOT, "Pain averaged %.1f out of 10 in the first half of the "
                + "period and %.1f in the second half.", pain.first().mean(), pain.second().mean())
                : "Too few cramps with a pain score in each half of the period to compare the halves.";
    }

    private static String durationTrend(Halves seconds) {
        return seconds.comparable() ? String.format(Locale.ROOT, "The median cramp lasted %.1f minutes in the first "
                + "half of the period and %.1f minutes in the second half.", seconds.first().median() / 60,
                seconds.second().median() / 60)
                : "Too few cramps with a duration in each half of the period to compare the halves.";
    }

    private static List<Count> counts(List<String> labels, int[] n) {
        List<Count> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            out.add(new Count(labels.get(i), n[i]));
        }
        return out;
    }
}
