package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.CrampCare;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.web.kit.PageTexts;
import org.crampcare.web.kit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web app in Spanish in real headless Chromium that asks for Spanish: the assessment to an
 * EMERGENCY and to a SELF_CARE result, the language switch, and axe-core on the Spanish pages.
 */
class SpanishBrowserTest {
    private static final KnowledgeBase ES = CrampCare.builtIn().knowledge().in(Language.ES);
    private static final Texts T = PageTexts.builtIn().in(Language.ES);
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static RunningServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer();
        browser = CHROMIUM.open(server::url, true, "es");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSpanishBrowserGetsSpanishPagesThatAreAccessible() throws Exception {
        browser.open("/");
        assertThat(lang()).isEqualTo("es");
        assertThat(browser.h1()).isEqualTo(T.get("home.title"));
        assertThat(browser.find(".emergency-signs").getText()).contains(T.get("layout.emergency-call"));
        browser.assertAccessible("inicio");
        browser.screenshots("es-home");
        for (String path : new String[] {"/now", "/now/steps?muscle=calf", "/knowledge", "/knowledge/relief",
            "/sources", "/about", "/offline", "/account/signin", "/no-such-page"}) {
            browser.open(path);
            assertThat(lang()).as(path).isEqualTo("es");
            browser.assertAccessible(path + " (es)");
        }
        browser.open("/now/steps?muscle=calf");
        browser.screenshots("es-now-calf");
    }

    @Test
    void theSpanishAssessmentStopsAtTheEmergencyPage() throws Exception {
        startWizard();
        assertThat(browser.text()).contains(T.f("step.progress", 1, ES.screens().size()));
        browser.pick("unbearable_pain-yes");
        browser.press("next");
        assertThat(lang()).isEqualTo("es");
        assertThat(browser.h1()).isEqualTo(T.get("emergency.title"));
        assertThat(browser.text()).contains(ES.level(TriageLevel.EMERGENCY).action())
                .contains(ES.rules().stream().filter(r -> r.id().equals("E1")).findFirst().orElseThrow().explanation())
                .doesNotContain("Get emergency help now");
        browser.assertAccessible("emergencia");
        browser.screenshots("es-emergency");
    }

    @Test
    void theSpanishAssessmentReachesASelfCareResultAndTheSwitchKeepsIt() throws Exception {
        startWizard();
        browser.answerNo(BrowserTest.EMERGENCY);
        browser.press("next");
        browser.answerNo(BrowserTest.URGENT);
        browser.press("next");
        browser.pick("pain_score-3");
        browser.type("input-episodes_per_week", "0,5");
        browser.type("input-episode_minutes", "1");
        browser.answerNo(BrowserTest.PATTERN_FLAGS);
        browser.press("next");
        browser.pick("conditions-none");
        browser.pick("medications-none");
        browser.press("next");
        browser.pick("locations-calf");
        browser.pick("sex-male");
        browser.press("next");
        String selfCare = ES.level(TriageLevel.SELF_CARE).label();
        assertThat(browser.h1()).isEqualTo(T.f("result.title", selfCare));
        assertThat(browser.text()).contains(ES.level(TriageLevel.SELF_CARE).action()).contains(T.get("result.relief"));
        browser.assertAccessible("resultado cuidado en casa");
        browser.screenshots("es-result-self-care");

        String start = browser.find(".timer-start").getText();
        assertThat(start).startsWith("Iniciar un temporizador de");
        browser.find(".timer-start").click();
        assertThat(browser.find(".timer-status").getText()).startsWith("Temporizador en marcha");

        browser.pressButton("English");
        assertThat(lang()).isEqualTo("en");
        assertThat(browser.h1()).as("the same result, in English").isEqualTo("Your result: " + CrampCare.builtIn().knowledge().level(TriageLevel.SELF_CARE).label());
        browser.pressButton("Español");
        assertThat(lang()).isEqualTo("es");
        assertThat(browser.h1()).isEqualTo(T.f("result.title", selfCare));
    }

    private static void startWizard() {
        browser.open("/assessment");
        browser.clickText(T.get("start.button"));
    }

    private static String lang() {
        return browser.find("html").getAttribute("lang");
    }
}
