package org.crampcare.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trigger analysis on simulated diaries of 60 days: it finds a planted trigger in most people and
 * shows a trigger to few people when nothing was planted.
 *
 * <p>Settings: a cramp on 30 % of days, heat on 40 % of days, and cramps three times as likely on the
 * day after a day in heat (see {@link SimulatedDiary} for the other factors).
 */
class TriggerValidityTest {
    private static final int PEOPLE = 400;
    private static final int DAYS = 60;
    private static final double BASELINE = 0.3;
    private static final double HEAT_SHARE = 0.4;
    private final InsightsAnalyzer analyzer = new InsightsAnalyzer();

    @Test
    void aPlantedTriggerIsFoundInAtLeastNinetyPercentOfPeople() {
        double found = detectionRate(new Random(7), BASELINE, HEAT_SHARE);
        System.out.printf(Locale.ROOT, "planted heat trigger (x3, baseline %.2f, heat on %.0f %% of days, %d days):"
                + " found in %.1f %% of %d people%n", BASELINE, HEAT_SHARE * 100, DAYS, found * 100, PEOPLE);
        assertThat(found).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void withoutAPlantedTriggerFewerThanFivePercentAreShownAnyTrigger() {
        Random random = new Random(11);
        int shown = 0;
        for (int i = 0; i < PEOPLE; i++) {
            if (!analyse(SimulatedDiary.person(random, DAYS, BASELINE, HEAT_SHARE, 1.0)).linkedMore().isEmpty()) {
                shown++;
            }
        }
        double rate = (double) shown / PEOPLE;
        System.out.printf(Locale.ROOT, "no planted trigger: %d of %d people (%.1f %%) shown any trigger%n",
                shown, PEOPLE, rate * 100);
        assertThat(rate).isLessThan(0.05);
    }

    @Test
    void detectionFallsWithFewerCrampsAndRarerHeat() {
        double low = detectionRate(new Random(13), 0.2, 0.3);
        double middle = detectionRate(new Random(17), 0.25, 0.35);
        System.out.printf(Locale.ROOT, "planted heat trigger, baseline 0.20 and heat on 30 %% of days: found in %.1f %%;"
                + " baseline 0.25 and heat on 35 %%: found in %.1f %% (%d people each)%n", low * 100, middle * 100,
                PEOPLE);
        assertThat(low).isGreaterThan(0.2).isLessThan(middle);
        assertThat(middle).isLessThan(detectionRate(new Random(7), BASELINE, HEAT_SHARE));
    }

    private double detectionRate(Random random, double baseline, double heatShare) {
        int found = 0;
        for (int i = 0; i < PEOPLE; i++) {
            TriggerReport report = analyse(SimulatedDiary.person(random, DAYS, baseline, heatShare, 3.0));
            if (report.linkedMore().stream().anyMatch(r -> r.factor().equals("heat") && r.lag() == Lag.NEXT_DAY)) {
                found++;
            }
        }
        return (double) found / PEOPLE;
    }

    private TriggerReport analyse(SimulatedDiary diary) {
        return analyzer.analyze(diary.range(), diary.cramps(), diary.checkIns()).triggers();
    }
}
