package org.crampcare.report;

import java.util.List;

/**
 * One chart as SVG with its title, a one-sentence summary and its numbers as a table.
 *
 * <p>The same SVG goes into the web page and the PDF; the table is what a screen reader reads instead
 * of the picture, so it holds exactly the numbers drawn.
 *
 * @param id       unique on a page; prefixes the ids inside the SVG
 * @param title    what the chart shows
 * @param summary  the main point in one sentence
 * @param columns  the table's column headings
 * @param rows     the table's rows, as text in the order of the columns
 * @param svg      a standalone {@code <svg>} element with integer width and height, a viewBox,
 *                 {@code role="img"} and {@code aria-labelledby} pointing at its title and description
 */
public record Chart(String id, String title, String summary, List<String> columns, List<List<String>> rows,
                    String svg) {
    public Chart {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The chart as an XHTML {@code <figure>}: the SVG, the summary as caption and the numbers as a
     * table captioned in {@code words}' language.
     */
    public String figure(ReportWords words) {
        StringBuilder html = new StringBuilder(svg.length() + 512);
        html.append("<figure class=\"chart\" id=\"").append(Xml.escape(id)).append("\">")
                .append("<h3>").append(Xml.escape(title)).append("</h3>").append(svg)
                .append("<figcaption>").append(Xml.escape(summary)).append("</figcaption>")
                .append("<table class=\"chart-data\"><caption>").append(Xml.escape(words.f("chart.numbers", title)))
                .append("</caption><thead><tr>");
        columns.forEach(c -> html.append("<th scope=\"col\">").append(Xml.escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                html.append('<').append(tag).append('>').append(Xml.escape(row.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></figure>").toString();
    }
}
