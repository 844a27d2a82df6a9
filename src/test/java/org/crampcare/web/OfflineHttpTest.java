package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;
import org.crampcare.knowledge.ItemValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The installable, offline web app over HTTP (issue #16): the manifest and its icons, the service
 * worker's version and list of kept pages (all public), the muscles' relief steps at GET addresses
 * kept out of the access log, and the offline pages.
 */
class OfflineHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final CrampCare CRAMPCARE = SharedCrampCare.BUILT_IN;
    private static PrintStream originalErr;
    private static DiaryServer server;

    @BeforeAll
    static void start() {
        originalErr = System.err;
        System.setErr(new PrintStream(new TeeStream(originalErr, LOG), true, StandardCharsets.UTF_8));
        server = new DiaryServer();
    }

    @AfterAll
    static void stop() {
        server.close();
        System.setErr(originalErr);
    }

    @Test
    void theManifestNamesTheAppAndItsIconsAreRealPngsOfTheirSizes() throws Exception {
        HttpResponse<byte[]> manifest = get(server.url("/manifest.webmanifest"), null);
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValue("application/manifest+json");
        JsonNode m = JSON.readTree(manifest.body());
        assertThat(m.path("name").asText()).startsWith("CrampCare");
        assertThat(m.path("short_name").asText()).isEqualTo("CrampCare");
        assertThat(m.path("start_url").asText()).isEqualTo("/");
        assertThat(m.path("scope").asText()).isEqualTo("/");
        assertThat(m.path("display").asText()).isEqualTo("standalone");
        assertThat(m.path("theme_color").asText()).matches("#[0-9a-f]{6}");
        assertThat(m.path("background_color").asText()).matches("#[0-9a-f]{6}");
        List<String> seen = new ArrayList<>();
        for (JsonNode icon : m.path("icons")) {
            HttpResponse<byte[]> png = get(server.url(icon.path("src").asText()), null);
            assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            String size = image.getWidth() + "x" + image.getHeight();
            assertThat(size).isEqualTo(icon.path("sizes").asText());
            String purpose = icon.path("purpose").asText();
            seen.add(purpose + " " + size);
            if (purpose.equals("maskable")) {
                assertMarkInsideTheSafeZone(image);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("any 192x192", "any 512x512", "maskable 512x512");
    }

    @Test
    void theServiceWorkerIsVersionedByBuildAndKnowledgeAndKeepsOnlyPublicPages() throws Exception {
        HttpResponse<byte[]> sw = get(server.url("/sw.js"), null);
        assertThat(sw.statusCode()).isEqualTo(200);
        assertThat(sw.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        String script = new String(sw.body(), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("var VERSION = '([^']+)';").matcher(script);
        assertThat(version.find()).isTrue();
        assertThat(version.group(1)).matches("0\\.1\\.0-SNAPSHOT\\+\\S+-" + Pattern.quote(CRAMPCARE.knowledge().version()));
        List<String> kept = keptPages(script);

        List<String> expected = new ArrayList<>(List.of("/", "/now", "/knowledge", "/sources", "/about", "/offline",
                "/diary/offline", "/now/steps?muscle=anywhere", "/manifest.webmanifest", "/static/app.js"));
        CRAMPCARE.knowledge().topics().forEach(t -> expected.add("/knowledge/" + t.id()));
        CRAMPCARE.knowledge().item("locations").orElseThrow().values().stream().map(ItemValue::value)
                .forEach(m -> expected.add("/now/steps?muscle=" + m));
        assertThat(kept).containsAll(expected);
        assertThat(kept).as("nothing of a signed-in person's").allSatisfy(page -> {
            assertThat(page).doesNotStartWith("/account").doesNotStartWith("/api/");
            assertThat(page.equals("/diary/offline") || !page.startsWith("/diary")).isTrue();
        });

        DiaryServer.Person person = server.signUp("kept@example.org");
        server.seed(person.id());
        for (String page : kept) {
            HttpResponse<byte[]> anonymous = get(server.url(page), null);
            assertThat(anonymous.statusCode()).as(page + " without cookies, as the service worker fetches it").isEqualTo(200);
        }
        String shell = new String(get(server.url("/diary/offline"), person.cookie()).body(), StandardCharsets.UTF_8);
        assertThat(shell).as("the offline diary page shows nothing of the person").contains("Log a cramp now")
                .doesNotContain("Latest cramps").doesNotContain("What your diary shows").doesNotContain("data-owner");
        String live = new String(get(server.url("/diary"), person.cookie()).body(), StandardCharsets.UTF_8);
        assertThat(live).contains("data-owner=\"" + person.id() + "\"");
    }

    @Test
    void withoutADatabaseNoDiaryPageIsKept() throws Exception {
        try (RunningServer plain = new RunningServer()) {
            String script = new String(get(plain.url("/sw.js"), null).body(), StandardCharsets.UTF_8);
            assertThat(keptPages(script)).contains("/offline").noneMatch(p -> p.startsWith("/diary"));
            String offline = new String(get(plain.url("/offline"), null).body(), StandardCharsets.UTF_8);
            assertThat(offline).doesNotContain("href=\"/diary\">Log a cramp");
        }
    }

    @Test
    void eachMusclesReliefStepsArePublicGetPagesAndTheMuscleStaysOutOfTheAccessLog() throws Exception {
        HttpResponse<byte[]> calf = get(server.url("/now/steps?muscle=calf"), null);
        assertThat(calf.statusCode()).isEqualTo(200);
        assertThat(new String(calf.body(), StandardCharsets.UTF_8)).contains("Easing a cramp: Calf").contains("Get help instead if");
        assertThat(get(server.url("/now/steps"), null).statusCode()).as("no muscle: the steps for anywhere").isEqualTo(200);
        assertThat(get(server.url("/now/steps?muscle=nose"), null).statusCode()).isEqualTo(400);
        String picker = new String(get(server.url("/now"), null).body(), StandardCharsets.UTF_8);
        assertThat(picker).contains("<form method=\"get\" action=\"/now/steps\"").contains("name=\"muscle\" value=\"calf\"");
        Thread.sleep(600);
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("GET /now/steps 200").doesNotContain("calf").doesNotContain("muscle=");
    }

    @Test
    void theOfflinePageSaysTheCheckNeedsAConnectionAndShowsTheSigns() throws Exception {
        HttpResponse<byte[]> page = get(server.url("/offline"), null);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(html).contains("<h1>No connection</h1>").contains("Checking your cramp needs a connection")
                .contains("never shows an old result").contains("call your emergency number now")
                .contains("contact a healthcare provider today").contains("href=\"/now\"").contains("href=\"/diary\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("manifest-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    /** No pixel of the mark lies outside the central circle of 80 % diameter that every mask keeps. */
    private static void assertMarkInsideTheSafeZone(BufferedImage image) {
        int background = image.getRGB(0, 0);
        double centre = image.getWidth() / 2.0;
        double safe = image.getWidth() * 0.4;
        int outside = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > safe && image.getRGB(x, y) != background) {
                    outside++;
                }
            }
        }
        assertThat(outside).as("pixels of the mark outside the safe zone").isZero();
        assertThat(image.getRGB(image.getWidth() - 1, image.getHeight() - 1)).as("full bleed").isEqualTo(background);
    }

    private static List<String> keptPages(String script) throws Exception {
        Matcher pages = Pattern.compile("var PAGES = (\\[[^\\]]*\\]);").matcher(script);
        assertThat(pages.find()).isTrue();
        List<String> kept = new ArrayList<>();
        JSON.readTree(pages.group(1)).forEach(p -> kept.add(p.asText()));
        return kept;
    }

    private static HttpResponse<byte[]> get(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
