package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A phone with CrampCare open in Chromium whose connection comes and goes.
 *
 * <p>The connection is the {@link FlakyNetwork} relay: switched off, every request fails for real,
 * the service worker's own included. DevTools' network emulation alone would not do: it cuts only
 * the page's requests, not the service worker's, and in Chromium 156 it drops some navigations at
 * random while it is on. So it is used only to make the browser announce the change
 * ({@code navigator.onLine} and the online/offline events), as a phone's system does.
 */
final class OfflineDevice {
    private final Browser browser;
    private final FlakyNetwork network;

    OfflineDevice(Browser browser, FlakyNetwork network) {
        this.browser = browser;
        this.network = network;
        browser.driver().executeCdpCommand("Network.enable", Map.of());
    }

    /** The signal goes (the browser does not notice, as so often on a phone). */
    void offline() {
        network.offline();
    }

    /** The signal comes back (the browser does not notice). */
    void online() {
        network.online();
        announce(true);
    }

    /** The signal comes back and the browser fires its online event. */
    void onlineAnnounced() {
        announce(false);
        network.online();
        announce(true);
    }

    private void announce(boolean online) {
        emulate(!online);
    }

    private void emulate(boolean offline) {
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Opens a page online and waits until the service worker has kept every page and controls it. */
    void install(String path) {
        browser.open(path);
        Object ready = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(function (r) { done(r.active.scriptURL); },"
                + " function (e) { done('ERROR ' + e); });");
        assertThat(String.valueOf(ready)).endsWith("/sw.js");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            browser.open(path);
            return controller() != null;
        });
    }

    /** The script address of the service worker controlling the page, or null. */
    String controller() {
        return (String) browser.driver().executeScript(
                "return navigator.serviceWorker.controller ? navigator.serviceWorker.controller.scriptURL : null;");
    }

    /** The names of the page's caches. */
    @SuppressWarnings("unchecked")
    List<String> caches() {
        return (List<String>) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "caches.keys().then(done, function (e) { done(['ERROR ' + e]); });");
    }

    /** Whether the page on screen is the service worker's copy (app.js marks it). */
    boolean showsACopy() {
        return browser.count(".offline-note") == 1
                && browser.driver().findElement(org.openqa.selenium.By.tagName("html"))
                        .getAttribute("data-offline-copy") != null;
    }
}
