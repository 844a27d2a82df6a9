package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium driven through the pages like a person would, with axe and screenshots. */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChromeDriver driver;
    private final UnaryOperator<String> url;
    private boolean closed;

    /** Opened through {@link Chromium#open}, which checks the tools first and quits the browser after the class. */
    Browser(UnaryOperator<String> url, boolean javascript) throws IOException {
        this(url, javascript, null);
    }

    /** A browser whose {@code Accept-Language} is {@code language} (null: Chromium's own, English here). */
    Browser(UnaryOperator<String> url, boolean javascript, String language) throws IOException {
        System.setProperty("webdriver.chrome.driver", Chromium.DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BINARY.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("crampcare-chromium"));
        if (language != null) {
            options.addArguments("--lang=" + language, "--accept-lang=" + language);
        }
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        this.driver = new ChromeDriver(options);
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.url = url;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(url.apply(path));
    }

    /** Picks an option (radio or tick box) by its input id, by clicking its label like a person. */
    void pick(String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
    }

    void answerNo(String... items) {
        for (String item : items) {
            pick(item + "-no");
        }
    }

    void type(String inputId, String text) {
        WebElement input = driver.findElement(By.id(inputId));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Presses a wizard button and waits for the next page: a new document (new element ids) whose
     * footer has arrived. Works with JavaScript switched off, unlike script-based waits.
     */
    void press(String nav) {
        clickAndWait(driver.findElement(By.cssSelector("button[name='nav'][value='" + nav + "']")));
    }

    /** Follows a link or presses a button by its text and waits for the next page. */
    void clickText(String text) {
        clickAndWait(driver.findElement(By.xpath("//a[normalize-space()=\"" + text + "\"] | //button[normalize-space()=\""
                + text + "\"]")));
    }

    /** Presses a button (never a link) by its text and waits for the next page. */
    void pressButton(String text) {
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()=\"" + text + "\"]")));
    }

    private void clickAndWait(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> !d.findElement(By.tagName("html")).equals(page)
                        && !d.findElements(By.cssSelector("footer.site-footer")).isEmpty());
    }

    String h1() {
        List<WebElement> h1 = driver.findElements(By.tagName("h1"));
        assertThat(h1).as("exactly one h1 on " + driver.getCurrentUrl()).hasSize(1);
        return h1.get(0).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    boolean checked(String inputId) {
        return driver.findElement(By.id(inputId)).isSelected();
    }

    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * The script errors the browser logged since the last call (not failed requests, which are
     * expected while offline).
     */
    List<String> scriptErrors() {
        List<String> errors = new ArrayList<>();
        driver.manage().logs().get("browser").forEach(entry -> {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    && !entry.getMessage().contains("Failed to load resource")) {
                errors.add(entry.getMessage());
            }
        });
        return errors;
    }

    /** Runs axe-core in the page and fails on any serious or critical violation. */
    void assertAccessible(String page) throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(Files.readString(AXE));
        Object raw = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(raw);
        assertThat(json).as("axe run on " + page).doesNotStartWith("ERROR");
        List<String> bad = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                bad.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " at " + targets);
            }
        }
        assertThat(bad).as("axe-core serious/critical violations on " + page).isEmpty();
    }

    /** Full-page screenshots at phone (390x844) and desktop (1280x900) widths. */
    void screenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        shot(name + "-phone", 390, 844);
        shot(name + "-desktop", 1280, 900);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** A full-page screenshot as the print stylesheet lays the page out. */
    void printScreenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        shot(name + "-print", 800, 1100);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private void shot(String name, int width, int height) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        Number full = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", full.intValue(), "scale", 1)));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Quits the browser; closing it again does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            driver.quit();
        }
    }
}
