package org.crampcare.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Patterns and relief ranking on a small diary counted by hand. */
class PatternAnalysisTest {
    // Monday 5 January 2026.
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private final InsightsAnalyzer analyzer = new InsightsAnalyzer();

    private static CrampRecord cramp(int day, int hour, String muscle, int seconds, int pain, Map<String, Integer> help) {
        return new CrampRecord(ZonedDateTime.of(MONDAY.plusDays(day), LocalTime.of(hour, 30), SimulatedDiary.ZONE),
                List.of(muscle), "left", seconds, pain, List.of(hour < 6 ? "asleep" : "walking"), help, null);
    }

    private final List<CrampRecord> cramps = List.of(
            cramp(-30, 2, "calf", 60, 5, Map.of()),
            cramp(0, 2, "calf", 30, 3, Map.of("stretch", 3)),
            cramp(0, 23, "foot", 120, 7, Map.of("stretch", 2, "nothing", 0)),
            cramp(2, 7, "calf", 400, 8, Map.of("massage", 1)),
            cramp(8, 13, "thigh", 1000, 2, Map.of("stretch", 3, "massage", 0)),
            cramp(13, 3, "calf", 45, 6, Map.of("walking", 2)));
    private final Insights insights = analyzer.analyze(new DateRange(MONDAY, MONDAY.plusDays(13)), cramps, List.of());

    @Test
    void countsOnlyThePeriodButDatesTheFirstCrampFromAll() {
        assertThat(insights.cramps()).isEqualTo(5);
        assertThat(insights.firstCramp()).isEqualTo(MONDAY.minusDays(30));
    }

    @Test
    void bucketsTimeWeekdayMuscleAndWeek() {
        Patterns p = insights.patterns();
        assertThat(p.timeOfDay()).extracting(Count::count).containsExactly(2, 1, 1, 1);
        assertThat(p.dayOfWeek()).extracting(Count::label).startsWith("Mon", "Tue");
        assertThat(p.dayOfWeek()).extracting(Count::count).containsExactly(2, 1, 1, 0, 0, 0, 1);
        assertThat(p.muscles()).containsExactly(new Count("calf", 3), new Count("foot", 1), new Count("thigh", 1));
        assertThat(p.perWeek()).containsExactly(new WeekCount(MONDAY, 3), new WeekCount(MONDAY.plusWeeks(1), 2));
        assertThat(p.averagePerWeek()).isEqualTo(2.5);
    }

    @Test
    void summarisesPainAndDuration() {
        Patterns p = insights.patterns();
        assertThat(p.pain().median()).isEqualTo(6.0);
        assertThat(p.pain().mean()).isEqualTo(5.2);
        assertThat(p.painBands()).extracting(Count::count).containsExactly(2, 1, 2);
        assertThat(p.painLevels()).hasSize(11);
        assertThat(p.durationBands()).extracting(Count::count).containsExactly(2, 1, 1, 1);
        assertThat(p.durationSeconds().max()).isEqualTo(1000.0);
        assertThat(p.painTrend()).startsWith("Too few cramps");
    }

    @Test
    void ranksReliefByAverageHelpAndLeavesOutNothing() {
        assertThat(insights.whatHelps()).extracting(ReliefRank::method)
                .containsExactly("stretch", "walking", "massage");
        ReliefRank stretch = insights.whatHelps().get(0);
        assertThat(stretch.uses()).isEqualTo(3);
        assertThat(stretch.averageHelp()).isCloseTo(8 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(stretch.answers()).containsExactly(0, 0, 1, 2);
        assertThat(insights.whatHelps().get(1).sentence()).contains("too few tries");
    }

    @Test
    void rejectsImpossibleValues() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cramp(0, 1, "calf", 10, 11, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pain");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DateRange(MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
