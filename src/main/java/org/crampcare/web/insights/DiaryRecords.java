package org.crampcare.web.insights;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.SavedAssessment;
import org.crampcare.insights.CheckInRecord;
import org.crampcare.insights.CrampRecord;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Rule;
import org.crampcare.report.AssessmentRecord;
import org.crampcare.report.ReportWords;

/**
 * Copies stored diary entries into the plain records the insights and report code reads.
 *
 * <p>Both sides use the same lower-case words, so each conversion is a field-by-field copy; null
 * still means "not answered".
 */
final class DiaryRecords {
    private DiaryRecords() {
    }

    /** A stored cramp as the analysis sees it, on the person's own clock. */
    static CrampRecord cramp(CrampEntry e) {
        Map<String, Integer> helped = new LinkedHashMap<>();
        e.relief().forEach((relief, amount) -> helped.put(relief.value(), amount));
        return new CrampRecord(e.when().atZone(e.zone()),
                e.muscles().stream().map(m -> m.value()).toList(),
                e.side() == null ? null : e.side().value(), e.durationSeconds(), e.pain(),
                e.activities().stream().map(a -> a.value()).toList(),
                helped, e.note());
    }

    /** A stored check-in as the analysis sees it. */
    static CheckInRecord checkIn(CheckIn c) {
        return new CheckInRecord(c.date(), c.exercise() == null ? null : c.exercise().value(), c.heatMinutes(),
                c.fluidGlasses(), c.longSitting(), c.longStanding(), c.tightShoes(), c.caffeineDrinks(),
                c.alcoholDrinks(), c.sleepPosition() == null ? null : c.sleepPosition().value(),
                c.medicineChanged(), c.note());
    }

    /** A saved assessment for the report's history, with each fired rule's plain explanation. */
    static AssessmentRecord assessment(SavedAssessment a, ZoneId zone, KnowledgeBase knowledge, ReportWords words) {
        List<String> explanations = a.ruleIds().stream().map(id -> knowledge.rules().stream()
                .filter(r -> r.id().equals(id)).map(Rule::explanation).findFirst()
                .orElseGet(() -> words.f("report.rule-gone", id))).toList();
        return new AssessmentRecord(a.takenAt().atZone(zone), a.level().name(), a.ruleIds(), explanations);
    }
}
