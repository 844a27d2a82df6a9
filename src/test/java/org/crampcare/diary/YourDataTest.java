package org.crampcare.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export as CSV and JSON, import the CSV back without losing anything, and delete everything. */
class YourDataTest {
    /** A diary with awkward text (commas, quotes, line breaks, accents, emoji, edge cases of every field). */
    private static void fill(DiaryFixture f, long person) {
        DiaryService d = f.diary;
        d.logCramp(person, DiaryFixture.full(Instant.parse("2026-03-01T23:30:00.123Z")));
        d.logCramp(person, CrampInput.now());
        d.logCramp(person, new CrampInput(Instant.parse("2026-03-02T04:05:06Z"), "America/St_Johns",
                List.of("toes", "neck", "back"), "none", 86_400, 0, List.of("exercising"),
                Map.of("nothing", 0, "pain_reliever", 2), "Zeh \u00fcber Nacht; \"Krampf\", ,  \u2603\r\n\u00e9t\u00e9 \ud83e\uddb5"));
        d.logCramp(person, new CrampInput(Instant.parse("2026-03-02T04:05:06Z"), null, null, "both", 1, 10, null, null,
                "=SUM(A1:A2)"));
        d.saveCheckIn(person, DiaryFixture.fullCheckIn(LocalDate.parse("2026-03-01")));
        d.saveCheckIn(person, CheckInInput.empty(LocalDate.parse("2026-03-02")));
        d.saveCheckIn(person, new CheckInInput(LocalDate.parse("2026-03-03"), "none", 0, 0, false, true, false, 0, 0,
                "mixed", true, "new pill,\nhalf dose"));
        f.clock.advance(Duration.ofMinutes(1));
        d.saveAssessment(person, Assessor.builtIn().assess(AssessmentInput.of(Map.of("wakes_at_night", true,
                "locations", List.of("calf")))));
        d.saveAssessment(person, Assessor.builtIn().assess(AssessmentInput.of(Map.of())));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aCsvRoundTripLosesNothing(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        fill(f, f.ana);
        YourData data = f.diary.yourData();
        String csv = data.exportCsv(f.ana);
        List<CrampEntry> cramps = f.diary.cramps(f.ana, CrampFilter.all());
        List<CheckIn> checkIns = f.diary.checkIns(f.ana, null, null);
        List<SavedAssessment> assessments = f.diary.assessments(f.ana);
        assertThat(csv.lines().count()).isGreaterThan(9);

        data.deleteEverything(f.ana);
        assertThat(data.exportCsv(f.ana)).isEqualTo(DiaryCsv.header());
        assertThat(data.importCsv(f.ana, csv)).isEqualTo(new ImportSummary(4, 3, 2));
        assertThat(data.exportCsv(f.ana)).isEqualTo(csv);

        assertThat(data.importCsv(f.bo, csv)).isEqualTo(new ImportSummary(4, 3, 2));
        assertThat(data.exportCsv(f.bo)).isEqualTo(csv);
        assertThat(withoutRecordTimes(f.diary.cramps(f.bo, CrampFilter.all()))).isEqualTo(withoutRecordTimes(cramps));
        assertThat(f.diary.checkIns(f.bo, null, null)).extracting(CheckIn::toInput)
                .isEqualTo(checkIns.stream().map(CheckIn::toInput).toList());
        assertThat(f.diary.assessments(f.bo)).extracting(SavedAssessment::takenAt, SavedAssessment::level,
                SavedAssessment::ruleIds, SavedAssessment::resultJson)
                .isEqualTo(assessments.stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.takenAt(), a.level(),
                        a.ruleIds(), a.resultJson())).toList());
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theJsonExportHoldsEverything(Vendor vendor) throws Exception {
        DiaryFixture f = new DiaryFixture(vendor);
        fill(f, f.ana);
        JsonNode root = AssessmentJson.mapper().readTree(f.diary.yourData().exportJson(f.ana));
        assertThat(root.get("format").asText()).isEqualTo("crampcare-diary");
        assertThat(root.get("email").asText()).isEqualTo("ana@example.org");
        assertThat(root.get("cramps")).hasSize(4);
        JsonNode first = root.get("cramps").get(0);
        assertThat(first.get("time").asText()).isEqualTo("2026-03-01T23:30:00.123Z");
        assertThat(first.get("local_time").asText()).isEqualTo("2026-03-02T00:30:00.123");
        assertThat(first.get("muscles").toString()).isEqualTo("[\"calf\",\"foot\"]");
        assertThat(first.get("relief").toString()).isEqualTo("{\"stretch\":3,\"heat\":1}");
        assertThat(root.get("check_ins")).hasSize(3);
        assertThat(root.get("check_ins").get(0).get("long_sitting").asBoolean()).isTrue();
        assertThat(root.get("assessments")).hasSize(2);
        assertThat(root.get("assessments").get(0).get("result").get("triage").asText()).isEqualTo("APPOINTMENT");
        assertThat(root.get("assessments").get(0).get("rule_ids").toString()).contains("A8");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deleteEverythingRemovesTheDiaryButNotTheAccountOrOthers(Vendor vendor) {
        DiaryFixture f = new DiaryFixture(vendor);
        fill(f, f.ana);
        fill(f, f.bo);
        f.diary.yourData().deleteEverything(f.ana);
        assertThat(f.diary.yourData().exportCsv(f.ana)).isEqualTo(DiaryCsv.header());
        assertThat(TestDatabases.count(f.db, "person")).isEqualTo(2);
        assertThat(f.diary.cramps(f.bo, CrampFilter.all())).hasSize(4);
        assertThat(f.diary.checkIns(f.bo, null, null)).hasSize(3);
        assertThat(f.diary.assessments(f.bo)).hasSize(2);
    }

    private static List<CrampEntry> withoutRecordTimes(List<CrampEntry> list) {
        return list.stream().map(c -> new CrampEntry(0, c.when(), c.zone(), c.muscles(), c.side(), c.durationSeconds(),
                c.pain(), c.activities(), c.relief(), c.note(), Instant.EPOCH, Instant.EPOCH)).toList();
    }
}
