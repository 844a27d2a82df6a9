package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a person can open, signed in or not, shows the emergency signs (hazard H-01): a person
 * who lands on the diary or a knowledge topic in the middle of a bad cramp still sees when to call.
 */
class EmergencySignsOnEveryPageTest {
    private static final String SIGNS = "class=\"emergency-signs\"";
    private static PersonalServer server;
    private static HttpPerson person;

    @BeforeAll
    static void start() throws Exception {
        server = new PersonalServer();
        person = new HttpPerson(server, "signs-everywhere@example.org", "signs on every page 1").signedUp();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/assessment", "/now", "/now/steps?muscle=calf", "/knowledge", "/knowledge/relief",
        "/sources", "/about", "/offline", "/account/signup", "/account/signin", "/account", "/diary", "/diary/offline",
        "/diary/cramps", "/diary/checkin", "/diary/assessments", "/diary/data", "/diary/insights", "/diary/report"})
    void thePageShowsTheEmergencySigns(String path) throws Exception {
        HttpResponse<String> page = person.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path + " shows the emergency signs").contains(SIGNS).contains("emergency number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"calf cramp at night", "how do I bake bread"})
    void searchAnswersAndNotCoveredPagesShowTheEmergencySigns(String question) throws Exception {
        HttpResponse<String> page = person.form("/search", java.util.Map.of("q", question));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(SIGNS).contains("emergency number");
    }
}
