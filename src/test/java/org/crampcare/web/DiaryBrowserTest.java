package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crampcare.diary.CrampInput;
import org.crampcare.web.account.AccountHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A person's whole diary path in Chromium: sign up, two-tap log, details, check-in, warning, export, delete. */
class DiaryBrowserTest {
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static PersonalServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = new PersonalServer();
        browser = CHROMIUM.open(server::url, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void signUpLogInTwoTapsAddDetailsCheckInSeeTheWarningExportAndDelete() throws Exception {
        String email = "browser@example.org";
        String password = "browser password 123";
        browser.open("/account/signup");
        check("account-signup");
        browser.type("email", email);
        browser.type("password", password);
        browser.pressButton("Create account");
        assertThat(browser.text()).contains(AccountHandlers.SIGNED_UP);
        check("account-signin");
        browser.type("password", password);
        browser.pressButton("Sign in");
        assertThat(browser.h1()).isEqualTo("My diary");

        browser.open("/");
        browser.clickText("My diary");
        browser.pressButton("Calf");
        assertThat(browser.h1()).isEqualTo("Cramp details");
        assertThat(browser.text()).contains("Logged.");
        check("diary-cramp");
        browser.pick("side-left");
        browser.pick("activity-asleep");
        browser.type("minutes", "3");
        browser.type("pain", "7");
        browser.pressButton("Save details");
        assertThat(browser.h1()).isEqualTo("My diary");
        assertThat(browser.text()).contains("Calf").contains("Pain 7/10").contains("Woke me up");

        browser.open("/diary/checkin");
        browser.pick("exercise-hard");
        browser.type("fluid_glasses", "6");
        browser.pick("long_standing-yes");
        browser.pressButton("Save check-in");
        assertThat(browser.text()).contains("Saved your check-in");
        check("diary-checkin");

        long person = server.db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM person WHERE email = :e")
                .bind("e", email).mapTo(Long.class).one());
        for (int i = 1; i <= 13; i++) {
            server.personal.diary().logCramp(person, new CrampInput(Instant.now().minus(Duration.ofHours(40L * i)),
                    "UTC", List.of("foot"), null, null, null, null, null, null));
        }
        browser.open("/diary");
        assertThat(browser.text()).contains("What your diary shows").contains("Rule A2").contains("Rule A8");
        check("diary-home");

        browser.open("/diary/cramps");
        check("diary-cramps");
        browser.open("/diary/assessments");
        check("diary-assessments");
        browser.open("/diary/data");
        assertThat(browser.find("#csv-file").isDisplayed()).isTrue();
        check("diary-data");
        Object csv = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/diary/data/csv').then(function (r) { return r.text(); }).then(done);");
        assertThat(String.valueOf(csv)).startsWith("kind,").contains("cramp,").contains("checkin,");
        Path file = Files.createTempFile("crampcare-export", ".csv");
        Files.writeString(file, String.valueOf(csv));
        browser.find("#csv-file").sendKeys(file.toString());
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("csv")).getDomProperty("value").isEmpty());
        browser.pressButton("Import");
        assertThat(browser.text()).contains("Imported 14 cramps, 1 check-ins");

        browser.open("/account");
        check("account");
        browser.type("delete_password", password);
        browser.pressButton("Delete my account and diary");
        assertThat(browser.h1()).isEqualTo("Your account is deleted");
        check("account-deleted");
        long left = server.db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM cramp WHERE person_id = :p")
                .bind("p", person).mapTo(Long.class).one());
        assertThat(left).isZero();
        browser.open("/diary");
        assertThat(browser.h1()).isEqualTo("Sign in");
    }

    private static void check(String name) throws Exception {
        browser.assertAccessible(name);
        browser.screenshots(name);
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
    }
}
