package org.crampcare.web.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.CrampFilter;
import org.crampcare.diary.DiaryService;
import org.crampcare.diary.SavedAssessment;
import org.crampcare.insights.CheckInRecord;
import org.crampcare.insights.CrampRecord;
import org.crampcare.insights.DateRange;
import org.crampcare.insights.Insights;
import org.crampcare.insights.InsightsAnalyzer;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.web.kit.Texts;
import org.crampcare.report.AssessmentRecord;
import org.crampcare.report.DoctorReport;
import org.crampcare.report.DoctorReports;
import org.crampcare.report.ReportInput;
import org.crampcare.report.TranslatedInsights;

/**
 * One person's insights and doctor report, read from their diary for a period.
 *
 * <p>Every call takes the person id from the session, so a request only ever reads its own person's diary.
 */
public final class DiaryInsights {
    private static final String PROVIDER_TOPIC = "provider";
    private static final String ASK_THEM = "ask-them";
    /** At most this many questions about the person's own linked factors lead the list. */
    private static final int LINKED_QUESTIONS = 2;

    private final DiaryService diary;
    private final KnowledgeBase knowledge;
    private final Clock clock;
    private final InsightsAnalyzer analyzer = new InsightsAnalyzer();
    private final DoctorReports reports = new DoctorReports();

    /** The insights of the diaries in {@code diary}, with today on {@code clock}. */
    public DiaryInsights(DiaryService diary, KnowledgeBase knowledge, Clock clock) {
        this.diary = diary;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Today on the person's clock: the zone of their latest cramp, else UTC. */
    public LocalDate today(long personId) {
        return LocalDate.now(clock.withZone(zone(cramps(personId))));
    }

    /** The patterns, what helps and the trigger analysis of the period. */
    Insights insights(long personId, DateRange range) {
        List<CrampRecord> cramps = cramps(personId).stream().map(DiaryRecords::cramp).toList();
        return analyzer.analyze(range, cramps, checkIns(personId, range));
    }

    /** The doctor report of the period, with the assessment history and questions for the provider, in {@code words}' language. */
    DoctorReport report(long personId, DateRange range, Texts words) {
        KnowledgeBase knowledge = this.knowledge.in(words.language());
        List<CrampEntry> entries = cramps(personId);
        ZoneId zone = zone(entries);
        List<SavedAssessment> saved = diary.assessments(personId);
        List<AssessmentRecord> history = saved.stream().map(a -> DiaryRecords.assessment(a, zone, knowledge, words)).toList();
        List<String> medicines = saved.isEmpty() ? List.of()
                : NotedAnswers.labels(saved.get(0), NotedAnswers.MEDICINES, knowledge);
        List<String> conditions = saved.isEmpty() ? List.of()
                : NotedAnswers.labels(saved.get(0), NotedAnswers.CONDITIONS, knowledge);
        List<CrampRecord> cramps = entries.stream().map(DiaryRecords::cramp).toList();
        List<CheckInRecord> checkIns = checkIns(personId, range);
        List<String> questions = new ArrayList<>();
        analyzer.analyze(range, cramps, checkIns).triggers().linkedMore().stream().limit(LINKED_QUESTIONS)
                .forEach(r -> questions.add(TranslatedInsights.linkedQuestion(r, words)));
        questions.addAll(questions(words.language()));
        return reports.build(new ReportInput(range, cramps, checkIns, history, medicines, conditions, questions,
                LocalDate.now(clock.withZone(zone))), words);
    }

    /** The report as a complete XHTML document. */
    String xhtml(DoctorReport report, Texts words) {
        return reports.xhtml(report, words);
    }

    /** The report as PDF bytes. */
    byte[] pdf(DoctorReport report, Texts words) {
        return reports.pdf(report, words);
    }

    /** The doctor report of the period as PDF bytes, in the language of {@code words} (for the FHIR diary export). */
    public byte[] reportPdf(long personId, DateRange range, Texts words) {
        return pdf(report(personId, range, words), words);
    }

    /**
     * The questions the knowledge base suggests asking a provider, in {@code language}, leaving out
     * those about children: which those are is read from the English, whose words the filter knows,
     * and the same questions are left out of every translation (they keep their order).
     */
    List<String> questions(Language language) {
        List<String> english = askThem(knowledge.in(Language.base()));
        List<String> translated = askThem(knowledge.in(language));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < english.size() && i < translated.size(); i++) {
            if (!english.get(i).contains("child")) {
                out.add(translated.get(i));
            }
        }
        return out;
    }

    private static List<String> askThem(KnowledgeBase knowledge) {
        return knowledge.topic(PROVIDER_TOPIC).map(t -> t.entries().stream()
                .filter(e -> ASK_THEM.equals(e.group())).map(ContentEntry::steps)
                .flatMap(List::stream).toList()).orElse(List.of());
    }

    /** Every cramp: earlier ones give the date of the first cramp, and the analysis keeps the period's. */
    private List<CrampEntry> cramps(long personId) {
        return diary.cramps(personId, CrampFilter.all());
    }

    private List<CheckInRecord> checkIns(long personId, DateRange range) {
        return diary.checkIns(personId, range.from(), range.to()).stream()
                .map(DiaryRecords::checkIn).toList();
    }

    private static ZoneId zone(List<CrampEntry> cramps) {
        return cramps.stream().max(Comparator.comparing(CrampEntry::when)).map(CrampEntry::zone)
                .orElse(ZoneOffset.UTC);
    }
}
