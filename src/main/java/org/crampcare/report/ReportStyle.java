package org.crampcare.report;

/**
 * The report's stylesheet: readable on screen, two A4 pages in print, chart tables kept for screen readers.
 */
final class ReportStyle {
    static final String CSS = String.join("\n",
            "@page { size: A4; margin: 12mm 13mm; }",
            "body { font-family: \"DejaVu Sans\", sans-serif; font-size: 9pt; color: #222222; line-height: 1.3; }",
            "h1 { font-size: 15pt; margin: 0 0 2pt 0; }",
            "h2 { font-size: 11pt; margin: 8pt 0 3pt 0; border-bottom: 1px solid #888888; }",
            "h3 { font-size: 9.5pt; margin: 3pt 0 2pt 0; }",
            "p { margin: 2pt 0; }",
            ".lead { color: #333333; }",
            ".small { font-size: 8pt; color: #333333; }",
            "table.figures { width: 100%; border-collapse: collapse; }",
            "table.figures td { border: 1px solid #bbbbbb; padding: 3pt; text-align: center; width: 14%; }",
            "table.figures .value { display: block; font-size: 12pt; font-weight: bold; }",
            "table.figures .label { display: block; font-size: 7.5pt; color: #333333; }",
            "table.layout { width: 100%; border-collapse: collapse; }",
            "table.layout > tbody > tr > td { vertical-align: top; padding: 0 6pt 0 0; width: 50%; }",
            "table.data { border-collapse: collapse; margin: 2pt 0; }",
            "table.data th, table.data td { border: 1px solid #cccccc; padding: 1pt 5pt; text-align: left; }",
            "table.data thead th { background: #eeeeee; }",
            "figure { margin: 0; page-break-inside: avoid; }",
            "figcaption { font-size: 8pt; color: #333333; }",
            "section { page-break-inside: avoid; }",
            "ul, ol { margin: 2pt 0; padding-left: 14pt; }",
            ".notes .when { font-weight: bold; }",
            "table.chart-data { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }",
            "@media print { table.chart-data { display: none; } }");

    private ReportStyle() {
    }
}
