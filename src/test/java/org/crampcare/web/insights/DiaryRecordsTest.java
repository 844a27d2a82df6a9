package org.crampcare.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;
import org.crampcare.diary.Activity;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.Exercise;
import org.crampcare.diary.Muscle;
import org.crampcare.diary.Relief;
import org.crampcare.diary.SavedAssessment;
import org.crampcare.diary.Side;
import org.crampcare.diary.SleepPosition;
import org.crampcare.insights.CheckInRecord;
import org.crampcare.insights.CrampRecord;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.report.AssessmentRecord;
import org.junit.jupiter.api.Test;

/** The diary-to-insights adapter copies every field, keeps "not answered" as null, and uses the person's clock. */
class DiaryRecordsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void crampKeepsEveryFieldOnThePersonsClock() {
        Map<Relief, Integer> relief = new LinkedHashMap<>();
        relief.put(Relief.STRETCH, 3);
        relief.put(Relief.HEAT, 1);
        Instant when = Instant.parse("2026-03-01T23:30:00Z");
        CrampEntry entry = new CrampEntry(7, when, BERLIN, EnumSet.of(Muscle.CALF, Muscle.FOOT), Side.LEFT, 90, 8,
                EnumSet.of(Activity.ASLEEP), relief, "hard as a rock", when, when);
        CrampRecord r = DiaryRecords.cramp(entry);
        assertThat(r.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(r.start().getHour()).isZero();
        assertThat(r.muscles()).containsExactly("calf", "foot");
        assertThat(r.side()).isEqualTo("left");
        assertThat(r.durationSeconds()).isEqualTo(90);
        assertThat(r.pain()).isEqualTo(8);
        assertThat(r.activities()).containsExactly("asleep");
        assertThat(r.helped()).isEqualTo(Map.of("stretch", 3, "heat", 1));
        assertThat(r.note()).isEqualTo("hard as a rock");
    }

    @Test
    void bareCrampStaysUnanswered() {
        Instant when = Instant.parse("2026-03-01T10:00:00Z");
        CrampRecord r = DiaryRecords.cramp(new CrampEntry(1, when, ZoneId.of("UTC"), EnumSet.noneOf(Muscle.class),
                null, null, null, EnumSet.noneOf(Activity.class), Map.of(), null, when, when));
        assertThat(r.side()).isNull();
        assertThat(r.pain()).isNull();
        assertThat(r.durationSeconds()).isNull();
        assertThat(r.muscles()).isEmpty();
        assertThat(r.helped()).isEmpty();
    }

    @Test
    void checkInCopiesComponentForComponent() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        CheckIn full = new CheckIn(3, day, Exercise.HARD, 45, 5, true, false, null, 3, 0, SleepPosition.FRONT, true,
                "new pills", Instant.EPOCH);
        assertThat(DiaryRecords.checkIn(full)).isEqualTo(new CheckInRecord(day, "hard", 45, 5, true, false, null, 3, 0,
                "front", true, "new pills"));
        CheckIn empty = new CheckIn(4, day, null, null, null, null, null, null, null, null, null, null, null,
                Instant.EPOCH);
        assertThat(DiaryRecords.checkIn(empty)).isEqualTo(new CheckInRecord(day, null, null, null, null, null, null,
                null, null, null, null, null));
    }

    @Test
    void assessmentCarriesLevelRulesAndTheirExplanations() {
        CrampCare crampCare = SharedCrampCare.BUILT_IN;
        String rule = crampCare.knowledge().rules().get(0).id();
        SavedAssessment saved = new SavedAssessment(5, Instant.parse("2026-03-01T08:00:00Z"), TriageLevel.APPOINTMENT,
                List.of(rule, "Z99"), "{}");
        AssessmentRecord r = DiaryRecords.assessment(saved, BERLIN, crampCare.knowledge(),
                org.crampcare.web.kit.PageTexts.builtIn().in(org.crampcare.knowledge.Language.EN));
        assertThat(r.at().getHour()).isEqualTo(9);
        assertThat(r.level()).isEqualTo("APPOINTMENT");
        assertThat(r.ruleIds()).containsExactly(rule, "Z99");
        assertThat(r.explanations().get(0)).isEqualTo(crampCare.knowledge().rules().get(0).explanation());
        assertThat(r.explanations().get(1)).contains("Z99");
    }
}
