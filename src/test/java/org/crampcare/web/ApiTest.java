package org.crampcare.web;

import org.crampcare.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crampcare.web.kit.Csrf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON API over real HTTP: the contract, every kind of bad input, the OpenAPI document, hardening. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;
    private static HttpClient http;
    private static OpenApiDocument openApi;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer();
        http = HttpClient.newHttpClient();
        openApi = new OpenApiDocument(get("/api/v1/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> devCases() throws IOException {
        String shared = System.getProperty("crampcare.shared");
        Path file = shared == null ? null : Path.of(shared, "eval", "triage-structured-dev.jsonl");
        if (file == null || !Files.isRegularFile(file)) {
            return Stream.of(Arguments.of("missing", null));
        }
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode c = JSON.readTree(line);
                cases.add(Arguments.of(c.get("id").asText(), c));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devCases")
    void devCaseThroughTheApi(String id, JsonNode c) throws Exception {
        TestEnvironment.require(c != null, "set -Dcrampcare.shared to the shared folder to run the dev cases");
        HttpResponse<String> r = postJson("{\"answers\":" + c.get("answers") + "}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(r.body());
        assertThat(result.get("triage").asText()).isEqualTo(c.path("expect").path("triage").asText());
        Set<String> rules = new HashSet<>();
        result.get("reasons").forEach(reason -> rules.add(reason.get("rule").asText()));
        Set<String> expected = new HashSet<>();
        c.path("expect").path("rules").forEach(rule -> expected.add(rule.asText()));
        assertThat(rules).isEqualTo(expected);
        assertThat(openApi.violations("/api/v1/assessments", "post", 200, r.body())).isEmpty();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown item id", "{\"answers\":{\"pain_level\":3}}", "answers.pain_level"),
                Arguments.of("wrong type", "{\"answers\":{\"swelling\":\"yes\"}}", "answers.swelling"),
                Arguments.of("out of range", "{\"answers\":{\"pain_score\":11}}", "answers.pain_score"),
                Arguments.of("unknown list value", "{\"answers\":{\"locations\":[\"calf\",\"elbow\"]}}", "answers.locations"),
                Arguments.of("malformed JSON", "{\"answers\":{", "input"),
                Arguments.of("empty body", "", "input"),
                Arguments.of("not an object", "[1,2]", "input"),
                Arguments.of("unknown top-level field", "{\"answer\":{}}", "answer"),
                Arguments.of("unknown language", "{\"text\":\"calambre\",\"language\":\"fr\"}", "language"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIs400NamingTheField(String kind, String body, String field) throws Exception {
        HttpResponse<String> r = postJson(body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).startsWith(field);
        assertThat(JSON.readTree(r.body()).path("error").path("message").asText()).isNotBlank();
        assertThat(openApi.violations("/api/v1/assessments", "post", 400, r.body())).isEmpty();
    }

    @Test
    void spanishTextIsReadWithItsLanguageGivenOrDetected() throws Exception {
        for (String body : List.of("{\"text\":\"sin hinchazón, pero tengo el pie dormido\",\"language\":\"es\"}",
                "{\"text\":\"sin hinchazón, pero tengo el pie dormido\"}")) {
            HttpResponse<String> r = postJson(body);
            assertThat(r.statusCode()).as(body).isEqualTo(200);
            JsonNode answers = JSON.readTree(r.body()).path("answers");
            assertThat(answers.path("swelling").asBoolean(true)).as(body).isFalse();
            assertThat(answers.path("numbness").asBoolean()).as(body).isTrue();
            assertThat(JSON.readTree(r.body()).path("triage").asText()).isEqualTo("URGENT");
            assertThat(openApi.violations("/api/v1/assessments", "post", 200, r.body())).isEmpty();
        }
    }

    /** Issue #19 item 1: text of any length up to the 64 KiB body limit was read, at a cost growing faster than its length. */
    @Test
    void textOverTwoThousandCharactersIs400NamingText() throws Exception {
        HttpResponse<String> tooLong = postJson("{\"text\":\"" + "no ".repeat(700) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).path("error").path("field").asText()).isEqualTo("text");
        assertThat(JSON.readTree(tooLong.body()).path("error").path("message").asText()).contains("2000");
        assertThat(openApi.violations("/api/v1/assessments", "post", 400, tooLong.body())).isEmpty();
        String longest = "\uD83E\uDDB5".repeat(10) + "a".repeat(1990);
        HttpResponse<String> fits = postJson("{\"text\":\"" + longest + "\"}");
        assertThat(fits.statusCode()).as(fits.body()).isIn(200, 400);
        if (fits.statusCode() == 400) {
            assertThat(JSON.readTree(fits.body()).path("error").path("message").asText()).doesNotContain("2000");
        }
        assertThat(JSON.readTree(get("/api/v1/openapi.json").body()).at("/components/schemas/AssessmentInput/properties/text/maxLength")
                .asInt()).isEqualTo(2000);
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/assessments")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{}}")));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).isEqualTo("Content-Type");
        assertThat(openApi.violations("/api/v1/assessments", "post", 415, r.body())).isEmpty();
    }

    @Test
    void bodyOver64KiBIs413() throws Exception {
        String big = "{\"text\":\"" + "a".repeat(70_000) + "\"}";
        RawHttp.Response response = RawHttp.post(server.url("/api/v1/assessments"), "application/json", big);
        assertThat(response.statusLine()).startsWith("HTTP/1.1 413");
        String body = response.body();
        assertThat(JSON.readTree(body).path("error").path("field").asText()).isEqualTo("body");
        assertThat(openApi.violations("/api/v1/assessments", "post", 413, body)).isEmpty();
    }

    @Test
    void formBodyOver64KiBIs413WithAPage() throws Exception {
        RawHttp.Response response = RawHttp.post(server.url("/search"), "application/x-www-form-urlencoded",
                "q=" + "a".repeat(70_000));
        assertThat(response.statusLine()).startsWith("HTTP/1.1 413");
        assertThat(response.body()).contains("<h1>That was too much text</h1>");
    }

    @Test
    void chunkedBodyOver64KiBIs413WithoutALength() throws Exception {
        URI uri = URI.create(server.url("/api/v1/assessments"));
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String chunk = "a".repeat(10_000);
            for (int i = 0; i < 7; i++) {
                out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("\"field\":\"body\"");
        }
    }

    @Test
    void assessmentAnswerHasALengthHeadersAndTheSameBodyWithATrailingSlash() throws Exception {
        String body = "{\"answers\":{\"pain_score\":3,\"locations\":[\"calf\"],\"sex\":\"female\"}}";
        HttpResponse<String> direct = postJson(body);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.headers().firstValue("Content-Length")).hasValue(
                String.valueOf(direct.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(direct.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(direct.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(direct.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(direct.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        HttpResponse<String> slash = send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/assessments/")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(slash.statusCode()).isEqualTo(200);
        assertThat(slash.body()).isEqualTo(direct.body());
    }

    @Test
    void otherMethodsOnTheAssessmentRouteAre405() throws Exception {
        HttpResponse<String> r = get("/api/v1/assessments");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).isEqualTo("method");
    }

    @Test
    void assessmentsAnsweredInParallelAreEachRight() throws Exception {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = "{\"answers\":{\"pain_score\":" + (i % 11) + "}}";
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url("/api/v1/assessments")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < calls.size(); i++) {
            JsonNode result = JSON.readTree(calls.get(i).get().body());
            assertThat(result.path("answers").path("pain_score").asInt()).isEqualTo(i % 11);
        }
    }

    @Test
    void textWithoutATextReaderIsRefusedOnFieldText() throws Exception {
        HttpResponse<String> r = postJson("{\"text\":\"my calf cramps at night\"}");
        if (r.statusCode() == 200) {
            assertThat(openApi.violations("/api/v1/assessments", "post", 200, r.body())).isEmpty();
        } else {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).isEqualTo("text");
        }
    }

    @Test
    void hintedSignsAreListedToConfirmAndAskedQuotingThePerson() throws Exception {
        HttpResponse<String> r = postJson("{\"text\":\"my calf cramps most nights and I can't keep going like this\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(openApi.violations("/api/v1/assessments", "post", 200, r.body())).isEmpty();
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.path("answers").has("unbearable_pain")).as("never set from a hint").isFalse();
        assertThat(json.path("toConfirm").get(0).path("item").asText()).isEqualTo("unbearable_pain");
        assertThat(json.path("nextQuestion").path("id").asText()).isEqualTo("unbearable_pain");
        assertThat(json.path("nextQuestion").path("quote").asText()).isEqualTo("can't keep going");

        FormTokens.Token token = FormTokens.fetch(server.url(""), null);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(server.url("/assessment/text")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", token.cookies(null))
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token.value() + "&text="
                        + java.net.URLEncoder.encode("my calf cramps most nights and I can't keep going like this",
                        java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"from-text to-confirm\"").contains("keep going");
    }

    @Test
    void incompleteEmergencyAndEmptyResultsMatchTheDocument() throws Exception {
        for (String body : List.of("{}", "{\"answers\":{}}", "{\"answers\":{\"unbearable_pain\":true}}",
                "{\"answers\":{\"swelling\":true,\"locations\":[\"calf\"]}}",
                "{\"answers\":{\"pain_score\":8,\"sex\":\"female\",\"pregnant\":true,\"factors\":[\"dehydration\"]}}")) {
            HttpResponse<String> r = postJson(body);
            assertThat(r.statusCode()).as(body).isEqualTo(200);
            assertThat(openApi.violations("/api/v1/assessments", "post", 200, r.body())).as(body).isEmpty();
        }
        JsonNode emergency = JSON.readTree(postJson("{\"answers\":{\"unbearable_pain\":true}}").body());
        assertThat(emergency.get("triage").asText()).isEqualTo("EMERGENCY");
        assertThat(emergency.get("nextQuestion").isNull()).isTrue();
    }

    @Test
    void readOnlyEndpointsMatchTheDocument() throws Exception {
        String[][] calls = {
            {"/api/v1/interview", "/api/v1/interview"}, {"/api/v1/rules", "/api/v1/rules"},
            {"/api/v1/knowledge", "/api/v1/knowledge"}, {"/api/v1/sources", "/api/v1/sources"},
            {"/api/v1/health", "/api/v1/health"}};
        for (String[] call : calls) {
            HttpResponse<String> r = get(call[0]);
            assertThat(r.statusCode()).as(call[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(openApi.violations(call[1], "get", 200, r.body())).as(call[0]).isEmpty();
        }
        for (JsonNode topic : JSON.readTree(get("/api/v1/knowledge").body()).get("topics")) {
            HttpResponse<String> r = get("/api/v1/knowledge/" + topic.get("id").asText());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(openApi.violations("/api/v1/knowledge/{topic}", "get", 200, r.body())).isEmpty();
        }
    }

    @Test
    void knowledgeSearchAnswersTheContractShape() throws Exception {
        HttpResponse<String> r = get("/api/v1/knowledge/search?q=how+do+I+stop+a+calf+cramp");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(openApi.violations("/api/v1/knowledge/search", "get", 200, r.body())).isEmpty();
        JsonNode first = JSON.readTree(r.body()).get("answers").get(0);
        assertThat(first.get("title").asText() + first.get("text").asText()).containsIgnoringCase("calf");
        assertThat(first.get("sources")).isNotEmpty();

        HttpResponse<String> symptoms = get("/api/v1/knowledge/search?q=my+leg+is+swollen+and+red+after+a+cramp");
        assertThat(openApi.violations("/api/v1/knowledge/search", "get", 200, symptoms.body())).isEmpty();

        HttpResponse<String> offTopic = get("/api/v1/knowledge/search?q=can+my+cat+get+leg+cramps");
        assertThat(openApi.violations("/api/v1/knowledge/search", "get", 200, offTopic.body())).isEmpty();
        assertThat(JSON.readTree(offTopic.body()).get("answers")).isEmpty();
        assertThat(JSON.readTree(offTopic.body()).get("covered").asBoolean()).isFalse();

        HttpResponse<String> missing = get("/api/v1/knowledge/search");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).path("error").path("field").asText()).isEqualTo("q");
        assertThat(openApi.violations("/api/v1/knowledge/search", "get", 400, missing.body())).isEmpty();
    }

    /**
     * Through HTTP as people and clients see it: a practical tip says so in the advice JSON, the
     * knowledge API and on the page, and someone on dialysis gets neither a daily amount nor any
     * advice to drink more (hazard H-12), while the same answers without it do.
     */
    @Test
    void tipsAreMarkedAndAFluidLimitLeavesOutEveryUrgeToDrink() throws Exception {
        String answers = "\"locations\":[\"foot\"],\"sex\":\"female\",\"factors\":[\"exercise_in_heat\"]";
        JsonNode limited = JSON.readTree(postJson("{\"answers\":{" + answers + ",\"conditions\":[\"dialysis\"]}}").body());
        JsonNode open = JSON.readTree(postJson("{\"answers\":{" + answers + "}}").body());
        List<String> fluidAdvice = List.of("relief.drink-water", "prevention.fluids", "prevention.fluids.daily-amounts",
                "prevention.exercise.fluids", "prevention.exercise.sports-drinks");
        assertThat(limited.at("/advice/fluids/withheld").asBoolean()).isTrue();
        assertThat(adviceIds(limited)).doesNotContainAnyElementsOf(fluidAdvice);
        assertThat(limited.get("advice").toString()).doesNotContain("litres").doesNotContain("drinking some water");
        assertThat(adviceIds(open)).containsAll(fluidAdvice);
        JsonNode tip = open.at("/advice/relief/0");
        assertThat(List.of(tip.get("id").asText(), tip.get("basis").asText(), tip.get("evidence").asText()))
                .containsExactly("relief.foot.stretch", "practical-tip", "none");
        assertThat(tip.has("sources")).isFalse();
        assertThat(openApi.violations("/api/v1/assessments", "post", 200, open.toString())).isEmpty();

        JsonNode relief = JSON.readTree(get("/api/v1/knowledge/relief").body());
        JsonNode foot = java.util.stream.StreamSupport.stream(relief.get("entries").spliterator(), false)
                .filter(e -> e.get("id").asText().equals("relief.foot.stretch")).findFirst().orElseThrow();
        assertThat(foot.get("basis").asText()).isEqualTo("practical-tip");
        assertThat(foot.get("sources")).isEmpty();
        String page = get("/knowledge/relief").body();
        String article = page.substring(page.indexOf("id=\"relief-foot-stretch\""));
        assertThat(article.substring(0, article.indexOf("</article>")))
                .contains("Practical tip from CrampCare (not from a medical source)").doesNotContain("Sources:");
    }

    private static List<String> adviceIds(JsonNode result) {
        List<String> ids = new ArrayList<>();
        for (String list : List.of("relief", "prevention", "possibleFactors", "providerWillAsk", "questionsToAsk")) {
            result.get("advice").get(list).forEach(i -> ids.add(i.get("id").asText()));
        }
        return ids;
    }

    @Test
    void interviewListsEveryItemWithAskWhenAsData() throws Exception {
        JsonNode interview = JSON.readTree(get("/api/v1/interview").body());
        assertThat(interview.get("items")).hasSize(28);
        assertThat(interview.get("screens")).hasSize(5);
        JsonNode pregnant = null;
        for (JsonNode item : interview.get("items")) {
            if (item.get("id").asText().equals("pregnant")) {
                pregnant = item;
            }
        }
        assertThat(pregnant).isNotNull();
        assertThat(pregnant.path("askWhen").path("not").path("item").asText()).isEqualTo("sex");
    }

    @Test
    void unknownTopicRouteAndMethodGiveJsonErrors() throws Exception {
        HttpResponse<String> topic = get("/api/v1/knowledge/no-such-topic");
        assertThat(topic.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(topic.body()).path("error").path("field").asText()).isEqualTo("topic");
        assertThat(openApi.violations("/api/v1/knowledge/{topic}", "get", 404, topic.body())).isEmpty();

        HttpResponse<String> route = get("/api/v1/nothing-here");
        assertThat(route.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(route.body()).path("error").path("field").asText()).isEqualTo("path");

        HttpResponse<String> method = send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/health")))
                .DELETE());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(openApi.violations("/api/v1/health", "get", 405, method.body())).isEmpty();
    }

    @Test
    void securityHeadersOnPagesAndApi() throws Exception {
        for (String path : List.of("/", "/assessment", "/api/v1/health", "/nowhere")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        String cookie = get("/assessment").headers().firstValue("Set-Cookie").orElse("");
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/assessment/step")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nav=show&step=0")));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> wrongToken = send(HttpRequest.newBuilder(URI.create(server.url("/assessment/step")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", Csrf.COOKIE + "=" + "a".repeat(43))
                .POST(HttpRequest.BodyPublishers.ofString("nav=show&step=0&csrf=" + "b".repeat(43))));
        assertThat(wrongToken.statusCode()).isEqualTo(403);

        FormTokens.Token token = FormTokens.fetch(server.url(""), null);
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(server.url("/assessment/step")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", token.cookies(null))
                .POST(HttpRequest.BodyPublishers.ofString("nav=show&step=0&csrf=" + token.value())));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Step 1 of 5");
    }

    /** Issue #19 item 8: any value the client sets in both cookie and form used to pass; the token must come from the server. */
    @Test
    void aTokenTheClientMadeUpIsRefusedEvenInCookieAndFormAlike() throws Exception {
        String madeUp = "a".repeat(43);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/assessment/step")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", Csrf.COOKIE + "=" + madeUp)
                .POST(HttpRequest.BodyPublishers.ofString("nav=show&step=0&csrf=" + madeUp)));
        assertThat(r.statusCode()).isEqualTo(403);
        FormTokens.Token other = FormTokens.fetch(server.url(""), null);
        FormTokens.Token mine = FormTokens.fetch(server.url(""), null);
        assertThat(other.value()).isNotEqualTo(mine.value());
        HttpResponse<String> swapped = send(HttpRequest.newBuilder(URI.create(server.url("/assessment/step")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", mine.cookies(null))
                .POST(HttpRequest.BodyPublishers.ofString("nav=show&step=0&csrf=" + other.value())));
        assertThat(swapped.statusCode()).isEqualTo(403);
    }

    @Test
    void tamperedWizardStateIsRefusedWithoutAStackTrace() throws Exception {
        FormTokens.Token token = FormTokens.fetch(server.url(""), null);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url("/assessment/step")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", token.cookies(null))
                .POST(HttpRequest.BodyPublishers.ofString("nav=next&step=0&csrf=" + token.value()
                        + "&state=%7B%22answers%22%3A%7B%22pain_score%22%3A99%7D%7D")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("start again").doesNotContain("Exception");
    }

    private static HttpResponse<String> postJson(String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/assessments")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
