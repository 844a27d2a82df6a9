package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.crampcare.account.AccountPolicy;
import org.crampcare.storage.DatabaseConfig;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixes of the security review (issue #19) over real HTTP on a real SQLite database. */
class SecurityHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PersonalServer server;

    @BeforeAll
    static void start() {
        server = new PersonalServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Item 2: 60 parallel wrong passwords used to get 60 × 401 and no 429. */
    @Test
    void sixtyParallelWrongPasswordsGetFive401AndFiftyFive429() throws Exception {
        try (PersonalServer own = new PersonalServer()) {
            sixtyParallelWrongPasswords(own);
        }
    }

    private static void sixtyParallelWrongPasswords(PersonalServer server) throws Exception {
        HttpPerson p = new HttpPerson(server, "parallel@example.org", "the right password 1").signedUp();
        String wrong = "{\"email\":\"" + p.email + "\",\"password\":\"a wrong password\"}";
        List<CompletableFuture<HttpResponse<String>>> calls = postAllAtOnce(server.url("/api/v1/account/signin"),
                java.util.Collections.nCopies(60, wrong));
        int unauthorized = 0;
        int throttled = 0;
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            int status = c.get().statusCode();
            unauthorized += status == 401 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }
        assertThat(unauthorized).isEqualTo(5);
        assertThat(throttled).isEqualTo(55);
    }

    /** Item 3: 80 parallel sign-ups from one address used to be accepted, each costing a bcrypt hash. */
    @Test
    void eightyParallelSignUpsFromOneAddressGetTenAccepted() throws Exception {
        try (PersonalServer strict = new PersonalServer(AccountPolicy.STANDARD.withBcryptCost(4), SecurityConfig.DEFAULTS)) {
            List<CompletableFuture<HttpResponse<String>>> calls = postAllAtOnce(strict.url("/api/v1/account/signup"),
                    signUps("flood", 80));
            int accepted = 0;
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> c : calls) {
                HttpResponse<String> r = c.get();
                accepted += r.statusCode() == 202 ? 1 : 0;
                if (r.statusCode() == 429) {
                    refused++;
                    assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).isEqualTo("address");
                }
            }
            assertThat(accepted).isEqualTo(10);
            assertThat(refused).isEqualTo(70);
        }
    }

    /** Item 3: with one hashing thread and one waiting place, the overflow is refused at once with 503. */
    @Test
    void passwordWorkBeyondTheQueueIsRefusedWith503() throws Exception {
        try (PersonalServer narrow = new PersonalServer(AccountPolicy.STANDARD.withBcryptCost(10).withHashing(1, 1).withSignUps(100),
                SecurityConfig.DEFAULTS)) {
            List<CompletableFuture<HttpResponse<String>>> calls = postAllAtOnce(narrow.url("/api/v1/account/signup"),
                    signUps("busy", 12));
            int busy = 0;
            for (CompletableFuture<HttpResponse<String>> c : calls) {
                HttpResponse<String> r = c.get();
                assertThat(r.statusCode()).isIn(202, 503);
                if (r.statusCode() == 503) {
                    busy++;
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(busy).isPositive();
        }
    }

    /** Item 6: a Bearer token could make more tokens. */
    @Test
    void aTokenCannotMakeTokens() throws Exception {
        HttpPerson p = new HttpPerson(server, "token-maker@example.org", "tokens for scripts 1").signedUp();
        HttpResponse<String> created = p.json("POST", "/api/v1/diary/tokens", "{\"name\":\"script\"}");
        assertThat(JSON.readTree(created.body()).get("expires_at").asText()).isNotBlank();
        HttpPerson script = new HttpPerson(server, p.email, "");
        script.bearer = JSON.readTree(created.body()).get("token").asText();
        HttpResponse<String> more = script.json("POST", "/api/v1/diary/tokens", "{\"name\":\"another\"}");
        assertThat(more.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(more.body()).path("error").path("field").asText()).isEqualTo("Authorization");
        assertThat(script.get("/api/v1/diary/cramps").statusCode()).isEqualTo(200);
    }

    /** Item 8: the form token did not change at sign-in. */
    @Test
    void theFormTokenChangesAtSignInAndTheOldOneIsRefused() throws Exception {
        HttpPerson p = new HttpPerson(server, "csrf-change@example.org", "the right password 1");
        p.json("POST", "/api/v1/account/signup", "{\"email\":\"" + p.email + "\",\"password\":\"" + p.password + "\"}");
        String before = p.formToken();
        assertThat(p.form("/account/signin", Map.of("email", p.email, "password", p.password)).statusCode()).isEqualTo(303);
        String after = p.formToken();
        assertThat(after).isNotEqualTo(before);
        HttpResponse<String> stale = p.raw("POST", "/diary/log", "application/x-www-form-urlencoded",
                "muscle=calf&csrf=" + before);
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(p.raw("POST", "/diary/log", "application/x-www-form-urlencoded", "muscle=calf&csrf=" + after)
                .statusCode()).isEqualTo(303);
    }

    /** Item 12: a bad charset gave a 500 and a stack trace; HTML had no charset; JSON errors named the parser's internals. */
    @Test
    void aBadCharsetIs415HtmlNamesItsCharsetAndJsonErrorsArePlain() throws Exception {
        HttpPerson p = new HttpPerson(server, "-", "-");
        HttpResponse<String> form = p.raw("POST", "/search", "application/x-www-form-urlencoded; charset=nonsense-42", "q=x");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(p.get("/").headers().firstValue("Content-Type").orElse("")).containsIgnoringCase("charset=utf-8");
        HttpResponse<String> api = p.raw("POST", "/api/v1/assessments", "application/json; charset=\"x\"", "{}");
        assertThat(api.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(api.body()).path("error").path("field").asText()).isEqualTo("Content-Type");
        HttpResponse<String> diary = p.raw("POST", "/api/v1/account/signin", "application/json;charset=latin-9", "{}");
        assertThat(diary.statusCode()).isEqualTo(415);
        assertThat(p.raw("POST", "/api/v1/assessments", "application/json; charset=UTF-8", "{}").statusCode()).isEqualTo(200);
        for (String body : List.of("{\"answers\":{", "{\"a\":1,\"a\":2}", "{} []", "{'answers':1}", "nul")) {
            String message = JSON.readTree(p.raw("POST", "/api/v1/assessments", "application/json", body).body())
                    .path("error").path("message").asText();
            assertThat(message).as(body).startsWith("malformed JSON").doesNotContain("Source", "StreamReadFeature",
                    "jackson", "java.", "`", "REDACTED", "token");
        }
    }

    /** Item 11: the data folder and the database were readable by every local user. */
    @Test
    void theDataFolderAndDatabaseAreTheOwnersOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                server.dataDir.resolve(DatabaseConfig.SQLITE_FILE)))).isEqualTo("rw-------");
    }

    /** Item 9: CSV cells that a spreadsheet would run as formulas are neutralised, and still import back unchanged. */
    @Test
    void formulasInTheCsvAreNeutralisedAndImportBackUnchanged() throws Exception {
        HttpPerson ana = new HttpPerson(server, "formula@example.org", "spreadsheet safe 123").signedUp();
        String note = "=HYPERLINK(\\\"http://example.org\\\",\\\"x\\\")";
        ana.json("POST", "/api/v1/diary/cramps", "{\"note\":\"" + note + "\"}");
        ana.json("POST", "/api/v1/diary/cramps", "{\"note\":\"'@twice\"}");
        String csv = ana.get("/api/v1/diary/export?format=csv").body();
        assertThat(csv).contains("\"'=HYPERLINK(").contains("''@twice").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        HttpPerson copy = new HttpPerson(server, "formula-copy@example.org", "spreadsheet safe 456").signedUp();
        assertThat(copy.raw("POST", "/api/v1/diary/import", "text/csv", csv).statusCode()).isEqualTo(200);
        List<String> notes = new ArrayList<>();
        JSON.readTree(copy.get("/api/v1/diary/cramps").body()).get("cramps").forEach(c -> notes.add(c.get("note").asText()));
        assertThat(notes).containsExactlyInAnyOrder("=HYPERLINK(\"http://example.org\",\"x\")", "'@twice");
    }

    /** Item 12: the import took any JSON as a saved result, so a level could be invented. */
    @Test
    void anImportedAssessmentWhoseLevelDoesNotMatchItsAnswersIsRefused() throws Exception {
        HttpPerson ana = new HttpPerson(server, "levels@example.org", "levels are checked 1").signedUp();
        ana.json("POST", "/api/v1/diary/assessments", "{\"answers\":{\"pain_score\":4,\"swelling\":true}}");
        String csv = ana.get("/api/v1/diary/export?format=csv").body();
        assertThat(csv).contains("URGENT");
        String lowered = csv.replace(",URGENT,", ",SELF_CARE,").replace("\"\"triage\"\":\"\"URGENT\"\"", "\"\"triage\"\":\"\"SELF_CARE\"\"");
        HttpPerson copy = new HttpPerson(server, "levels-copy@example.org", "levels are checked 2").signedUp();
        HttpResponse<String> refused = copy.raw("POST", "/api/v1/diary/import", "text/csv", lowered);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).path("error");
        assertThat(error.path("field").asText()).isEqualTo("row 1.result_json");
        assertThat(error.path("message").asText()).contains("URGENT").contains("SELF_CARE");
        assertThat(copy.raw("POST", "/api/v1/diary/import", "text/csv", csv).statusCode()).isEqualTo(200);
    }

    /** Item 5: the session cookie of a sign-in lasts no longer than the absolute lifetime. */
    @Test
    void theSessionCookieLastsTheAbsoluteLifetime() throws Exception {
        HttpPerson p = new HttpPerson(server, "cookie-age@example.org", "the right password 1");
        p.json("POST", "/api/v1/account/signup", "{\"email\":\"" + p.email + "\",\"password\":\"" + p.password + "\"}");
        HttpResponse<String> in = p.json("POST", "/api/v1/account/signin",
                "{\"email\":\"" + p.email + "\",\"password\":\"" + p.password + "\"}");
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Sessions.COOKIE + "="))
                .findFirst().orElseThrow();
        long maxAge = Long.parseLong(cookie.replaceAll(".*Max-Age=([0-9]+).*", "$1"));
        assertThat(maxAge).isBetween(7 * 86400L - 60, 7 * 86400L);
        assertThat(cookie).doesNotContain("Secure");
    }

    /** Sends every JSON body to the URL at once, without waiting for answers. */
    private static List<CompletableFuture<HttpResponse<String>>> postAllAtOnce(String url, List<String> bodies) {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (String body : bodies) {
            calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        return calls;
    }

    private static List<String> signUps(String prefix, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add("{\"email\":\"" + prefix + i + "@example.org\",\"password\":\"a long enough password\"}");
        }
        return bodies;
    }
}
