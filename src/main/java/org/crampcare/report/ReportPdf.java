package org.crampcare.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders well-formed XHTML to PDF with openhtmltopdf, drawing inline SVG with Batik.
 *
 * <p>The PDF's built-in fonts only cover Western European letters, so a note in Cyrillic or Greek would print
 * as "#". When Debian's DejaVu Sans (package fonts-dejavu-core) is installed it is embedded as the report's
 * font; without it the built-in sans-serif is used and such letters are lost.
 */
final class ReportPdf {
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private ReportPdf() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useSVGDrawer(new BatikSVGDrawer());
        embedFont(builder, "DejaVuSans.ttf", 400);
        embedFont(builder, "DejaVuSans-Bold.ttf", 700);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the report as PDF", e);
        }
        return out.toByteArray();
    }

    private static void embedFont(PdfRendererBuilder builder, String file, int weight) {
        Path font = FONT_DIR.resolve(file);
        if (Files.isReadable(font)) {
            builder.useFont(font.toFile(), FONT_FAMILY, weight, FontStyle.NORMAL, true);
        }
    }
}
