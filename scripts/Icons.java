import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws CrampCare's app icons (the web app manifest's 192 px, 512 px and maskable 512 px PNGs).
 *
 * <p>Run from the project folder: {@code java scripts/Icons.java src/main/resources/web/static}.
 * The mark is a white open ring (the "C") with a yellow zigzag, a muscle twitching, on the
 * brand blue. The maskable icon fills the whole square with blue and keeps the mark inside the
 * central circle of 80 % diameter that every platform's mask leaves visible.
 */
public final class Icons {
    private static final Color BLUE = new Color(0x0b4f9c);
    private static final Color WHITE = Color.WHITE;
    private static final Color YELLOW = new Color(0xffbf47);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/web/static");
        Files.createDirectories(dir);
        write(dir.resolve("icon-192.png"), icon(192, false));
        write(dir.resolve("icon-512.png"), icon(512, false));
        write(dir.resolve("icon-maskable-512.png"), icon(512, true));
    }

    /** One icon; {@code maskable} fills the square and draws the mark smaller, within the safe zone. */
    static BufferedImage icon(int size, boolean maskable) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(BLUE);
        if (maskable) {
            g.fillRect(0, 0, size, size);
        } else {
            double corner = size * 0.44;
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, corner, corner));
        }
        double s = size * (maskable ? 0.62 : 0.8);
        double x0 = (size - s) / 2;
        double y0 = (size - s) / 2;
        g.setColor(WHITE);
        g.setStroke(new BasicStroke((float) (s * 0.11), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double r = s * 0.36;
        g.draw(new Arc2D.Double(x0 + s / 2 - r, y0 + s / 2 - r, 2 * r, 2 * r, 40, 280, Arc2D.OPEN));
        Path2D zigzag = new Path2D.Double();
        double[][] points = {{0.24, 0.5}, {0.38, 0.5}, {0.46, 0.36}, {0.56, 0.64}, {0.64, 0.5}, {0.8, 0.5}};
        zigzag.moveTo(x0 + s * points[0][0], y0 + s * points[0][1]);
        for (int i = 1; i < points.length; i++) {
            zigzag.lineTo(x0 + s * points[i][0], y0 + s * points[i][1]);
        }
        g.setColor(YELLOW);
        g.setStroke(new BasicStroke((float) (s * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(zigzag);
        g.dispose();
        return image;
    }

    private static void write(Path file, BufferedImage image) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        System.out.println(file + " " + image.getWidth() + "x" + image.getHeight());
    }
}
