package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampcare.storage.Database;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two CrampCare servers on one PostgreSQL, as behind a load balancer: each with its own connection
 * pool, sharing nothing but the database. A browser (one cookie jar, as a browser keeps cookies per
 * host and not per port) moving between them stays signed in, is throttled by failures on both, and
 * has its forms accepted by either. Written against behaviour only (pages, forms, status codes).
 */
class TwoServersTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static Database poolA;
    private static Database poolB;
    private static PersonalServer a;
    private static PersonalServer b;
    private HttpClient browser;

    @BeforeAll
    static void start() throws Exception {
        TestDatabases.fresh(Vendor.POSTGRESQL);
        poolA = Database.open(TestDatabases.config(Vendor.POSTGRESQL));
        poolB = Database.open(TestDatabases.config(Vendor.POSTGRESQL));
        a = new PersonalServer(Files.createTempDirectory("crampcare-a"), poolA);
        b = new PersonalServer(Files.createTempDirectory("crampcare-b"), poolB);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
        poolA.close();
        poolB.close();
    }

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void aSessionMadeOnOneServerWorksOnTheOtherUntilSignedOutOnEither() throws Exception {
        signUp(a, "both@example.org");
        assertThat(form(a, "/account/signin", "email=both%40example.org&password=" + enc(PASSWORD)).statusCode())
                .isEqualTo(303);
        assertThat(get(b, "/diary").statusCode()).as("signed in on B with A's session").isEqualTo(200);
        assertThat(get(b, "/api/v1/diary/cramps").statusCode()).isEqualTo(200);
        assertThat(form(b, "/diary/log", "muscle=calf&zone=UTC").statusCode()).isEqualTo(303);
        assertThat(get(a, "/api/v1/diary/cramps").body()).contains("\"calf\"");

        assertThat(form(b, "/account/signout", "").statusCode()).isIn(200, 303);
        assertThat(get(a, "/api/v1/diary/cramps").statusCode()).as("signed out on B, so on A too").isEqualTo(401);
    }

    @Test
    void failedSignInsCountAcrossBothServers() throws Exception {
        signUp(a, "throttled@example.org");
        for (int i = 0; i < PersonalServer.TEST_POLICY.pairFailures(); i++) {
            PersonalServer server = i % 2 == 0 ? a : b;
            assertThat(form(server, "/account/signin", "email=throttled%40example.org&password=wrong+password+" + i)
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<String> right = form(a, "/account/signin", "email=throttled%40example.org&password=" + enc(PASSWORD));
        assertThat(right.statusCode()).as("paused after failures spread over A and B").isEqualTo(429);
        assertThat(form(b, "/account/signin", "email=throttled%40example.org&password=" + enc(PASSWORD)).statusCode())
                .isEqualTo(429);
    }

    @Test
    void aFormFromOneServerIsAcceptedByTheOtherAndAForgedOneByNeither() throws Exception {
        signUp(b, "forms@example.org");
        form(b, "/account/signin", "email=forms%40example.org&password=" + enc(PASSWORD));
        assertThat(form(a, "/diary/checkin", "date=2026-01-05&fluid_glasses=6").statusCode())
                .as("token from a page of B, form sent to A").isEqualTo(200);
        assertThat(get(b, "/api/v1/diary/checkins/2026-01-05").statusCode()).isEqualTo(200);
        for (PersonalServer server : new PersonalServer[] {a, b}) {
            HttpResponse<String> forged = send(server, HttpRequest.newBuilder(URI.create(server.url("/diary/checkin")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("date=2026-01-06&csrf=" + "x".repeat(43))));
            assertThat(forged.statusCode()).isEqualTo(403);
        }
    }

    private static final String PASSWORD = "a good long password";

    private void signUp(PersonalServer server, String email) throws Exception {
        assertThat(form(server, "/account/signup", "email=" + enc(email) + "&password=" + enc(PASSWORD)).statusCode())
                .isEqualTo(200);
    }

    /** Posts a form the way a browser does: the CSRF token from a page of the other server first. */
    private HttpResponse<String> form(PersonalServer server, String path, String fields) throws Exception {
        PersonalServer other = server == a ? b : a;
        String page = get(other, path.startsWith("/account/sign") ? path : "/account/signin").body();
        Matcher m = CSRF_FIELD.matcher(page);
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        String body = (fields.isEmpty() ? "" : fields + "&") + "csrf=" + enc(m.group(1));
        return send(server, HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(PersonalServer server, String path) throws Exception {
        return send(server, HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    private HttpResponse<String> send(PersonalServer server, HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
