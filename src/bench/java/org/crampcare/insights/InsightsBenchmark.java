package org.crampcare.insights;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time for one full analysis of ten years of daily check-ins (3,650 days) and their cramps.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests package && java -jar target/benchmarks.jar InsightsBenchmark
 * -f 1 -wi 2 -i 3 -w 2s -r 2s -bm avgt -tu ms}. Target: under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsightsBenchmark {
    private static final int DAYS = 3650;
    private final InsightsAnalyzer analyzer = new InsightsAnalyzer();
    private DateRange range;
    private List<CrampRecord> cramps;
    private List<CheckInRecord> checkIns;

    /** Builds the same ten-year diary every run: cramps on about 30 % of days, more after heat. */
    @Setup
    public void setUp() {
        Random r = new Random(2026);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate start = LocalDate.of(2016, 1, 1);
        cramps = new ArrayList<>();
        checkIns = new ArrayList<>();
        boolean heatYesterday = false;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = start.plusDays(d);
            boolean heat = r.nextDouble() < 0.35;
            checkIns.add(new CheckInRecord(day, r.nextBoolean() ? "none" : "light", heat ? 60 : 0, 3 + r.nextInt(8),
                    r.nextBoolean(), r.nextDouble() < 0.3, r.nextDouble() < 0.1, r.nextInt(5), r.nextInt(3),
                    r.nextDouble() < 0.15 ? "front" : "side", r.nextDouble() < 0.02, null));
            int n = r.nextDouble() < (heatYesterday ? 0.6 : 0.25) ? 1 + r.nextInt(2) : 0;
            for (int i = 0; i < n; i++) {
                cramps.add(new CrampRecord(ZonedDateTime.of(day, LocalTime.of(r.nextInt(24), r.nextInt(60)), zone),
                        List.of(r.nextBoolean() ? "calf" : "foot"), "left", 30 + r.nextInt(600), r.nextInt(11),
                        List.of("asleep"), Map.of("stretch", r.nextInt(4), "massage", r.nextInt(4)), "note " + d));
            }
            heatYesterday = heat;
        }
        range = new DateRange(start, start.plusDays(DAYS - 1));
    }

    /** Patterns, what helps and all trigger comparisons over the ten years. */
    @Benchmark
    public Insights analyzeTenYears() {
        return analyzer.analyze(range, cramps, checkIns);
    }
}
