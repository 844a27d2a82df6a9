package org.crampcare.web;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in real headless Chromium: every level through the wizard, the emergency stop, Back,
 * the no-JavaScript path, "cramping right now", the timer, and axe-core on every page.
 *
 * <p>One browser serves the whole class; the no-JavaScript test starts a second one.
 */
class BrowserTest {
    static final String[] EMERGENCY = {"unbearable_pain", "all_over_body", "toxin_exposure"};
    static final String[] URGENT = {"swelling", "redness", "warmth", "numbness", "skin_changes",
        "severe_pain_persists"};
    static final String[] PATTERN_FLAGS = {"no_relief_from_stretching", "weakness", "tingling",
        "poor_coordination", "wakes_at_night", "walking_cramps_ease_with_rest", "interferes_with_daily_life"};
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static RunningServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer();
        browser = CHROMIUM.open(server::url, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void homeShowsBothActionsAndTheEmergencySigns() throws Exception {
        browser.open("/");
        assertThat(browser.h1()).isEqualTo("Help with muscle cramps");
        assertThat(browser.find(".emergency-signs").getText()).contains("emergency number").contains("poisonous");
        assertThat(browser.text()).contains("Check my cramp").contains("I'm cramping right now");
        browser.assertAccessible("home");
        browser.screenshots("home");
    }

    @Test
    void anEmergencyAnswerStopsTheWizardAtOnce() throws Exception {
        startWizard(browser);
        assertThat(browser.text()).contains("Step 1 of 5");
        browser.assertAccessible("step 1");
        browser.screenshots("step-1-emergency-signs");
        browser.pick("all_over_body-yes");
        browser.press("next");
        assertThat(browser.h1()).isEqualTo("Get emergency help now");
        assertThat(browser.count("fieldset.question")).isZero();
        assertThat(browser.text()).contains("Call your local emergency number").doesNotContain("Step 2 of 5");
        browser.assertAccessible("emergency");
        browser.screenshots("emergency");
    }

    @Test
    void urgentSignEndsWithTheUrgentResultAndNoReliefSteps() throws Exception {
        startWizard(browser);
        browser.answerNo(EMERGENCY);
        browser.press("next");
        assertThat(browser.text()).contains("Step 2 of 5");
        browser.assertAccessible("step 2");
        browser.screenshots("step-2-urgent-signs");
        browser.answerNo(URGENT);
        browser.pick("numbness-yes");
        browser.press("next");
        assertThat(browser.h1()).isEqualTo("Your result: Urgent");
        assertThat(browser.find(".level-banner").getAttribute("class")).contains("level-urgent");
        assertThat(browser.find(".level-badge").getText()).containsIgnoringCase("urgent");
        assertThat(browser.text()).contains("numb").contains("Relief steps are not shown");
        assertThat(browser.count(".timer")).isZero();
        browser.assertAccessible("urgent result");
        browser.screenshots("result-urgent");
    }

    @Test
    void appointmentThroughEveryStepAndBackKeepsAnswers() throws Exception {
        startWizard(browser);
        browser.answerNo(EMERGENCY);
        browser.press("next");
        browser.answerNo(URGENT);
        browser.press("next");
        browser.pick("pain_score-8");
        browser.type("input-episodes_per_week", "1");
        browser.pick("unknown-episode_minutes");
        browser.answerNo(PATTERN_FLAGS);
        browser.assertAccessible("step 3");
        browser.screenshots("step-3-pattern");
        browser.press("back");
        assertThat(browser.text()).contains("Step 2 of 5");
        assertThat(browser.checked("swelling-no")).isTrue();
        assertThat(browser.checked("severe_pain_persists-no")).isTrue();
        browser.press("next");
        assertThat(browser.text()).contains("Step 3 of 5");
        assertThat(browser.checked("pain_score-8")).isTrue();
        assertThat(browser.checked("unknown-episode_minutes")).isTrue();
        assertThat(browser.find("#input-episodes_per_week").getAttribute("value")).isEqualTo("1");
        browser.press("next");
        browser.pick("conditions-none");
        browser.pick("medications-none");
        browser.assertAccessible("step 4");
        browser.screenshots("step-4-health");
        browser.press("next");
        browser.pick("locations-calf");
        browser.pick("sex-male");
        assertThat(browser.find("#q-pregnant").isDisplayed()).as("pregnancy is not asked of men").isFalse();
        browser.pick("sex-female");
        assertThat(browser.find("#q-pregnant").isDisplayed()).isTrue();
        browser.pick("factors-dehydration");
        browser.assertAccessible("step 5");
        browser.screenshots("step-5-context");
        browser.press("next");
        assertThat(browser.h1()).isEqualTo("Your result: Book an appointment");
        assertThat(browser.text()).contains("severe (7 or more out of 10)").contains("Calf stretch")
                .contains("Possible factors, not a diagnosis");
        assertThat(browser.text()).as("an unknown duration cannot raise APPOINTMENT any further")
                .doesNotContain("This result is not complete");
        browser.assertAccessible("appointment result");
        browser.screenshots("result-appointment");
        browser.printScreenshot("result-appointment");
    }

    @Test
    void selfCareResultWithAWorkingTimer() throws Exception {
        selfCarePath(browser);
        assertThat(browser.h1()).isEqualTo("Your result: Self-care");
        assertThat(browser.text()).contains("How much to drink each day").doesNotContain("This result is not complete");
        assertThat(browser.find(".timer-start").isDisplayed()).isTrue();
        browser.find(".timer-start").click();
        assertThat(browser.find(".timer-display").isDisplayed()).isTrue();
        assertThat(browser.find(".timer-display").getText()).matches("1[45]:[0-5][0-9]");
        assertThat(browser.find(".timer-status").getText()).contains("Timer started");
        browser.assertAccessible("self-care result");
        browser.screenshots("result-self-care");
    }

    @Test
    void theWholePathWorksWithoutJavaScript() throws Exception {
        try (Browser noJs = CHROMIUM.open(server::url, false)) {
            selfCarePath(noJs);
            assertThat(noJs.h1()).isEqualTo("Your result: Self-care");
            assertThat(noJs.find(".timer-start").isDisplayed()).isFalse();
            assertThat(noJs.find(".timer-text").getText()).contains("15 to 20 minutes");
            noJs.clickText("Change my answers");
            assertThat(noJs.text()).contains("Step 1 of 5");
            assertThat(noJs.checked("unbearable_pain-no")).isTrue();
            noJs.pick("toxin_exposure-yes");
            noJs.press("next");
            assertThat(noJs.h1()).isEqualTo("Get emergency help now");
        }
    }

    @Test
    void crampingRightNowReachesReliefStepsInTwoTaps() throws Exception {
        browser.open("/");
        browser.clickText("I'm cramping right now");
        assertThat(browser.h1()).isEqualTo("Where is the cramp?");
        browser.assertAccessible("muscle picker");
        browser.screenshots("now-picker");
        browser.clickText("Calf (back of the lower leg)");
        assertThat(browser.h1()).startsWith("Easing a cramp: Calf");
        assertThat(browser.count("ol.steps li")).isGreaterThan(3);
        assertThat(browser.find(".now-warning").getText()).contains("call your emergency number now");
        browser.assertAccessible("relief steps now");
        browser.screenshots("now-steps");
    }

    @Test
    void dontKnowLeavesTheResultIncompleteAndOffersToContinue() throws Exception {
        startWizard(browser);
        browser.pick("unbearable_pain-unknown");
        browser.answerNo("all_over_body", "toxin_exposure");
        browser.press("result");
        assertThat(browser.h1()).isEqualTo("Your result: Self-care");
        assertThat(browser.text()).contains("This result is not complete").contains("swollen");
        browser.screenshots("result-incomplete");
        browser.clickText("Continue answering");
        assertThat(browser.text()).contains("Step 2 of 5");
        browser.press("back");
        assertThat(browser.text()).contains("Step 1 of 5");
        assertThat(browser.checked("unbearable_pain-unknown")).isTrue();
        assertThat(browser.checked("all_over_body-no")).isTrue();
    }

    @Test
    void aBadNumberIsShownWithTheQuestionNamed() throws Exception {
        startWizard(browser);
        browser.answerNo(EMERGENCY);
        browser.press("next");
        browser.answerNo(URGENT);
        browser.press("next");
        browser.pick("pain_score-8");
        browser.pick("weakness-yes");
        browser.type("input-episodes_per_week", "lots");
        browser.press("next");
        assertThat(browser.checked("pain_score-8")).as("valid answers on the page are kept").isTrue();
        assertThat(browser.checked("weakness-yes")).isTrue();
        assertThat(browser.find("#input-episodes_per_week").getAttribute("value")).isEqualTo("lots");
        assertThat(browser.text()).contains("Step 3 of 5").contains("Please check these answers")
                .contains("how many cramps do you get in a week");
        assertThat(browser.find("#error-episodes_per_week").getText()).contains("Enter a number");
        browser.assertAccessible("step with error");
        browser.screenshots("step-error");
    }

    @Test
    void ownWordsBoxGivesAFriendlyAnswer() throws Exception {
        browser.open("/assessment");
        browser.assertAccessible("assessment start");
        browser.screenshots("assessment-start");
        browser.type("text", "My calf cramps at night, no swelling, pain about 8.");
        browser.clickText("Read my description");
        String text = browser.text();
        if (text.contains("What we understood from your words")) {
            assertThat(text).contains("Step 1 of 5").contains("Swelling: no — you wrote “no swelling”");
            browser.assertAccessible("step 1 after own words");
            browser.screenshots("own-words-understood");
            browser.answerNo(EMERGENCY);
            browser.press("next");
            assertThat(browser.checked("swelling-no")).as("pre-filled from the words").isTrue();
            assertThat(browser.find("#q-swelling .from-text").getText()).contains("no swelling");
            browser.pick("swelling-yes");
            browser.press("next");
            assertThat(browser.h1()).as("the person's correction wins").isEqualTo("Your result: Urgent");
            assertThat(browser.text()).contains("Answers taken from your words").contains("Locations: Calf (back of the lower leg) — you wrote “calf”");
            browser.screenshots("own-words-result");
            return;
        } else {
            assertThat(text).contains("not available on this server yet");
        }
        browser.assertAccessible("after own words");
        browser.screenshots("own-words");
    }

    @Test
    void anEmergencyInOwnWordsGoesStraightToTheEmergencyPage() throws Exception {
        browser.open("/assessment");
        browser.type("text", "I have cramps all over my body at once");
        browser.clickText("Read my description");
        String text = browser.text();
        assertThat(browser.h1()).isEqualTo("Get emergency help now");
        assertThat(text).contains("All over body: yes");
        assertThat(browser.count("fieldset.question")).isZero();
    }

    @Test
    void knowledgeSourcesAboutAndErrorPagesAreAccessible() throws Exception {
        String[][] pages = {{"/knowledge", "knowledge"}, {"/knowledge/relief", "knowledge-relief"},
            {"/knowledge/facts", "knowledge-facts"}, {"/knowledge/prevention", "knowledge-prevention"},
            {"/knowledge/factors", "knowledge-factors"}, {"/knowledge/provider", "knowledge-provider"},
            {"/sources", "sources"}, {"/about", "about"}, {"/no-such-page", "not-found"}};
        for (String[] page : pages) {
            browser.open(page[0]);
            browser.h1();
            browser.assertAccessible(page[0]);
            browser.screenshots(page[1]);
        }
        browser.open("/about");
        assertThat(browser.text()).contains("Not a diagnosis").contains("Triage policy version 1");
        browser.open("/sources");
        assertThat(browser.count("article.source")).isEqualTo(5);
        browser.open("/knowledge/relief");
        assertThat(browser.find("#relief-foot-stretch .tip-label").getText())
                .isEqualTo("Practical tip from CrampCare (not from a medical source)");
        assertThat(browser.find("#relief-ice .sources").getText()).startsWith("Sources:");
    }

    @Test
    void searchBoxOnEveryPageShowsWarningSignsFirst() throws Exception {
        browser.open("/knowledge");
        browser.type("site-search", "my calf is swollen and hot, what helps?");
        browser.clickText("Search");
        assertThat(browser.h1()).isEqualTo("Search results");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("swollen");
        assertThat(browser.count(".warning-signs")).isEqualTo(1);
        assertThat(browser.find(".warning-signs").getText()).contains("Contact a healthcare provider today");
        assertThat(browser.count(".search-answer")).isPositive();
        assertThat(browser.count(".search-answer mark")).isPositive();
        browser.assertAccessible("search results");
        browser.screenshots("search-results");
    }

    @Test
    void searchSaysPlainlyWhatItDoesNotCoverWithTheEmergencySigns() throws Exception {
        browser.open("/knowledge");
        browser.type("site-search", "I have had stomach cramps and diarrhoea since last night");
        browser.clickText("Search");
        assertThat(browser.count(".search-answer")).isZero();
        assertThat(browser.find("#answers").getText()).isEqualTo("CrampCare does not cover that");
        assertThat(browser.text()).contains("period, womb and gut cramps").contains("Easing a cramp");
        assertThat(browser.find("#emergency").getText()).startsWith("Get help now");
        browser.assertAccessible("search not covered");
        browser.screenshots("search-not-covered");
    }

    @Test
    void keyboardOnlyFromTheSkipLinkThroughTheFirstStep() throws Exception {
        browser.open("/");
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        browser.open("/assessment");
        browser.find("form.start-form button").sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("unbearable_pain-no")).size() == 1);
        browser.find("#unbearable_pain-no").sendKeys(" ");
        assertThat(browser.checked("unbearable_pain-no")).isTrue();
        String outline = (String) browser.driver().executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle;");
        assertThat(outline).as("visible focus").isNotEqualTo("none");
    }

    static void startWizard(Browser b) {
        b.open("/assessment");
        b.clickText("Start the questions");
    }

    static void selfCarePath(Browser b) {
        startWizard(b);
        b.answerNo(EMERGENCY);
        b.press("next");
        b.answerNo(URGENT);
        b.press("next");
        b.pick("pain_score-3");
        b.type("input-episodes_per_week", "0.5");
        b.type("input-episode_minutes", "1");
        b.answerNo(PATTERN_FLAGS);
        b.press("next");
        b.pick("conditions-none");
        b.pick("medications-none");
        b.press("next");
        b.pick("locations-calf");
        b.pick("sex-male");
        b.press("next");
    }
}
