package org.crampcare.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One person can never read, change or delete another person's diary: Bo tries every diary method
 * with every id that exists (all of them Ana's) and Ana's data stays exactly as it was.
 */
class IsolationTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-14");

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyMethodWithEveryIdStaysInsideTheActingPersonsRows(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        DiaryService d = f.diary;
        d.logCramp(f.ana, DiaryFixture.full(DiaryFixture.NOW.minus(Duration.ofDays(1))));
        for (int i = 0; i < 12; i++) {
            d.logCramp(f.ana, DiaryFixture.at(DiaryFixture.NOW.minus(Duration.ofHours(i + 1)), "calf"));
        }
        d.saveCheckIn(f.ana, DiaryFixture.fullCheckIn(DAY));
        d.saveCheckIn(f.ana, DiaryFixture.fullCheckIn(DAY.minusDays(1)));
        d.saveAssessment(f.ana, Assessor.builtIn().assess(AssessmentInput.of(Map.of("wakes_at_night", true))));
        String anaBefore = d.yourData().exportJson(f.ana);
        Map<String, Long> counts = TestDatabases.counts(f.db);
        long maxId = 20;

        for (long id = 0; id <= maxId; id++) {
            assertThat(d.cramp(f.bo, id)).isEmpty();
            assertThat(d.updateCramp(f.bo, id, DiaryFixture.at(DiaryFixture.NOW, "neck"))).isEmpty();
            assertThat(d.deleteCramp(f.bo, id)).isFalse();
            assertThat(d.assessment(f.bo, id)).isEmpty();
            assertThat(d.deleteAssessment(f.bo, id)).isFalse();
        }
        assertThat(d.cramps(f.bo, CrampFilter.all())).isEmpty();
        assertThat(d.cramps(f.bo, new CrampFilter(null, null, Muscle.CALF))).isEmpty();
        assertThat(d.checkIn(f.bo, DAY)).isEmpty();
        assertThat(d.checkIns(f.bo, null, null)).isEmpty();
        assertThat(d.checkInTemplate(f.bo, DAY.plusDays(1))).isEqualTo(CheckInInput.empty(DAY.plusDays(1)));
        assertThat(d.deleteCheckIn(f.bo, DAY)).isFalse();
        assertThat(d.assessments(f.bo)).isEmpty();
        assertThat(d.patternWarnings(f.bo)).isEmpty();
        assertThat(d.yourData().exportCsv(f.bo)).isEqualTo(DiaryCsv.header());
        assertThat(d.yourData().exportJson(f.bo)).doesNotContain("ana@example.org", "woke me", "long hike");
        d.yourData().deleteEverything(f.bo);
        assertThat(TestDatabases.counts(f.db)).isEqualTo(counts);

        CheckIn bosDay = d.saveCheckIn(f.bo, CheckInInput.empty(DAY));
        assertThat(bosDay.id()).as("Bo's check-in of the same day is his own row").isNotEqualTo(d.checkIn(f.ana, DAY)
                .orElseThrow().id());
        d.logCramp(f.bo, CrampInput.now());
        d.yourData().importCsv(f.bo, d.yourData().exportCsv(f.bo));
        d.yourData().deleteEverything(f.bo);

        assertThat(d.yourData().exportJson(f.ana)).isEqualTo(anaBefore);
        assertThat(TestDatabases.counts(f.db)).isEqualTo(counts);
    }
}
