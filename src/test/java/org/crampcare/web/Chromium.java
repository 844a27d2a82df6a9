package org.crampcare.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crampcare.TestEnvironment;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one set-up of every browser test class: the machine's Chromium, chromedriver and axe-core are
 * required before the class starts, and every browser opened through it is quit after the class.
 *
 * <p>Register it with {@code @RegisterExtension static final Chromium CHROMIUM = new Chromium();}.
 * A missing tool skips the class on a developer's machine and fails it in CI ({@link TestEnvironment}).
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private final List<Browser> opened = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        TestEnvironment.require(Files.isExecutable(BINARY), "needs " + BINARY + " (apt install chromium)");
        TestEnvironment.require(Files.isExecutable(DRIVER), "needs " + DRIVER + " (apt install chromium-driver)");
        TestEnvironment.require(Files.isRegularFile(Browser.AXE), "needs axe-core: run npm ci");
    }

    /** A new headless browser on the server whose page addresses {@code url} gives. */
    Browser open(UnaryOperator<String> url, boolean javascript) throws IOException {
        return open(url, javascript, null);
    }

    /** A new headless browser asking for pages in {@code language} ({@code Accept-Language}). */
    Browser open(UnaryOperator<String> url, boolean javascript, String language) throws IOException {
        Browser browser = new Browser(url, javascript, language);
        opened.add(browser);
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        opened.forEach(Browser::close);
        opened.clear();
    }
}
