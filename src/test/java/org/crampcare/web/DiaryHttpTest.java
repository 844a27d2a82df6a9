package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crampcare.CrampCare;
import org.crampcare.web.account.AccountHandlers;
import org.crampcare.web.kit.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts and the diary over real HTTP on a real SQLite database: flows, isolation, CSRF, throttling, bad input. */
class DiaryHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static PrintStream originalErr;
    private static PersonalServer server;
    private static OpenApiDocument openApi;

    @BeforeAll
    static void start() throws Exception {
        originalErr = System.err;
        System.setErr(new PrintStream(new TeeStream(originalErr, LOG), true, StandardCharsets.UTF_8));
        server = new PersonalServer();
        openApi = new OpenApiDocument(new HttpPerson(server, "-", "-").get("/api/v1/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
        System.setErr(originalErr);
    }

    @Test
    void signUpSignInAndOutWithPages() throws Exception {
        HttpPerson p = new HttpPerson(server, "page-flow@example.org", "a good long password");
        HttpResponse<String> up = p.form("/account/signup", Map.of("email", p.email, "password", p.password));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains(AccountHandlers.SIGNED_UP);
        HttpResponse<String> again = p.form("/account/signup", Map.of("email", p.email, "password", "someone else's pw 1"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(AccountHandlers.SIGNED_UP);

        HttpResponse<String> in = p.form("/account/signin", Map.of("email", p.email, "password", p.password));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/diary");
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Sessions.COOKIE))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        p.session = HttpPerson.cookie(in, Sessions.COOKIE);
        HttpResponse<String> diary = p.get("/diary");
        assertThat(diary.statusCode()).isEqualTo(200);
        assertThat(diary.body()).contains("Log a cramp now").contains("My diary");

        assertThat(p.form("/account/signout", Map.of()).statusCode()).isEqualTo(303);
        HttpResponse<String> after = p.get("/diary");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location")).hasValue("/account/signin");
        assertThat(p.get("/api/v1/diary/cramps").statusCode()).isEqualTo(401);

        HttpPerson stranger = new HttpPerson(server, "nobody-here@example.org", "whatever password 1");
        String wrongPassword = p.form("/account/signin", Map.of("email", p.email, "password", "not the password")).body();
        String noAccount = stranger.form("/account/signin", Map.of("email", stranger.email, "password", "x")).body();
        assertThat(wrongPassword).contains("The e-mail or password is not right.");
        assertThat(noAccount).contains("The e-mail or password is not right.");
    }

    @Test
    void everyDiaryRouteIsClosedToOtherPeople() throws Exception {
        CrossAccountCheck.run(server);
    }

    @Test
    void logACrampNowThenAddDetailsWithTheTimeZone() throws Exception {
        HttpPerson p = new HttpPerson(server, "two-taps@example.org", "two taps and done 1").signedUp();
        HttpResponse<String> logged = p.form("/diary/log", Map.of("muscle", "calf", "zone", "Europe/Berlin"));
        assertThat(logged.statusCode()).isEqualTo(303);
        String edit = logged.headers().firstValue("Location").orElseThrow();
        assertThat(edit).startsWith("/diary/cramps/");
        String id = edit.substring("/diary/cramps/".length(), edit.indexOf('?'));
        assertThat(p.get(edit).body()).contains("Logged.").contains("Europe/Berlin");
        HttpResponse<String> saved = p.form("/diary/cramps/" + id, Map.of("zone", "Europe/Berlin",
                "when", "2026-01-05T23:30", "muscles", "foot", "side", "left", "minutes", "20", "pain", "7",
                "activities", "asleep", "relief_stretch", "3", "note", "woke at night"));
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonNode c = JSON.readTree(p.get("/api/v1/diary/cramps/" + id).body());
        assertThat(c.get("time").asText()).isEqualTo("2026-01-05T22:30:00Z");
        assertThat(c.get("local_time").asText()).isEqualTo("2026-01-05T23:30");
        assertThat(c.get("duration_seconds").asInt()).isEqualTo(1200);
        assertThat(c.get("relief").get("stretch").asInt()).isEqualTo(3);
        assertThat(openApi.violations("/api/v1/diary/cramps/{id}", "get", 200, p.get("/api/v1/diary/cramps/" + id).body()))
                .isEmpty();

        HttpResponse<String> bad = p.form("/diary/cramps/" + id, Map.of("pain", "11"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Pain");

        p.form("/diary/checkin", Map.of("date", "2026-01-05", "exercise", "hard", "fluid_glasses", "5",
                "long_standing", "yes"));
        HttpResponse<String> checkIn = p.get("/api/v1/diary/checkins/2026-01-05");
        assertThat(JSON.readTree(checkIn.body()).get("exercise").asText()).isEqualTo("hard");
        assertThat(openApi.violations("/api/v1/diary/checkins/{date}", "get", 200, checkIn.body())).isEmpty();
    }

    @Test
    void aResultCanBeSavedToTheDiaryWhenSignedIn() throws Exception {
        String state = "{\"answers\":{\"pain_score\":3,\"swelling\":true}}";
        Map<String, String> result = Map.of("nav", "result", "step", "0", "state", state);
        HttpPerson anonymous = new HttpPerson(server, "-", "-");
        assertThat(anonymous.form("/assessment/step", result).body()).doesNotContain("Save to my diary");
        HttpResponse<String> notSaved = anonymous.form("/assessment/save", Map.of("state", state));
        assertThat(notSaved.statusCode()).isEqualTo(303);
        assertThat(notSaved.headers().firstValue("Location")).hasValue("/account/signin");

        HttpPerson p = new HttpPerson(server, "saver@example.org", "save my result 123").signedUp();
        assertThat(p.form("/assessment/step", result).body()).contains("Save to my diary");
        HttpResponse<String> saved = p.form("/assessment/save", Map.of("state", state));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/diary/assessments");
        HttpResponse<String> list = p.get("/api/v1/diary/assessments");
        JsonNode saved0 = JSON.readTree(list.body()).get("assessments").get(0);
        assertThat(saved0.get("level").asText()).isEqualTo("URGENT");
        assertThat(openApi.violations("/api/v1/diary/assessments", "get", 200, list.body())).isEmpty();
        assertThat(p.get("/diary/assessments").body()).contains("Urgent");
        assertThat(p.form("/assessment/save", Map.of("state", "{broken")).statusCode()).isEqualTo(400);
    }

    @Test
    void formPostsWithoutTheTokenAndCookieApiCallsWithoutJsonAreRefused() throws Exception {
        HttpPerson p = new HttpPerson(server, "csrf@example.org", "csrf is refused 123").signedUp();
        int before = cramps(p);
        assertThat(p.form("/diary/log", Map.of("muscle", "calf"), false).statusCode()).isEqualTo(403);
        assertThat(p.raw("POST", "/api/v1/diary/cramps", "text/plain", "{}").statusCode()).isEqualTo(415);
        assertThat(p.raw("POST", "/api/v1/diary/cramps", "application/x-www-form-urlencoded", "a=b").statusCode())
                .isEqualTo(415);
        assertThat(p.form("/account/delete", Map.of("password", p.password), false).statusCode()).isEqualTo(403);
        assertThat(cramps(p)).isEqualTo(before);
        assertThat(p.get("/diary").statusCode()).isEqualTo(200);
    }

    @Test
    void personalTokensNeedNoCsrfAndCanBeRevoked() throws Exception {
        HttpPerson p = new HttpPerson(server, "token@example.org", "tokens for scripts 1").signedUp();
        HttpResponse<String> created = p.json("POST", "/api/v1/diary/tokens", "{\"name\":\"script\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(openApi.violations("/api/v1/diary/tokens", "post", 201, created.body())).isEmpty();
        HttpPerson script = new HttpPerson(server, p.email, "");
        script.bearer = JSON.readTree(created.body()).get("token").asText();
        assertThat(script.json("POST", "/api/v1/diary/cramps", "{}").statusCode()).isEqualTo(201);
        assertThat(p.json("DELETE", "/api/v1/diary/tokens/" + JSON.readTree(created.body()).get("id").asLong(), null)
                .statusCode()).isEqualTo(204);
        assertThat(script.get("/api/v1/diary/cramps").statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() throws Exception {
        HttpPerson p = new HttpPerson(server, "throttle@example.org", "the right password 1").signedUp();
        String wrong = "{\"email\":\"" + p.email + "\",\"password\":\"wrong password\"}";
        int last = 0;
        for (int i = 0; i < 7; i++) {
            last = p.json("POST", "/api/v1/account/signin", wrong).statusCode();
        }
        assertThat(last).isEqualTo(429);
        HttpResponse<String> r = p.json("POST", "/api/v1/account/signin", wrong);
        assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).isEqualTo("credentials");
        assertThat(openApi.violations("/api/v1/account/signin", "post", 429, r.body())).isEmpty();
        HttpResponse<String> page = p.form("/account/signin", Map.of("email", p.email, "password", p.password));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many attempts");
    }

    static Stream<String[]> badInputs() {
        return Stream.of(
                new String[] {"POST", "/api/v1/diary/cramps", "not json", "body"},
                new String[] {"POST", "/api/v1/diary/cramps", "[1]", "body"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"pain\":11}", "pain"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"pain\":\"high\"}", "pain"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"muscles\":[\"elbow\"]}", "muscles"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"muscles\":\"calf\"}", "muscles"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"side\":\"middle\"}", "side"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"duration_seconds\":0}", "duration_seconds"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"activities\":[\"dancing\"]}", "activities"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"relief\":{\"stretch\":4}}", "relief"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"relief\":{\"yoga\":1}}", "relief"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"time\":\"yesterday\"}", "time"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"time\":\"2999-01-01T00:00:00Z\"}", "time"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"zone\":\"Mars/Olympus\"}", "zone"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"note\":\"" + "x".repeat(3000) + "\"}", "note"},
                new String[] {"POST", "/api/v1/diary/cramps", "{\"mood\":\"bad\"}", "mood"},
                new String[] {"PUT", "/api/v1/diary/checkins/2026-01-01", "{\"fluid_glasses\":-1}", "fluid_glasses"},
                new String[] {"PUT", "/api/v1/diary/checkins/2026-01-01", "{\"exercise\":\"extreme\"}", "exercise"},
                new String[] {"PUT", "/api/v1/diary/checkins/2026-01-01", "{\"long_sitting\":\"yes\"}", "long_sitting"},
                new String[] {"PUT", "/api/v1/diary/checkins/2026-01-01", "{\"sleep_position\":\"upside\"}", "sleep_position"},
                new String[] {"PUT", "/api/v1/diary/checkins/01-01-2026", "{}", "date"},
                new String[] {"PUT", "/api/v1/diary/checkins/2999-01-01", "{}", "date"},
                new String[] {"POST", "/api/v1/diary/assessments", "{\"answers\":{\"pain_score\":99}}", "answers.pain_score"},
                new String[] {"POST", "/api/v1/diary/assessments", "{\"oops\":1}", "oops"},
                new String[] {"POST", "/api/v1/diary/tokens", "{\"name\":\"\"}", "name"},
                new String[] {"GET", "/api/v1/diary/cramps?from=2026-02-01&to=2026-01-01", null, "from"},
                new String[] {"GET", "/api/v1/diary/cramps?muscle=elbow", null, "muscle"},
                new String[] {"GET", "/api/v1/diary/export?format=xml", null, "format"});
    }

    @Test
    void badInputOfEveryKindIs400NamingTheFieldAndWritesNothing() throws Exception {
        HttpPerson p = new HttpPerson(server, "bad-input@example.org", "bad input is refused 1").signedUp();
        p.json("POST", "/api/v1/diary/cramps", "{\"muscles\":[\"calf\"]}");
        Map<String, Long> before = TestCounts.of(server.db);
        for (String[] c : badInputs().toList()) {
            HttpResponse<String> r = p.json(c[0], c[1], c[2]);
            assertThat(r.statusCode()).as(c[0] + " " + c[1] + " " + c[2]).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).as(c[1] + " " + c[2]).startsWith(c[3]);
        }
        HttpResponse<String> badCsv = p.raw("POST", "/api/v1/diary/import", "text/csv",
                "kind,date,time,zone,muscles,note\ncramp,,2026-01-01T10:00:00Z,UTC,calf,ok\ncramp,,2026-01-01T11:00:00Z,UTC,elbow,bad\n");
        assertThat(badCsv.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badCsv.body()).path("error").path("field").asText()).contains("row").contains("muscles");
        assertThat(openApi.violations("/api/v1/diary/import", "post", 400, badCsv.body())).isEmpty();
        HttpResponse<String> big = p.json("POST", "/api/v1/diary/cramps", "{\"note\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(TestCounts.of(server.db)).isEqualTo(before);
    }

    @Test
    void exportThenImportOverHttpLosesNothing() throws Exception {
        HttpPerson ana = new HttpPerson(server, "round-ana@example.org", "round trip source 1").signedUp();
        ana.json("POST", "/api/v1/diary/cramps", "{\"time\":\"2026-01-03T04:05:00Z\",\"zone\":\"America/New_York\","
                + "\"muscles\":[\"calf\",\"foot\"],\"side\":\"both\",\"duration_seconds\":95,\"pain\":8,"
                + "\"activities\":[\"asleep\"],\"relief\":{\"stretch\":2,\"fluids\":0},\"note\":\"comma, \\\"quote\\\"\\nline\"}");
        ana.json("POST", "/api/v1/diary/cramps", "{}");
        ana.json("PUT", "/api/v1/diary/checkins/2026-01-02", "{\"exercise\":\"light\",\"heat_minutes\":30,"
                + "\"long_sitting\":true,\"tight_shoes\":false,\"sleep_position\":\"side\",\"note\":\"ok\"}");
        ana.json("POST", "/api/v1/diary/assessments", "{\"answers\":{\"pain_score\":4,\"swelling\":true}}");
        String csv = ana.get("/api/v1/diary/export?format=csv").body();
        HttpResponse<String> json = ana.get("/api/v1/diary/export?format=json");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

        HttpPerson copy = new HttpPerson(server, "round-copy@example.org", "round trip target 1").signedUp();
        HttpResponse<String> imported = copy.raw("POST", "/api/v1/diary/import", "text/csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(openApi.violations("/api/v1/diary/import", "post", 200, imported.body())).isEmpty();
        assertThat(copy.get("/api/v1/diary/export?format=csv").body()).isEqualTo(csv);
        JsonNode a = JSON.readTree(json.body());
        JsonNode b = JSON.readTree(copy.get("/api/v1/diary/export?format=json").body());
        for (String part : List.of("cramps", "check_ins", "assessments")) {
            assertThat(strip(b.get(part))).as(part).isEqualTo(strip(a.get(part)));
        }
    }

    @Test
    void passwordsAppearNeitherInTheDatabaseNorInTheLog() throws Exception {
        String password = "Unmistakable-Passw0rd-4417";
        HttpPerson p = new HttpPerson(server, "secret@example.org", password).signedUp();
        p.form("/account/signin", Map.of("email", p.email, "password", password));
        p.form("/account/password", Map.of("current_password", password, "new_password", password + "-new"));
        try (Stream<Path> files = Files.list(server.dataDir)) {
            for (Path f : files.toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(password);
            }
        }
        System.err.flush();
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain(password).doesNotContain("ana-private-note");
    }

    @Test
    void withoutADatabaseTheDiaryAnswers503() throws Exception {
        try (RunningServer plain = new RunningServer()) {
            HttpResponse<String> api = HttpPerson.send(HttpRequest.newBuilder(URI.create(plain.url("/api/v1/diary/cramps"))));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(openApi.violations("/api/v1/diary/cramps", "get", 503, api.body())).isEmpty();
            HttpResponse<String> page = HttpPerson.send(HttpRequest.newBuilder(URI.create(plain.url("/diary"))));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("not set up on this server");
        }
    }

    private static int cramps(HttpPerson p) throws Exception {
        return JSON.readTree(p.get("/api/v1/diary/cramps").body()).get("cramps").size();
    }

    private static JsonNode strip(JsonNode list) {
        for (JsonNode n : list) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove(List.of("created_at", "updated_at"));
        }
        return list;
    }
}
