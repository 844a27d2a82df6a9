package org.crampcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampcare.insights.CrampRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF of the fixture diary: its text carries every section and the diary's own numbers, and
 * {@code pdftoppm} turns it into one or two A4 pages that are not blank.
 */
class ReportPdfTest {
    private static final Path PAGES = Path.of("target", "report-pages");
    private static DoctorReport report;
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        DoctorReports reports = new DoctorReports();
        report = reports.build(ReportFixture.input());
        pdf = reports.pdf(report);
        Files.createDirectories(PAGES);
        Files.write(PAGES.resolve("report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everySectionIsPresent() {
        assertThat(text).contains("Muscle cramp diary summary", "Overview", "How often and how bad", "Cramps per week",
                "Pain over time", "How bad and how long", "When and where", "Cramps by time of day",
                "Cramps by muscle", "What helps", "Possible triggers", "In the person's words",
                "Medicines and conditions noted", "Assessment history", "Questions for the provider",
                "About this report", "It does not diagnose");
    }

    @Test
    void numbersEqualTheDiarys() {
        List<CrampRecord> inPeriod = ReportFixture.cramps().stream()
                .filter(c -> !c.start().toLocalDate().isBefore(ReportFixture.FROM)).toList();
        int[] pains = inPeriod.stream().mapToInt(CrampRecord::pain).sorted().toArray();
        double median = pains.length % 2 == 1 ? pains[pains.length / 2]
                : (pains[pains.length / 2 - 1] + pains[pains.length / 2]) / 2.0;
        String medianText = median % 1 == 0 ? Integer.toString((int) median) : String.format(Locale.ROOT, "%.1f", median);

        assertThat(report.insights().cramps()).isEqualTo(inPeriod.size());
        assertThat(text).contains(inPeriod.size() + " Cramps in period")
                .contains("14 Nov 2025 First cramp recorded")
                .contains(medianText + " Median pain (0-10)")
                .contains("Period: 2 Mar 2026 to 26 Apr 2026")
                .contains("56 of 56 Check-in days")
                .contains("18.3 min Longest");
    }

    @Test
    void theDiarysWordsAppearAsTextNotMarkup() {
        assertThat(text).contains("Calf like a <b>rock</b> & \"knotted\" <script>alert(1)</script>")
                .contains("Bendroflumethiazide 2.5 mg").contains("Could my water tablet cause the night cramps?")
                .contains("A8: Cramps that wake you from sleep.").contains("Started the water tablet");
    }

    @Test
    void pdftoppmRendersOneOrTwoPagesThatAreNotBlank() throws Exception {
        assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
        try (Stream<Path> old = Files.list(PAGES)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(p);
            }
        }
        Process p = new ProcessBuilder("pdftoppm", "-r", "80", "-png", PAGES.resolve("report.pdf").toString(),
                PAGES.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<Path> pngs;
        try (Stream<Path> files = Files.list(PAGES)) {
            pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(pngs).hasSizeBetween(1, 2);
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            // A4 at 80 dpi is about 661 x 935 pixels.
            assertThat(image.getWidth()).isBetween(655, 667);
            assertThat(image.getHeight()).isBetween(930, 940);
            assertThat(inkShare(image)).isGreaterThan(0.01);
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / (image.getWidth() * image.getHeight() / 4.0);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
