package org.crampcare.report;

import org.crampcare.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

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
        report = reports.build(ReportFixture.input(), ReportFixture.ENGLISH);
        pdf = reports.pdf(report, ReportFixture.ENGLISH);
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
                .contains(medianText + " Median pain (of 10)")
                .contains("Period: 2 Mar 2026 to 26 Apr 2026")
                .contains("56 of 56 Check-in days")
                .contains("18.3 min Longest");
    }

    @Test
    void theDiarysWordsAppearAsTextNotMarkup() {
        assertThat(text).contains(ReportFixture.NASTY_NOTE)
                .contains("Bendroflumethiazide 2.5 mg").contains("Could my water tablet cause the night cramps?")
                .contains("A8: Cramps that wake you from sleep.").contains("Started the water tablet");
    }

    @Test
    void pdftoppmRendersOneOrTwoPagesThatAreNotBlank() throws Exception {
        TestEnvironment.require(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
        try (Stream<Path> old = Files.list(PAGES)) {
            for (Path p : old.filter(ReportPdfTest::isPage).toList()) {
                Files.delete(p);
            }
        }
        Process p = new ProcessBuilder("pdftoppm", "-r", "80", "-png", PAGES.resolve("report.pdf").toString(),
                PAGES.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<Path> pngs;
        try (Stream<Path> files = Files.list(PAGES)) {
            pngs = files.filter(ReportPdfTest::isPage).sorted().toList();
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

    @Test
    void halfAYearWithALinkedTriggerStillFitsTwoPages() throws Exception {
        DoctorReports reports = new DoctorReports();
        DoctorReport linked = reports.build(ReportFixture.halfYearWithHeatLink(), ReportFixture.ENGLISH);
        byte[] bytes = reports.pdf(linked, ReportFixture.ENGLISH);
        Files.write(PAGES.resolve("report-half-year.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 2);
            String words = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(words).contains("More cramps on the night or day after days with time in heat")
                    .contains("not proof that it causes").contains(linked.insights().cramps() + " Cramps in period")
                    .contains("None noted".toLowerCase(Locale.ROOT));
        }
        if (onPath("pdftoppm")) {
            Process p = new ProcessBuilder("pdftoppm", "-r", "80", "-png", PAGES.resolve("report-half-year.pdf")
                    .toString(), PAGES.resolve("half-year").toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("page-") && name.endsWith(".png");
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
