package org.crampcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crampcare.insights.Count;
import org.crampcare.insights.DateRange;
import org.crampcare.insights.Insights;
import org.crampcare.insights.InsightsAnalyzer;
import org.crampcare.insights.WeekCount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Each chart's SVG is well-formed, named for screen readers, whole-number sized, and its table holds its data. */
class ChartSvgTest {
    private static final Insights INSIGHTS = new InsightsAnalyzer().analyze(
            new DateRange(ReportFixture.FROM, ReportFixture.TO), ReportFixture.cramps(), ReportFixture.checkIns());

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void svgIsWellFormedAccessibleAndWholeNumberSized(int index) throws Exception {
        Chart chart = Charts.all(INSIGHTS, ReportFixture.ENGLISH).get(index);
        Element svg = parse(chart.svg()).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("width")).matches("\\d+");
        assertThat(svg.getAttribute("height")).matches("\\d+");
        assertThat(svg.getAttribute("viewBox"))
                .isEqualTo("0 0 " + svg.getAttribute("width") + " " + svg.getAttribute("height"));
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
        assertThat(text(svg, "title", labelledBy[0])).isEqualTo(chart.title());
        assertThat(text(svg, "desc", labelledBy[1])).isEqualTo(chart.summary());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void figureIsWellFormedXhtml(int index) throws Exception {
        Chart chart = Charts.all(INSIGHTS, ReportFixture.ENGLISH).get(index);
        Document figure = parse(chart.figure(ReportFixture.ENGLISH));
        assertThat(figure.getElementsByTagName("tr").getLength()).isEqualTo(chart.rows().size() + 1);
    }

    @org.junit.jupiter.api.Test
    void perWeekTableMatchesTheCountsAndTheBars() throws Exception {
        Chart chart = Charts.perWeek(INSIGHTS, ReportFixture.ENGLISH);
        List<WeekCount> weeks = INSIGHTS.patterns().perWeek();
        assertThat(chart.rows()).hasSize(8);
        for (int i = 0; i < weeks.size(); i++) {
            assertThat(chart.rows().get(i)).containsExactly(weeks.get(i).weekStart().toString(),
                    Integer.toString(weeks.get(i).cramps()));
        }
        int sum = chart.rows().stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
        assertThat(sum).isEqualTo(INSIGHTS.cramps());
        // One bar per week; the tallest bar is the week with the most cramps and reaches the axis top.
        NodeList rects = parse(chart.svg()).getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(weeks.size());
        List<Double> heights = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            heights.add(Double.parseDouble(((Element) rects.item(i)).getAttribute("height")));
        }
        int most = weeks.stream().mapToInt(WeekCount::cramps).max().orElseThrow();
        int tallest = heights.indexOf(heights.stream().max(Double::compare).orElseThrow());
        assertThat(weeks.get(tallest).cramps()).isEqualTo(most);
    }

    @org.junit.jupiter.api.Test
    void timeOfDayAndMuscleTablesMatchThePatterns() {
        assertThat(Charts.timeOfDay(INSIGHTS, ReportFixture.ENGLISH).rows()).containsExactlyElementsOf(rows(INSIGHTS.patterns().timeOfDay()));
        assertThat(Charts.byMuscle(INSIGHTS, ReportFixture.ENGLISH).rows()).containsExactlyElementsOf(rows(INSIGHTS.patterns().muscles()));
        assertThat(Charts.byMuscle(INSIGHTS, ReportFixture.ENGLISH).rows().get(0).get(0)).isEqualTo("foot");
    }

    @org.junit.jupiter.api.Test
    void painTableHoldsEveryScoreOnce() {
        int scores = Charts.painOverTime(INSIGHTS, ReportFixture.ENGLISH).rows().stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
        assertThat(scores).isEqualTo(INSIGHTS.patterns().painOverTime().size()).isEqualTo(INSIGHTS.cramps());
    }

    @org.junit.jupiter.api.Test
    void anEmptyPeriodStillDrawsValidCharts() throws Exception {
        Insights empty = new InsightsAnalyzer().analyze(new DateRange(ReportFixture.FROM, ReportFixture.FROM),
                List.of(), List.of());
        for (Chart chart : Charts.all(empty, ReportFixture.ENGLISH)) {
            parse(chart.svg());
            assertThat(chart.summary()).startsWith("No ");
        }
    }

    private static List<List<String>> rows(List<Count> counts) {
        return counts.stream().map(c -> List.of(c.label(), Integer.toString(c.count()))).toList();
    }

    private static String text(Element svg, String tag, String id) {
        Element e = (Element) svg.getElementsByTagNameNS("*", tag).item(0);
        assertThat(e.getAttribute("id")).isEqualTo(id);
        return e.getTextContent();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
