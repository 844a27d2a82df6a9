package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crampcare.storage.Database;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.web.kit.Csrf;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.api.Test;

/**
 * Issue #19 items 7, 10, 12 and the operations settings: the public URL (Secure {@code __Host-}
 * cookies, HSTS), trusted proxies, Jetty's own error answers, the access log, and two servers
 * sharing one PostgreSQL (sessions, form tokens and throttling hold across both).
 */
class DeploymentHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "the right password 1";

    @Test
    void settingsAreCheckedAndNamed() {
        assertThat(SecurityConfig.resolve(null, null, null, null, Map.of())).isEqualTo(SecurityConfig.DEFAULTS);
        SecurityConfig set = SecurityConfig.resolve(null, null, null, null, Map.of("CRAMPCARE_PUBLIC_URL",
                "https://cramps.example.org", "CRAMPCARE_TRUSTED_PROXY", "127.0.0.1, ::1", "CRAMPCARE_SESSION_IDLE", "30m",
                "CRAMPCARE_SESSION_MAX", "12h"));
        assertThat(set.https()).isTrue();
        assertThat(set.trustedProxies()).hasSize(2);
        assertThat(set.sessionIdle().toMinutes()).isEqualTo(30);
        assertThat(set.sessionMax().toHours()).isEqualTo(12);
        assertThat(SecurityConfig.resolve("http://localhost:8080", null, null, null, Map.of()).https()).isFalse();
        assertThatThrownBy(() -> SecurityConfig.resolve("ftp://x.org", null, null, null, Map.of()))
                .hasMessageStartingWith("--public-url / CRAMPCARE_PUBLIC_URL:");
        assertThatThrownBy(() -> SecurityConfig.resolve(null, "proxy.example.org", null, null, Map.of()))
                .hasMessageStartingWith("--trusted-proxy / CRAMPCARE_TRUSTED_PROXY:");
        assertThatThrownBy(() -> SecurityConfig.resolve(null, null, "soon", null, Map.of()))
                .hasMessageStartingWith("--session-idle / CRAMPCARE_SESSION_IDLE:");
        assertThatThrownBy(() -> SecurityConfig.resolve(null, null, "8d", null, Map.of()))
                .hasMessageStartingWith("--session-idle / CRAMPCARE_SESSION_IDLE:");
        assertThatThrownBy(() -> SecurityConfig.resolve(null, null, null, "365d", Map.of()))
                .hasMessageStartingWith("--session-max / CRAMPCARE_SESSION_MAX:");
    }

    /** Item 7: cookies never got Secure and the __Host- prefix, even behind TLS; no HSTS. */
    @Test
    void behindAnHttpsPublicUrlCookiesAreSecureHostCookiesAndHstsIsSent() throws Exception {
        SecurityConfig https = SecurityConfig.resolve("https://cramps.example.org", null, null, null, Map.of());
        try (PersonalServer server = new PersonalServer(PersonalServer.TEST_POLICY, https)) {
            HttpResponse<String> home = get(server.url("/"), null);
            assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(home.headers().allValues("Set-Cookie")).singleElement().satisfies(c -> assertThat(c)
                    .startsWith("__Host-" + Csrf.COOKIE + "=").contains("; Secure").contains("Path=/")
                    .doesNotContainIgnoringCase("Domain"));
            post(server.url("/api/v1/account/signup"), credentials("https@example.org"), null);
            HttpResponse<String> in = post(server.url("/api/v1/account/signin"), credentials("https@example.org"), null);
            String session = in.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("__Host-" + Sessions.COOKIE + "=")).findFirst().orElseThrow();
            assertThat(session).contains("; Secure").contains("HttpOnly").contains("SameSite=Strict");
            String token = session.substring(session.indexOf('=') + 1, session.indexOf(';'));
            assertThat(get(server.url("/api/v1/diary/cramps"), "__Host-" + Sessions.COOKIE + "=" + token).statusCode())
                    .isEqualTo(200);
            assertThat(get(server.url("/api/v1/diary/cramps"), Sessions.COOKIE + "=" + token).statusCode()).isEqualTo(401);
        }
        try (RunningServer plain = new RunningServer()) {
            HttpResponse<String> home = get(plain.url("/"), null);
            assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(home.headers().allValues("Set-Cookie")).singleElement().satisfies(c -> assertThat(c)
                    .startsWith(Csrf.COOKIE + "=").doesNotContain("Secure"));
        }
    }

    /** Trusted proxies: X-Forwarded-For names the client for throttling and the log; from anyone else it is ignored. */
    @Test
    void theClientAddressComesFromATrustedProxyOnly() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        SecurityConfig proxied = SecurityConfig.resolve(null, "127.0.0.1", null, null, Map.of());
        try (PersonalServer server = new PersonalServer(PersonalServer.TEST_POLICY, proxied)) {
            post(server.url("/api/v1/account/signup"), credentials("proxied@example.org"), null);
            String wrong = "{\"email\":\"proxied@example.org\",\"password\":\"a wrong password\"}";
            for (int i = 0; i < 6; i++) {
                post(server.url("/api/v1/account/signin"), wrong, "198.51.100.7, 203.0.113.1");
            }
            assertThat(post(server.url("/api/v1/account/signin"), credentials("proxied@example.org"), "203.0.113.1")
                    .statusCode()).isEqualTo(429);
            assertThat(post(server.url("/api/v1/account/signin"), credentials("proxied@example.org"), "203.0.113.2")
                    .statusCode()).isEqualTo(200);
        } finally {
            System.setErr(err);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("client=203.0.113.1 person=-")
                .containsPattern("POST /api/v1/account/signin 200 \\d+ms client=203\\.0\\.113\\.2 person=-")
                .doesNotContain("198.51.100.7")
                .as("the log never holds an e-mail or a password sent in a body (H-11)")
                .doesNotContain("proxied@example.org").doesNotContain("a wrong password");
        try (PersonalServer direct = new PersonalServer()) {
            post(direct.url("/api/v1/account/signup"), credentials("direct@example.org"), null);
            String wrong = "{\"email\":\"direct@example.org\",\"password\":\"a wrong password\"}";
            for (int i = 0; i < 6; i++) {
                post(direct.url("/api/v1/account/signin"), wrong, "203.0.113." + i);
            }
            assertThat(post(direct.url("/api/v1/account/signin"), credentials("direct@example.org"), "203.0.113.99")
                    .statusCode()).as("X-Forwarded-For from an untrusted peer changes nothing").isEqualTo(429);
        }
    }

    /** Item 12: Jetty's own 400 and 431 answers lacked the security headers. */
    @Test
    void jettysOwnErrorAnswersCarryTheSecurityHeaders() throws Exception {
        try (RunningServer server = new RunningServer()) {
            URI uri = URI.create(server.url("/"));
            for (String request : List.of("GET /%zz% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                    "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                    "NOT A REQUEST\r\n\r\n")) {
                try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(answer).matches("(?s)HTTP/1\\.1 (400|431|505) .*").containsIgnoringCase("Content-Security-Policy:")
                            .containsIgnoringCase("X-Content-Type-Options: nosniff").doesNotContain("at org.");
                }
            }
        }
    }

    /** Two servers on one PostgreSQL: a session, a form token and the throttle counts hold across both. */
    @Test
    void twoServersOnOnePostgresShareSessionsFormTokensAndThrottling() throws Exception {
        TestDatabases.fresh(Vendor.POSTGRESQL);
        try (Database one = Database.open(TestDatabases.config(Vendor.POSTGRESQL));
             Database two = Database.open(TestDatabases.config(Vendor.POSTGRESQL));
             PersonalServer a = new PersonalServer(PersonalServer.newDir(), one, PersonalServer.TEST_POLICY,
                     SecurityConfig.DEFAULTS);
             PersonalServer b = new PersonalServer(PersonalServer.newDir(), two, PersonalServer.TEST_POLICY,
                     SecurityConfig.DEFAULTS)) {
            HttpPerson onA = new HttpPerson(a, "two-servers@example.org", PASSWORD).signedUp();
            HttpPerson onB = new HttpPerson(b, onA.email, PASSWORD);
            onB.session = onA.session;
            assertThat(onB.get("/api/v1/diary/cramps").statusCode()).isEqualTo(200);
            String token = onA.formToken();
            assertThat(onB.raw("POST", "/diary/log", "application/x-www-form-urlencoded", "muscle=calf&csrf=" + token)
                    .statusCode()).isEqualTo(303);
            String wrong = "{\"email\":\"" + onA.email + "\",\"password\":\"a wrong password\"}";
            for (int i = 0; i < 5; i++) {
                post((i % 2 == 0 ? a : b).url("/api/v1/account/signin"), wrong, null);
            }
            assertThat(post(b.url("/api/v1/account/signin"), credentials(onA.email), null).statusCode()).isEqualTo(429);
            assertThat(post(a.url("/api/v1/account/signin"), credentials(onA.email), null).statusCode()).isEqualTo(429);
        }
    }

    private static String credentials(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
