package org.crampcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
