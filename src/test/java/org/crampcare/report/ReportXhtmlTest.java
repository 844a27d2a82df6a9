package org.crampcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The report's XHTML is well-formed, escapes the person's text, has a print stylesheet; the record is JSON. */
class ReportXhtmlTest {
    private final DoctorReports reports = new DoctorReports();
    private final DoctorReport report = reports.build(ReportFixture.input(), ReportFixture.ENGLISH);
    private final String xhtml = reports.xhtml(report, ReportFixture.ENGLISH);

    @Test
    void isWellFormedWithEverySection() throws Exception {
        Document doc = ChartSvgTest.parse(xhtml);
        NodeList sections = doc.getElementsByTagName("section");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < sections.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) sections.item(i)).getAttribute("id"));
        }
        assertThat(ids).containsExactly("overview", "how-often", "how-bad", "when", "what-helps", "triggers", "notes",
                "medicines", "assessments", "questions", "about");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(4);
    }

    /** Hazard H-12: the report is read by a clinician who may have set a fluid limit; it never advises an amount. */
    @Test
    void carriesNoFluidAmountOrAdviceToDrink() {
        String text = xhtml.replaceAll("<[^>]+>", " ");
        assertThat(text)
                .doesNotContainPattern("(?i)\\b\\d+([.,]\\d+)?\\s*(litres?|liters?|ml|millilit\\w*|ounces?|oz|cups?|glasses)\\b")
                .doesNotContainPattern("(?i)\\b(drink|sip)\\s+(more|plenty|enough|water|fluids?)\\b")
                .doesNotContainPattern("(?i)\\bstay\\s+hydrated\\b");
    }

    @Test
    void escapesNotesSoTheyCannotBecomeMarkup() throws Exception {
        assertThat(xhtml).doesNotContain("<script>").doesNotContain("<b>rock")
                .contains("Calf like a &lt;b&gt;rock&lt;/b&gt; &amp; &quot;knotted&quot; &lt;script&gt;");
        assertThat(ChartSvgTest.parse(xhtml).getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void dropsCharactersXmlCannotHold() {
        assertThat(Xml.escape("a\u0000b\u0007c\td")).isEqualTo("abc\td");
        assertThat(Xml.escape(null)).isEmpty();
    }

    @Test
    void hasPageSizeAndPrintRules() {
        assertThat(xhtml).contains("@page { size: A4;").contains("@media print");
    }

    @Test
    void showsTheMostRecentNotesNewestFirst() {
        assertThat(report.recentNotes()).hasSize(DoctorReports.RECENT_NOTES);
        assertThat(report.recentNotes().get(0).text()).isEqualTo(ReportFixture.NASTY_NOTE);
        assertThat(report.recentNotes()).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    @Test
    void serialisesToJsonWithoutLosingTheNumbers() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode tree = json.readTree(json.writeValueAsString(report));

        assertThat(tree.at("/insights/cramps").asInt()).isEqualTo(report.insights().cramps());
        assertThat(tree.at("/insights/firstCramp").asText()).isEqualTo("2025-11-14");
        assertThat(tree.at("/insights/range/from").asText()).isEqualTo("2026-03-02");
        assertThat(tree.at("/insights/triggers/testsRun").asInt()).isEqualTo(report.insights().triggers().testsRun());
        assertThat(tree.at("/charts").size()).isEqualTo(4);
        assertThat(tree.at("/charts/0/svg").asText()).startsWith("<svg");
        assertThat(tree.at("/assessments/0/ruleIds").isArray()).isTrue();
        assertThat(tree.at("/insights/patterns/pain/median").isNumber()).isTrue();
    }
}
