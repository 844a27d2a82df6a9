package org.crampcare.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.Source;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Logging, editing, listing cramps, check-ins, saved assessments and pattern warnings on both databases. */
class DiaryServiceTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void logACrampNowWithNothingThenAddDetailsByEdit(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        CrampEntry quick = f.diary.logCramp(f.ana, CrampInput.now());
        assertThat(quick.when()).isEqualTo(DiaryFixture.NOW);
        assertThat(quick.zone()).isEqualTo(ZoneId.of("Z"));
        assertThat(quick.muscles()).isEmpty();
        assertThat(quick.relief()).isEmpty();
        assertThat(quick.side()).isNull();

        f.clock.advance(Duration.ofMinutes(10));
        CrampEntry edited = f.diary.updateCramp(f.ana, quick.id(), DiaryFixture.full(quick.when())).orElseThrow();
        assertThat(edited.muscles()).containsExactly(Muscle.CALF, Muscle.FOOT);
        assertThat(edited.side()).isEqualTo(Side.LEFT);
        assertThat(edited.durationSeconds()).isEqualTo(120);
        assertThat(edited.pain()).isEqualTo(7);
        assertThat(edited.activities()).containsExactly(Activity.ASLEEP, Activity.IN_HEAT);
        assertThat(edited.relief()).containsExactly(Map.entry(Relief.STRETCH, 3), Map.entry(Relief.HEAT, 1));
        assertThat(edited.note()).isEqualTo("woke me at 3, \"sharp\"\nthen eased");
        assertThat(edited.createdAt()).isEqualTo(DiaryFixture.NOW);
        assertThat(edited.updatedAt()).isEqualTo(DiaryFixture.NOW.plus(Duration.ofMinutes(10)));
        assertThat(f.diary.cramp(f.ana, quick.id())).contains(edited);
        assertThat(edited.toInput()).isEqualTo(new CrampInput(quick.when(), "Europe/Berlin", List.of("calf", "foot"),
                "left", 120, 7, List.of("asleep", "in_heat"), Map.of("stretch", 3, "heat", 1),
                "woke me at 3, \"sharp\"\nthen eased"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theLocalDayAndTimeFollowThePersonsZone(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        Instant lateEveningUtc = Instant.parse("2026-03-01T23:30:00Z");
        CrampEntry c = f.diary.logCramp(f.ana, new CrampInput(lateEveningUtc, "Europe/Berlin", List.of("calf"), null,
                null, null, null, null, null));
        assertThat(c.localDateTime()).isEqualTo(LocalDateTime.parse("2026-03-02T00:30"));
        assertThat(f.diary.cramps(f.ana, CrampFilter.between(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"))))
                .containsExactly(c);
        assertThat(f.diary.cramps(f.ana, CrampFilter.between(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"))))
                .isEmpty();
        long minute = f.db.jdbi().withHandle(h -> h.createQuery("SELECT local_minute FROM cramp").mapTo(Long.class).one());
        assertThat(minute).isEqualTo(30);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void severalADayListedNewestFirstAndFilteredByDateAndMuscle(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        Instant day = Instant.parse("2026-03-10T06:00:00Z");
        CrampEntry a = f.diary.logCramp(f.ana, DiaryFixture.at(day, "calf"));
        CrampEntry b = f.diary.logCramp(f.ana, DiaryFixture.at(day.plus(Duration.ofHours(3)), "hand"));
        CrampEntry c = f.diary.logCramp(f.ana, DiaryFixture.at(day.plus(Duration.ofDays(2)), "calf"));
        f.diary.logCramp(f.bo, DiaryFixture.at(day, "calf"));
        assertThat(f.diary.cramps(f.ana, CrampFilter.all())).containsExactly(c, b, a);
        assertThat(f.diary.cramps(f.ana, new CrampFilter(null, null, Muscle.CALF))).containsExactly(c, a);
        assertThat(f.diary.cramps(f.ana, new CrampFilter(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"), null)))
                .containsExactly(b, a);
        assertThat(f.diary.cramps(f.ana, new CrampFilter(LocalDate.parse("2026-03-11"), null, Muscle.CALF))).containsExactly(c);
        assertThat(f.diary.cramps(f.ana, new CrampFilter(null, null, Muscle.NECK))).isEmpty();
        assertThat(f.diary.deleteCramp(f.ana, b.id())).isTrue();
        assertThat(f.diary.deleteCramp(f.ana, b.id())).isFalse();
        assertThat(f.diary.cramps(f.ana, CrampFilter.all())).containsExactly(c, a);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void oneCheckInPerDaySavedAgainReplacesIt(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        LocalDate day = LocalDate.parse("2026-03-14");
        CheckIn first = f.diary.saveCheckIn(f.ana, DiaryFixture.fullCheckIn(day));
        assertThat(first.toInput()).isEqualTo(DiaryFixture.fullCheckIn(day));
        CheckIn second = f.diary.saveCheckIn(f.ana, CheckInInput.empty(day));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.toInput()).isEqualTo(CheckInInput.empty(day));
        assertThat(TestDatabases.count(f.db, "checkin")).isEqualTo(1);
        assertThat(f.diary.checkIns(f.ana, null, null)).containsExactly(second);
        assertThat(f.diary.deleteCheckIn(f.ana, day)).isTrue();
        assertThat(f.diary.checkIn(f.ana, day)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theCheckInFormIsPrefilledFromYesterdayWithoutTheNote(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        LocalDate today = LocalDate.parse("2026-03-15");
        assertThat(f.diary.checkInTemplate(f.ana, today)).isEqualTo(CheckInInput.empty(today));
        f.diary.saveCheckIn(f.ana, DiaryFixture.fullCheckIn(today.minusDays(1)));
        CheckInInput template = f.diary.checkInTemplate(f.ana, today);
        CheckInInput yesterday = DiaryFixture.fullCheckIn(today.minusDays(1));
        assertThat(template).isEqualTo(new CheckInInput(today, yesterday.exercise(), yesterday.heatMinutes(),
                yesterday.fluidGlasses(), yesterday.longSitting(), yesterday.longStanding(), yesterday.tightShoes(),
                yesterday.caffeineDrinks(), yesterday.alcoholDrinks(), yesterday.sleepPosition(),
                yesterday.medicineChanged(), null));
        assertThat(f.diary.checkInTemplate(f.bo, today)).isEqualTo(CheckInInput.empty(today));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void assessmentResultsAreKeptWithLevelRulesAndTheContractJson(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        AssessmentResult result = Assessor.builtIn().assess(AssessmentInput.of(Map.of("wakes_at_night", true,
                "episodes_per_week", 4)));
        SavedAssessment saved = f.diary.saveAssessment(f.ana, result);
        assertThat(saved.level()).isEqualTo(result.triage());
        assertThat(saved.ruleIds()).isEqualTo(result.ruleIds()).contains("A2", "A8");
        assertThat(saved.resultJson()).isEqualTo(AssessmentJson.write(result));
        assertThat(saved.takenAt()).isEqualTo(DiaryFixture.NOW);
        f.clock.advance(Duration.ofDays(1));
        SavedAssessment later = f.diary.saveAssessment(f.ana, Assessor.builtIn().assess(AssessmentInput.of(Map.of())));
        assertThat(f.diary.assessments(f.ana)).containsExactly(later, saved);
        assertThat(f.diary.assessment(f.ana, saved.id())).contains(saved);
        assertThat(f.diary.deleteAssessment(f.ana, saved.id())).isTrue();
        assertThat(f.diary.assessments(f.ana)).containsExactly(later);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void twelveCrampsInFourWeeksMeetRuleA2WithTheKnowledgesTextAndSources(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        Instant old = DiaryFixture.NOW.minus(Duration.ofDays(29));
        f.diary.logCramp(f.ana, DiaryFixture.at(old, "calf"));
        for (int i = 0; i < 11; i++) {
            f.diary.logCramp(f.ana, DiaryFixture.at(DiaryFixture.NOW.minus(Duration.ofDays(2 * i + 1)), "calf"));
        }
        assertThat(f.diary.patternWarnings(f.ana)).as("11 in the window, one older").isEmpty();
        f.diary.logCramp(f.ana, DiaryFixture.at(DiaryFixture.NOW.minus(Duration.ofHours(1)), "calf"));
        List<PatternWarning> warnings = f.diary.patternWarnings(f.ana);
        Rule a2 = rule("A2");
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.ruleId()).isEqualTo("A2");
            assertThat(w.level()).isEqualTo(a2.level()).isEqualTo(TriageLevel.APPOINTMENT);
            assertThat(w.explanation()).isEqualTo(a2.explanation());
            assertThat(w.sources()).extracting(Source::id).isEqualTo(a2.sources());
            assertThat(w.finding()).isEqualTo("12 cramps in the last 4 weeks (3.0 a week)");
        });
        assertThat(f.diary.patternWarnings(f.bo)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aCrampThatWokeThePersonMeetsA8AndOneOver15MinutesMeetsA3(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        Instant recent = DiaryFixture.NOW.minus(Duration.ofDays(3));
        f.diary.logCramp(f.ana, new CrampInput(recent, null, List.of("calf"), null, 900, null, List.of("resting"), null, null));
        assertThat(f.diary.patternWarnings(f.ana)).as("exactly 15 minutes, not asleep").isEmpty();
        f.diary.logCramp(f.ana, new CrampInput(recent, null, List.of("calf"), null, 901, null, List.of("asleep"), null, null));
        List<PatternWarning> warnings = f.diary.patternWarnings(f.ana);
        assertThat(warnings).extracting(PatternWarning::ruleId).containsExactly("A3", "A8");
        assertThat(warnings.get(0).explanation()).isEqualTo(rule("A3").explanation());
        assertThat(warnings.get(0).finding()).contains("1 cramp ", "the longest 16 minutes");
        assertThat(warnings.get(1).explanation()).isEqualTo(rule("A8").explanation());
        assertThat(warnings.get(1).sources()).extracting(Source::id).isEqualTo(rule("A8").sources());
        f.clock.advance(Duration.ofDays(26));
        assertThat(f.diary.patternWarnings(f.ana)).as("older than four weeks").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void databaseErrorsDoNotCarryTheEnteredValues(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        long nobody = f.bo + 1000;
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> f.diary.logCramp(nobody,
                new CrampInput(null, null, List.of("calf"), null, null, null, null, null, "my secret note")));
        assertThat(e).isNotNull();
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("my secret note");
        }
        assertThat(TestDatabases.count(f.db, "cramp")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void concurrentWritersAllSucceed(Vendor vendor) throws Exception {
        DiaryFixture f = new DiaryFixture(vendor);
        int threads = 6;
        int each = 30;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long person = t % 2 == 0 ? f.ana : f.bo;
                LocalDate day = LocalDate.parse("2026-03-01").plusDays(t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        CrampEntry c = f.diary.logCramp(person, CrampInput.now("calf", "UTC"));
                        f.diary.updateCramp(person, c.id(), DiaryFixture.full(c.when()));
                        f.diary.saveCheckIn(person, new CheckInInput(day, null, null, i, null, null, null, null, null,
                                null, null, null));
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(TestDatabases.count(f.db, "cramp")).isEqualTo((long) threads * each);
        assertThat(TestDatabases.count(f.db, "checkin")).isEqualTo(threads);
        assertThat(f.diary.checkIns(f.ana, null, null)).extracting(CheckIn::fluidGlasses).containsOnly(each - 1);
    }

    private static Rule rule(String id) {
        return DiaryFixture.KNOWLEDGE.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
