package org.crampcare.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger comparison on small hand-made diaries whose numbers were worked out beforehand. */
class TriggerAnalysisTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private final InsightsAnalyzer analyzer = new InsightsAnalyzer();

    @Test
    void countsDaysWithAndWithoutAndMatchesFishersTestAndKatzInterval() {
        // 22 heat days with a cramp on 15, 38 other days with a cramp on 10 (two cramps on one of them).
        List<CheckInRecord> checkIns = new ArrayList<>();
        List<CrampRecord> cramps = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            boolean heat = d < 22;
            checkIns.add(checkIn(d, heat ? 30 : 0));
            if ((heat && d < 15) || (!heat && d >= 50)) {
                cramps.add(cramp(d, 3));
            }
        }
        cramps.add(cramp(59, 4));
        FactorResult heat = sameDay(analyzer.analyze(range(60), cramps, checkIns).triggers(), "heat");

        assertThat(heat.daysWith()).isEqualTo(22);
        assertThat(heat.crampDaysWith()).isEqualTo(15);
        assertThat(heat.daysWithout()).isEqualTo(38);
        assertThat(heat.crampDaysWithout()).isEqualTo(10);
        assertThat(heat.crampsWithout()).isEqualTo(11);
        // Reference values from scipy.stats.fisher_exact and the Katz formula.
        assertThat(heat.pValue()).isCloseTo(0.0025466563, within(1e-8));
        assertThat(heat.riskRatio()).isCloseTo(2.5909091, within(1e-6));
        assertThat(heat.ciLow()).isCloseTo(1.4165680, within(1e-6));
        assertThat(heat.ciHigh()).isCloseTo(4.7387841, within(1e-6));
        assertThat(heat.adjustedPValue()).isGreaterThanOrEqualTo(heat.pValue());
        assertThat(heat.sentence()).contains("15 of 22 days (68 %)").contains("10 of 38 other days (26 %)");
    }

    @Test
    void aStrongLinkIsShownAsLinkedWithWordsThatClaimNoCause() {
        List<CheckInRecord> checkIns = new ArrayList<>();
        List<CrampRecord> cramps = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            boolean heat = d % 2 == 0;
            checkIns.add(checkIn(d, heat ? 60 : 0));
            if (heat) {
                cramps.add(cramp(d + 1, 2));
            }
        }
        TriggerReport report = analyzer.analyze(range(41), cramps, checkIns).triggers();

        assertThat(report.linkedMore()).extracting(FactorResult::factor, FactorResult::lag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("heat", Lag.NEXT_DAY));
        FactorResult linked = report.linkedMore().get(0);
        assertThat(linked.verdict()).isEqualTo(Verdict.LINKED_MORE);
        assertThat(linked.sentence()).startsWith("More cramps on the night or day after days with time in heat")
                .contains("not proof that it causes");
        // Same-day heat days never had a cramp: the opposite direction is listed separately and worded with care.
        assertThat(report.linkedFewer()).extracting(FactorResult::factor).containsExactly("heat");
        assertThat(report.linkedFewer().get(0).sentence()).contains("not proof that it prevents");
        assertThat(report.testsRun()).isEqualTo(2);
    }

    @Test
    void neverSaysCausesExceptToDenyIt() {
        java.util.Random random = new java.util.Random(3);
        for (int person = 0; person < 30; person++) {
            SimulatedDiary diary = SimulatedDiary.person(random, 60, 0.3, 0.4, 3.0);
            TriggerReport report = analyzer.analyze(diary.range(), diary.cramps(), diary.checkIns()).triggers();
            java.util.stream.Stream.of(report.linkedMore(), report.linkedFewer(), report.noClearLink())
                    .flatMap(List::stream).map(FactorResult::sentence)
                    .forEach(s -> assertThat(s.replace("not proof that it causes", "")).doesNotContainIgnoringCase("cause"));
        }
    }

    @Test
    void saysHowManyMoreDaysAreNeeded() {
        List<CheckInRecord> checkIns = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            checkIns.add(checkIn(d, d < 2 ? 30 : 0));
        }
        TriggerReport report = analyzer.analyze(range(10), List.of(cramp(3, 5)), checkIns).triggers();

        assertThat(report.testsRun()).isZero();
        NotEnoughData heat = report.notEnoughData().stream()
                .filter(n -> n.factor().equals("heat") && n.lag() == Lag.SAME_DAY).findFirst().orElseThrow();
        assertThat(heat.moreCheckInDays()).isEqualTo(4);
        assertThat(heat.moreDaysWith()).isEqualTo(1);
        assertThat(heat.moreDaysWithout()).isZero();
        assertThat(heat.sentence()).isEqualTo("Not enough data yet to compare cramps on days with time in heat: "
                + "needs 4 more check-in days and 1 more day with time in heat.");
    }

    @Test
    void unansweredQuestionsLeaveTheDayOutForThatFactorOnly() {
        List<CheckInRecord> checkIns = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            checkIns.add(new CheckInRecord(START.plusDays(d), null, d % 2 == 0 ? 10 : null, null, null, null, null,
                    null, null, null, null, null));
        }
        TriggerReport report = analyzer.analyze(range(20), List.of(), checkIns).triggers();

        assertThat(report.notEnoughData()).filteredOn(n -> n.factor().equals("heat") && n.lag() == Lag.SAME_DAY)
                .singleElement().satisfies(n -> {
                    assertThat(n.daysWith()).isEqualTo(10);
                    assertThat(n.daysWithout()).isZero();
                });
    }

    @Test
    void benjaminiHochbergMatchesAReference() {
        // scipy.stats.false_discovery_control([0.01, 0.04, 0.03, 0.005, 0.5])
        assertThat(BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.5}))
                .containsExactly(new double[] {0.025, 0.05, 0.05, 0.025, 0.5}, within(1e-12));
    }

    @Test
    void aRatioWithAnEmptyGroupStaysFiniteAndWide() {
        RiskRatio rr = RiskRatio.of(5, 10, 0, 10);
        assertThat(rr.estimate()).isCloseTo(11.0, within(1e-9));
        assertThat(rr.low()).isGreaterThan(0).isLessThan(rr.estimate());
        assertThat(rr.high()).isGreaterThan(100);
        assertThat(RiskRatio.of(0, 10, 0, 10).estimate()).isNull();
    }

    private static FactorResult sameDay(TriggerReport report, String factor) {
        return java.util.stream.Stream.of(report.linkedMore(), report.linkedFewer(), report.noClearLink())
                .flatMap(List::stream).filter(r -> r.factor().equals(factor) && r.lag() == Lag.SAME_DAY)
                .findFirst().orElseThrow();
    }

    static CheckInRecord checkIn(int day, int heatMinutes) {
        return new CheckInRecord(START.plusDays(day), null, heatMinutes, null, null, null, null, null, null, null,
                null, null);
    }

    static CrampRecord cramp(int day, int hour) {
        return CrampRecord.at(ZonedDateTime.of(START.plusDays(day), LocalTime.of(hour, 0), SimulatedDiary.ZONE));
    }

    static DateRange range(int days) {
        return new DateRange(START, START.plusDays(days - 1));
    }
}
