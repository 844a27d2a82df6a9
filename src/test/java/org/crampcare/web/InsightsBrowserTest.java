package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The insights page and the doctor report in real headless Chromium with a seeded 60-day diary:
 * content, axe-core, and screenshots at phone and desktop widths. One browser serves the class.
 */
class InsightsBrowserTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static DiaryServer server;
    private static Browser browser;
    private static int cramps;

    @BeforeAll
    static void start() throws Exception {
        server = new DiaryServer();
        DiaryServer.Person person = server.signUp("browser@example.org");
        cramps = server.seed(person.id());
        browser = CHROMIUM.open(server::url, true);
        browser.open("/about");
        browser.driver().manage().addCookie(new Cookie(Sessions.COOKIE, person.token(), "/"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void insightsPageShowsPatternsHelpsTriggersAndCharts() throws Exception {
        browser.open("/diary/insights?from=" + DiaryServer.firstDay() + "&to=" + DiaryServer.lastDay());
        assertThat(browser.h1()).isEqualTo("Your cramp insights");
        String text = browser.text();
        assertThat(text).contains(cramps + " cramps and " + DiaryServer.SEEDED_DAYS + " check-in days")
                .contains("What helps you").contains("Stretch: tried on " + cramps + " cramps")
                .contains("More cramps on the night or day after days with time in heat")
                .contains("95 % interval").contains("P-value after allowing for").doesNotContain("Exception")
                .as("the p-value and its reading are two words, not run together").doesNotContainPattern("[0-9]\\((under|not under) ");
        assertThat(browser.count("figure.chart svg[role='img']")).isEqualTo(4);
        assertThat(browser.count("figure.chart table.chart-data")).isEqualTo(4);
        browser.assertAccessible("insights");
        browser.screenshots("insights");
        browser.find("#chart-week summary").click();
        assertThat(browser.find("#chart-week table.chart-data").isDisplayed()).isTrue();
    }

    @Test
    void reportPageForAPickedPeriodWithPrintLayout() throws Exception {
        browser.open("/diary/report");
        assertThat(browser.h1()).isEqualTo("Report for your doctor");
        setDate("period-from", DiaryServer.firstDay().toString());
        setDate("period-to", DiaryServer.lastDay().toString());
        WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.xpath("//button[normalize-space()='Show report']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElement(By.tagName("html")).equals(page));
        String text = browser.text();
        assertThat(text).contains("Muscle cramp diary summary").contains("Assessment history")
                .contains("Questions for the provider").contains("Should I see a specialist?")
                .contains("About this report");
        assertThat(browser.find(".doctor-report").getText()).contains(Integer.toString(cramps));
        assertThat(browser.count("button[formaction='/diary/report/pdf']")).isEqualTo(1);
        browser.assertAccessible("report");
        browser.screenshots("report");
        browser.printScreenshot("report");
    }

    @Test
    void theSpanishInsightsReportAndDiaryAreSpanishAndAccessible() throws Exception {
        browser.open("/diary/insights?lang=es&from=" + DiaryServer.firstDay() + "&to=" + DiaryServer.lastDay());
        String text = browser.text();
        assertThat(text).contains("Estirar: se probó en " + cramps + " calambres")
                .contains("Más calambres en la noche o el día siguiente a los días con tiempo en el calor")
                .contains("madrugada 0-6 h").contains("Dormido 20").doesNotContain("times as often")
                .doesNotContain("tried on");
        browser.assertAccessible("insights (es)");
        browser.screenshots("es-insights");
        browser.open("/diary/report?lang=es");
        assertThat(browser.text()).contains("Resumen del diario de calambres musculares")
                .contains("Para cada factor comparamos").doesNotContain("For each factor");
        browser.assertAccessible("report (es)");
        browser.screenshots("es-report");
        browser.open("/diary?lang=es");
        assertThat(browser.text()).contains("calambres en las últimas 4 semanas");
        browser.assertAccessible("diary (es)");
    }

    private static void setDate(String id, String value) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
