package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.CrampCare;
import org.crampcare.SharedCrampCare;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.CrampFilter;
import org.crampcare.diary.Muscle;
import org.crampcare.knowledge.ItemValue;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The installable, offline web app in Chromium (issue #16): install criteria, every kept page and
 * "Cramping now → calf" with the network really gone, the assessment refusing to answer offline,
 * and a cramp logged offline that arrives exactly once although the first answer is lost.
 *
 * <p>The browser reaches the server through a {@link FlakyNetwork} relay, switched off together with
 * DevTools' network emulation ({@link OfflineDevice}); the service worker is installed once for the class.
 */
class OfflineBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOG_CRAMP = "POST /api/v1/diary/cramps ";
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static DiaryServer server;
    private static FlakyNetwork network;
    private static Browser browser;
    private static OfflineDevice device;

    @BeforeAll
    static void start() throws Exception {
        server = new DiaryServer();
        network = new FlakyNetwork(URI.create(server.url("/")).getPort());
        browser = CHROMIUM.open(network::url, true);
        device = new OfflineDevice(browser, network);
        device.install("/");
    }

    @AfterEach
    void backOnlineWithoutScriptErrors() {
        device.online();
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @AfterAll
    static void stop() {
        if (network != null) {
            network.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void installCriteriaAreMet() throws Exception {
        browser.open("/");
        assertThat(device.controller()).isEqualTo(network.url("/sw.js"));
        Map<String, Object> manifest = browser.driver().executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat(manifest.get("url")).isEqualTo(network.url("/manifest.webmanifest"));
        assertThat((List<?>) manifest.get("errors")).as("manifest errors").isEmpty();
        JsonNode data = JSON.readTree(String.valueOf(manifest.get("data")));
        assertThat(data.path("name").asText()).startsWith("CrampCare");
        assertThat(data.path("short_name").asText()).isEqualTo("CrampCare");
        assertThat(data.path("start_url").asText()).isEqualTo("/");
        assertThat(data.path("display").asText()).isEqualTo("standalone");
        assertThat(data.path("theme_color").asText()).isNotEmpty();
        Map<String, Object> installable = browser.driver().executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertThat((List<?>) installable.get("installabilityErrors")).as("Chromium's own install check").isEmpty();
        Map<String, String> icons = new LinkedHashMap<>();
        for (JsonNode icon : data.path("icons")) {
            String size = String.valueOf(browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(function (r) { return r.blob(); }).then(createImageBitmap)"
                    + ".then(function (b) { done(b.width + 'x' + b.height); }, function (e) { done('ERROR ' + e); });",
                    icon.path("src").asText()));
            icons.put(icon.path("purpose").asText("any") + " " + icon.path("sizes").asText(), size);
        }
        assertThat(icons).containsExactlyInAnyOrderEntriesOf(Map.of("any 192x192", "192x192", "any 512x512", "512x512",
                "maskable 512x512", "512x512"));
    }

    @Test
    void everyKeptPageOpensWithoutAConnectionExactlyAsOnline() throws Exception {
        Map<String, String> online = new LinkedHashMap<>();
        for (String path : keptPages()) {
            browser.open(path);
            assertThat(device.showsACopy()).as(path + " online").isFalse();
            online.put(path, browser.h1() + "\n" + browser.find("main").getText());
        }
        device.offline();
        for (Map.Entry<String, String> page : online.entrySet()) {
            browser.open(page.getKey());
            assertThat(device.showsACopy()).as(page.getKey() + " is the kept copy").isTrue();
            assertThat(browser.find(".emergency-signs").getText()).contains("emergency number");
            String main = browser.find("main").getText().replace(browser.find(".offline-note").getText() + "\n", "");
            assertThat(browser.h1() + "\n" + main).as(page.getKey() + " offline").isEqualTo(page.getValue());
        }
        browser.open("/diary/cramps");
        assertThat(browser.h1()).as("a diary page offline").isEqualTo("My diary");
        assertThat(browser.text()).contains("Your diary's pages need a connection").contains("Log a cramp now");
        browser.open("/no-such-page");
        assertThat(browser.h1()).isEqualTo("No connection");
    }

    @Test
    void crampingNowThenCalfWorksOfflineWithTheTimer() throws Exception {
        device.offline();
        browser.open("/");
        assertThat(device.showsACopy()).isTrue();
        browser.clickText("I'm cramping right now");
        assertThat(browser.h1()).isEqualTo("Where is the cramp?");
        browser.clickText("Calf (back of the lower leg)");
        assertThat(browser.h1()).startsWith("Easing a cramp: Calf");
        assertThat(device.showsACopy()).isTrue();
        assertThat(browser.count("ol.steps li")).isGreaterThan(3);
        assertThat(browser.find(".now-warning").getText()).contains("call your emergency number now");
        browser.find(".timer-start").click();
        assertThat(browser.find(".timer-display").isDisplayed()).isTrue();
        assertThat(browser.find(".timer-status").getText()).contains("Timer started");
        browser.screenshots("offline-now-steps");

        device.online();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(25))
                .until(d -> browser.find(".offline-note").getText().contains("The connection is back"));
        assertThat(browser.find(".timer-display").isDisplayed()).as("the running timer is not cut short").isTrue();
        assertThat(browser.find(".offline-note a").getAttribute("href")).isEqualTo(network.url("/now/steps?muscle=calf"));
    }

    @Test
    void theAssessmentOfflineSaysItNeedsAConnectionAndShowsTheSignsNeverAResult() throws Exception {
        browser.open("/assessment");
        browser.clickText("Start the questions");
        assertThat(browser.text()).contains("Step 1 of 5");
        browser.answerNo("unbearable_pain", "all_over_body", "toxin_exposure");
        device.offline();
        browser.press("next");
        assertThat(browser.h1()).isEqualTo("No connection");
        assertThat(browser.text()).contains("Checking your cramp needs a connection")
                .contains("never shows an old result and never guesses one").contains("call your emergency number now")
                .contains("contact a healthcare provider today").doesNotContain("Your result").doesNotContain("Step 2 of 5");
        browser.screenshots("offline-assessment");

        browser.open("/assessment");
        assertThat(browser.h1()).isEqualTo("No connection");
        assertThat(browser.text()).contains("Checking your cramp needs a connection");
    }

    @Test
    void aCrampLoggedOfflineIsSentWhenTheConnectionReturns() throws Exception {
        DiaryServer.Person person = signedIn("offline@example.org");
        Instant tapped = logCalfOffline(person);

        network.watch(LOG_CRAMP, false);
        device.onlineAnnounced();
        List<CrampEntry> arrived = afterSending(person);
        assertThat(network.watchedRequests()).isEqualTo(1);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).muscles()).containsExactly(Muscle.CALF);
        assertThat(arrived.get(0).when()).as("the time it was tapped, not sent")
                .isBetween(tapped.minusSeconds(2), tapped.plusSeconds(5));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> browser.find(".log-status").getText().contains("Sent 1 cramp kept on this device"));
    }

    /** Needs the server's Idempotency-Key support (issue #15): without it the cramp is stored twice. */
    @Test
    void aCrampLoggedOfflineArrivesExactlyOnceWhenTheFirstAnswerIsLost() throws Exception {
        DiaryServer.Person person = signedIn("lost-answer@example.org");
        logCalfOffline(person);

        network.watch(LOG_CRAMP, true);
        device.onlineAnnounced();
        List<CrampEntry> arrived = afterSending(person);
        assertThat(network.answerLost()).as("the first answer was lost on the way").isTrue();
        assertThat(network.watchedRequests()).as("so the cramp was sent again").isGreaterThanOrEqualTo(2);
        assertThat(arrived).as("exactly once").hasSize(1);
        assertThat(arrived.get(0).muscles()).containsExactly(Muscle.CALF);
    }

    /**
     * A shared device (H-13): a cramp kept offline for one account is not sent when another account
     * opens its diary on the same device; that diary only says a cramp from another account waits
     * here. It is sent once its own account opens its diary again.
     */
    @Test
    void aCrampKeptForOneAccountIsNeverSentIntoAnotherAccountsDiary() throws Exception {
        DiaryServer.Person first = signedIn("shared-first@example.org");
        logCalfOffline(first);
        device.online();
        DiaryServer.Person second = signedIn("shared-second@example.org");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> browser.find(".waiting-others").isDisplayed());
        assertThat(browser.find(".waiting-others").getText()).contains("1 cramp").contains("another account");
        assertThat(browser.count(".waiting-list li")).as("none of the second account's own").isZero();
        Thread.sleep(1500);
        assertThat(cramps(second)).as("nothing sent into the second account's diary").isEmpty();
        assertThat(cramps(first)).isEmpty();
        assertThat(waitingOnDevice()).as("the first account's cramp still waits").isNotNull();

        openDiaryAs(first);
        List<CrampEntry> arrived = afterSending(first);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).muscles()).containsExactly(Muscle.CALF);
        assertThat(cramps(second)).isEmpty();
    }

    private static DiaryServer.Person signedIn(String email) {
        DiaryServer.Person person = server.signUp(email);
        openDiaryAs(person);
        return person;
    }

    /** This device's browser signed in as the person, on their diary page (the device's diary owner now). */
    private static void openDiaryAs(DiaryServer.Person person) {
        browser.open("/about");
        browser.driver().manage().addCookie(new Cookie(Sessions.COOKIE, person.token(), "/"));
        browser.open("/diary");
        assertThat(browser.driver().executeScript("return localStorage.getItem('crampcare.diary.owner');"))
                .isEqualTo("\"" + person.id() + "\"");
    }

    /** Two taps with the signal gone: "My diary" (the kept copy), then "Calf"; returns when it was tapped. */
    private static Instant logCalfOffline(DiaryServer.Person person) throws Exception {
        device.offline();
        browser.open("/");
        browser.clickText("My diary");
        assertThat(browser.h1()).isEqualTo("My diary");
        assertThat(device.showsACopy()).isTrue();
        Instant tapped = Instant.now();
        browser.find("form.log-now button[value='calf']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.count(".waiting-list li") == 1);
        assertThat(browser.find(".waiting-list").getText()).contains("Calf").contains("not sent yet");
        assertThat(browser.find(".log-status").getText()).contains("Kept on this device");
        assertThat(cramps(person)).isEmpty();
        browser.screenshots("offline-diary-waiting");
        return tapped;
    }

    /** Waits until the device has nothing left to send and the diary page is live again; the cramps stored. */
    private static List<CrampEntry> afterSending(DiaryServer.Person person) throws InterruptedException {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(d -> waitingOnDevice() == null
                && !cramps(person).isEmpty());
        Thread.sleep(1500);
        assertThat(browser.h1()).isEqualTo("My diary");
        assertThat(device.showsACopy()).isFalse();
        assertThat(browser.count(".waiting-list li")).isZero();
        return cramps(person);
    }

    private static Object waitingOnDevice() {
        return browser.driver().executeScript("return localStorage.getItem('crampcare.diary.waiting');");
    }

    private static List<CrampEntry> cramps(DiaryServer.Person person) {
        return server.diary().cramps(person.id(), CrampFilter.all());
    }

    /** Every page the service worker keeps: home, the knowledge, "Cramping now" with each muscle, the offline pages. */
    private static List<String> keptPages() {
        CrampCare crampCare = SharedCrampCare.BUILT_IN;
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/knowledge", "/sources", "/about", "/now",
                "/now/steps?muscle=anywhere", "/offline", "/diary/offline"));
        crampCare.knowledge().topics().forEach(t -> pages.add("/knowledge/" + t.id()));
        crampCare.knowledge().item("locations").orElseThrow().values().stream().map(ItemValue::value)
                .forEach(m -> pages.add("/now/steps?muscle=" + m));
        return pages;
    }
}
