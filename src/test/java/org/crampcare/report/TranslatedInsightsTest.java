package org.crampcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crampcare.insights.Count;
import org.crampcare.insights.DateRange;
import org.crampcare.insights.FactorResult;
import org.crampcare.insights.Insights;
import org.crampcare.insights.InsightsAnalyzer;
import org.crampcare.insights.NotEnoughData;
import org.crampcare.insights.ReliefRank;
import org.crampcare.insights.TriggerReport;
import org.junit.jupiter.api.Test;

/**
 * The insights' sentences written from the page texts: in English word for word what the analysis
 * writes (so the pages' English is unchanged and the texts the translations start from are right),
 * in Spanish with no English sentence or label left.
 */
class TranslatedInsightsTest {
    private static final InsightsAnalyzer ANALYZER = new InsightsAnalyzer();

    @Test
    void theEnglishTextsWriteExactlyTheAnalysisOwnSentences() {
        for (Insights insights : samples()) {
            Insights english = TranslatedInsights.translate(insights, ReportFixture.ENGLISH);
            assertThat(sentences(english)).isEqualTo(sentences(insights));
            assertThat(english.patterns().timeOfDay()).isEqualTo(insights.patterns().timeOfDay());
            assertThat(english.patterns().dayOfWeek()).isEqualTo(insights.patterns().dayOfWeek());
            assertThat(english.patterns().painBands()).isEqualTo(insights.patterns().painBands());
            assertThat(english.patterns().durationBands()).isEqualTo(insights.patterns().durationBands());
            assertThat(TranslatedInsights.of(insights, ReportFixture.ENGLISH)).as("English is shown as analysed")
                    .isSameAs(insights);
        }
    }

    @Test
    void everyKindOfSentenceIsCoveredBySomeSample() {
        List<String> all = samples().stream().flatMap(i -> sentences(i).stream()).toList();
        for (String kind : List.of("More cramps", "No clear link", "Not enough data yet", "more check-in days and",
                "more check-in days", "Pain averaged", "Too few cramps with a pain score", "The median cramp lasted",
                "(too few tries to say much)", "on average.", "on the night or day after days with")) {
            assertThat(all).as(kind).anyMatch(s -> s.contains(kind));
        }
    }

    @Test
    void theSpanishTextsLeaveNoEnglishSentenceOrLabel() {
        for (Insights insights : samples()) {
            Insights spanish = TranslatedInsights.of(insights, ReportFixture.SPANISH);
            List<String> english = sentences(insights).stream().filter(s -> s.contains(" ")).toList();
            List<String> translated = sentences(spanish).stream().filter(s -> s.contains(" ")).toList();
            for (int i = 0; i < english.size(); i++) {
                assertThat(translated.get(i)).as(english.get(i)).isNotEqualTo(english.get(i));
            }
            assertThat(String.join(" ", translated)).doesNotContain(" days", "cramps", "times as often", "tried on",
                    "Not enough", "on the night");
            assertThat(labels(spanish)).doesNotContain("Night 0-6 h", "Mon", "Mild 0-3", "Under 1 min", "calf", "asleep");
        }
        Insights linked = analyze(ReportFixture.halfYearWithHeatLink());
        FactorResult heat = TranslatedInsights.of(linked, ReportFixture.SPANISH).triggers().linkedMore().get(0);
        assertThat(heat.label()).isEqualTo("tiempo en el calor");
        assertThat(heat.sentence()).startsWith("Más calambres en la noche o el día siguiente a los días con tiempo en "
                + "el calor: un calambre en ").contains("no una prueba de que cause calambres");
        assertThat(TranslatedInsights.linkedQuestion(linked.triggers().linkedMore().get(0), ReportFixture.SPANISH))
                .isEqualTo("Mi diario muestra más calambres en la noche o el día siguiente a los días con tiempo en el "
                        + "calor. ¿Vale la pena revisarlo?");
        assertThat(TranslatedInsights.linkedQuestion(linked.triggers().linkedMore().get(0), ReportFixture.ENGLISH))
                .isEqualTo("My diary shows more cramps on the night or day after days with time in heat. Is that worth "
                        + "looking into?");
    }

    private static List<Insights> samples() {
        ReportInput fixture = ReportFixture.input();
        ReportInput shortOne = new ReportInput(new DateRange(ReportFixture.FROM, ReportFixture.FROM.plusDays(9)),
                fixture.cramps(), fixture.checkIns(), List.of(), List.of(), List.of(), List.of(), ReportFixture.TO);
        return List.of(analyze(fixture), analyze(ReportFixture.halfYearWithHeatLink()), analyze(shortOne));
    }

    private static Insights analyze(ReportInput in) {
        return ANALYZER.analyze(in.range(), in.cramps(), in.checkIns());
    }

    /** Every sentence and factor label of the insights, in a fixed order. */
    private static List<String> sentences(Insights in) {
        TriggerReport t = in.triggers();
        List<String> out = new ArrayList<>(List.of(in.patterns().painTrend(), in.patterns().durationTrend(), t.method()));
        in.whatHelps().stream().map(ReliefRank::sentence).forEach(out::add);
        Stream.of(t.linkedMore(), t.linkedFewer(), t.noClearLink()).flatMap(List::stream)
                .forEach(r -> out.addAll(List.of(r.label(), r.sentence())));
        t.notEnoughData().stream().map(NotEnoughData::sentence).forEach(out::add);
        return out;
    }

    private static List<String> labels(Insights in) {
        var p = in.patterns();
        return Stream.of(p.timeOfDay(), p.dayOfWeek(), p.painBands(), p.durationBands(), p.muscles(), p.activities())
                .flatMap(List::stream).map(Count::label).toList();
    }
}
