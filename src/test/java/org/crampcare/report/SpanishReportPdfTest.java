package org.crampcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The doctor report in Spanish: the PDF's own words are Spanish, its numbers the same as in English. */
class SpanishReportPdfTest {
    @Test
    void theSpanishPdfHasSpanishHeadingsAndTheSameNumbers() throws IOException {
        DoctorReports reports = new DoctorReports();
        DoctorReport report = reports.build(ReportFixture.input(), ReportFixture.SPANISH);
        byte[] pdf = reports.pdf(report, ReportFixture.SPANISH);
        Files.createDirectories(Path.of("target", "report"));
        Files.write(Path.of("target", "report", "report-es.pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Resumen del diario de calambres musculares", "Resumen",
                "Con qué frecuencia y qué tan fuertes", "Calambres por semana", "El dolor a lo largo del tiempo",
                "Qué tan fuertes y cuánto duraron", "Cuándo y dónde", "Lo que ayuda", "Posibles desencadenantes",
                "Con las palabras de la persona", "Medicamentos y enfermedades anotados", "Historial de evaluaciones",
                "Preguntas para el profesional de la salud", "Acerca de este informe", "No hace diagnósticos");
        assertThat(text).contains(report.insights().cramps() + " Calambres en el periodo")
                .contains("Periodo: del 2 mar 2026 al 26 abr 2026").contains("56 de 56 Días con registro diario");
        assertThat(text).doesNotContain("Muscle cramp diary summary").doesNotContain("Questions for the provider")
                .doesNotContain("Assessment history").doesNotContain("About this report");
        assertThat(reports.xhtml(report, ReportFixture.SPANISH)).contains("lang=\"es\"");
    }

    @Test
    void theAnalysisSentencesOfTheSpanishPdfAreSpanish() throws IOException {
        DoctorReports reports = new DoctorReports();
        DoctorReport report = reports.build(ReportFixture.halfYearWithHeatLink(), ReportFixture.SPANISH);
        String text = text(reports.pdf(report, ReportFixture.SPANISH));
        assertThat(text).contains("Más calambres en la noche o el día siguiente a los días con tiempo en el calor",
                "no una prueba de que cause calambres", "mañana 6-12 h", "Para cada factor comparamos",
                "Estirar", "pantorrilla", "Dormido 64", "Lun 7");
        for (String english : List.of("More cramps", "times as often", "confidence interval", "Night 0-6 h",
                "Evening 18-24 h", "Mild 0-3", "Under 1 min", "Pain averaged", "median cramp", "Too few cramps",
                "For each factor", "Stretch", "Calf", "Asleep", "Mon ", "is not proof")) {
            assertThat(text).as("English left in the Spanish PDF").doesNotContain(english);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
