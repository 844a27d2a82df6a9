package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Night mode in Chromium (issue #16): it follows the device's dark setting (also without
 * JavaScript), the switch overrides it and is remembered on the device, and every page, a signed-in
 * person's diary included, is free of serious axe findings (colour contrast among them) in the dark theme.
 */
class NightModeBrowserTest {
    private static final String DARK_PAPER = "rgba(18, 20, 23, 1)";
    private static final String LIGHT_PAPER = "rgba(255, 255, 255, 1)";
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static DiaryServer server;
    private static Browser browser;
    private static DiaryServer.Person person;

    @BeforeAll
    static void start() throws Exception {
        server = new DiaryServer();
        person = server.signUp("night@example.org");
        server.seed(person.id());
        browser = CHROMIUM.open(server::url, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDeviceDarkSettingGivesTheNightThemeOnEveryPageAndAxeFindsNothingSerious() throws Exception {
        browser.driver().manage().deleteAllCookies();
        device(browser, "dark");
        String[] pages = {"/", "/now", "/now/steps?muscle=calf", "/knowledge", "/knowledge/relief", "/knowledge/provider",
            "/sources", "/about", "/assessment", "/offline", "/diary/offline", "/no-such-page"};
        for (String page : pages) {
            check(page);
        }
        browser.open("/now");
        for (WebElement muscle : browser.driver().findElements(By.cssSelector(".now-picker button"))) {
            assertThat(muscle.getSize().getHeight()).as("tap target of " + muscle.getText()).isGreaterThanOrEqualTo(56);
        }
        browser.screenshots("dark-now-picker");

        BrowserTest.startWizard(browser);
        checkHere("wizard step 1");
        browser.pick("all_over_body-yes");
        browser.press("next");
        assertThat(browser.h1()).isEqualTo("Get emergency help now");
        checkHere("emergency page");
        BrowserTest.startWizard(browser);
        browser.answerNo(BrowserTest.EMERGENCY);
        browser.press("next");
        browser.answerNo(BrowserTest.URGENT);
        browser.pick("numbness-yes");
        browser.press("next");
        assertThat(browser.h1()).isEqualTo("Your result: Urgent");
        checkHere("urgent result");
        BrowserTest.selfCarePath(browser);
        assertThat(browser.h1()).isEqualTo("Your result: Self-care");
        checkHere("self-care result");
        browser.screenshots("dark-result-self-care");
        browser.open("/knowledge");
        browser.type("site-search", "my calf is swollen and hot, what helps?");
        browser.clickText("Search");
        checkHere("search results");
        browser.screenshots("dark-search");

        browser.open("/about");
        browser.driver().manage().addCookie(new Cookie(Sessions.COOKIE, person.token(), "/"));
        long cramp = server.diary().cramps(person.id(), org.crampcare.diary.CrampFilter.all()).get(0).id();
        for (String page : List.of("/diary", "/diary/cramps", "/diary/cramps/" + cramp, "/diary/checkin",
                "/diary/assessments", "/diary/data", "/account", "/diary/report",
                "/diary/insights?from=" + DiaryServer.firstDay() + "&to=" + DiaryServer.lastDay())) {
            check(page);
        }
        browser.screenshots("dark-diary-insights");
        browser.open("/diary");
        browser.screenshots("dark-diary");
        device(browser, "light");
    }

    @Test
    void theSwitchOverridesTheDeviceAndIsRememberedOnIt() throws Exception {
        device(browser, "light");
        browser.open("/");
        assertThat(paper()).isEqualTo(LIGHT_PAPER);
        WebElement toggle = browser.find(".theme-switch");
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
        toggle.click();
        assertThat(theme()).isEqualTo("dark");
        assertThat(paper()).isEqualTo(DARK_PAPER);
        assertThat(browser.find(".theme-switch").getAttribute("aria-pressed")).isEqualTo("true");

        browser.open("/now/steps?muscle=foot");
        assertThat(theme()).as("remembered on the device").isEqualTo("dark");
        assertThat(paper()).isEqualTo(DARK_PAPER);
        browser.assertAccessible("relief steps, night mode chosen by the switch");
        browser.screenshots("dark-now-steps");
        browser.find(".theme-switch").click();
        assertThat(theme()).as("back to following the device").isNull();
        assertThat(paper()).isEqualTo(LIGHT_PAPER);

        device(browser, "dark");
        browser.open("/");
        assertThat(paper()).isEqualTo(DARK_PAPER);
        browser.find(".theme-switch").click();
        assertThat(theme()).isEqualTo("light");
        assertThat(paper()).isEqualTo(LIGHT_PAPER);
        browser.open("/knowledge");
        assertThat(paper()).as("a light choice is remembered against a dark device").isEqualTo(LIGHT_PAPER);
        browser.find(".theme-switch").click();
        assertThat(theme()).isNull();
        device(browser, "light");
    }

    @Test
    void withoutJavaScriptTheDeviceSettingStillApplies() throws Exception {
        try (Browser noJs = CHROMIUM.open(server::url, false)) {
            device(noJs, "dark");
            noJs.open("/now/steps?muscle=calf");
            assertThat(noJs.driver().findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo(DARK_PAPER);
            assertThat(noJs.find(".theme-switch").isDisplayed()).as("the switch needs the script").isFalse();
        }
    }

    private static void check(String page) throws Exception {
        browser.open(page);
        checkHere(page);
    }

    private static void checkHere(String page) throws Exception {
        assertThat(paper()).as(page + " in the night theme").isEqualTo(DARK_PAPER);
        browser.h1();
        browser.assertAccessible(page + " (night theme)");
    }

    private static void device(Browser b, String scheme) {
        b.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static String paper() {
        return browser.driver().findElement(By.tagName("body")).getCssValue("background-color");
    }

    private static String theme() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("data-theme");
    }
}
