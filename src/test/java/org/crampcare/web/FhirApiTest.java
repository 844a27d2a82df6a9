package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crampcare.TestEnvironment;
import org.crampcare.diary.CheckInInput;
import org.crampcare.diary.CrampInput;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.web.kit.Csrf;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FHIR routes over real HTTP on a real SQLite diary: every resource the server emits passes
 * HAPI's validator, a HAPI client walks $next-question to the end and gets the JSON API's level,
 * bad answers name their linkId, the routes are stateless, and the diary export is the person's own.
 */
class FhirApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.builtIn();
    private static final String NOTE = "private-note-4471";
    private static DiaryServer server;
    private static FhirCheck check;
    private static DiaryServer.Person ana;

    @BeforeAll
    static void start() throws Exception {
        server = new DiaryServer();
        ana = server.signUp("ana-fhir@example.org");
        server.seed(ana.id());
        server.diary().logCramp(ana.id(), new CrampInput(Instant.now().minusSeconds(7200), "America/New_York",
                List.of("calf", "foot"), "both", 95, 7, List.of("asleep"), Map.of("stretch", 3), NOTE));
        List<String> systems = new ArrayList<>();
        for (String id : codeSystemIds()) {
            systems.add(get("/fhir/CodeSystem/" + id).body());
        }
        check = new FhirCheck(systems, get("/fhir/Questionnaire/crampcare-assessment").body());
    }

    @AfterAll
    static void stop() {
        check.warnings().forEach((type, list) -> list.forEach(w -> System.out.println("FHIR warning " + type + " " + w)));
        server.close();
    }

    static List<String> codeSystemIds() {
        List<String> ids = new ArrayList<>();
        for (Item item : KNOWLEDGE.items()) {
            if (!item.values().isEmpty()) {
                ids.add("crampcare-" + item.id().replace('_', '-'));
            }
        }
        ids.addAll(List.of("crampcare-triage-level", "crampcare-triage-rule", "crampcare-diary"));
        return ids;
    }

    @Test
    void everyResourceTheServerEmitsPassesHapisValidator() throws Exception {
        List<String> emitted = new ArrayList<>();
        emitted.add(get("/fhir/metadata").body());
        emitted.add(get("/fhir/Questionnaire/crampcare-assessment").body());
        for (String id : codeSystemIds()) {
            emitted.add(get("/fhir/CodeSystem/" + id).body());
        }
        String first = post("/fhir/Questionnaire/$next-question", "application/fhir+json", response(Map.of())).body();
        emitted.add(first);
        emitted.add(post("/fhir/Questionnaire/$next-question", "application/json",
                response(Map.of("unbearable_pain", false, "all_over_body", false))).body());
        emitted.add(post("/fhir/Questionnaire/$next-question", "application/fhir+json",
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"questionnaire-response\",\"resource\":"
                        + response(Map.of("toxin_exposure", true)) + "}]}").body());
        emitted.add(post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json",
                response(Map.of("pain_score", 8, "locations", List.of("calf")))).body());
        emitted.add(post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json", response(everyAnswerNo())).body());
        emitted.add(post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json", response(Map.of("pain_score", 11))).body());
        emitted.add(get("/fhir/CodeSystem/nothing-here").body());
        emitted.add(post("/fhir/QuestionnaireResponse/$assess", "text/plain", "{}").body());
        emitted.add(exportAsApi(ana, "").body());
        emitted.add(exportFromPage(ana, "Ana Example").body());
        for (String json : emitted) {
            String type = JSON.readTree(json).path("resourceType").asText();
            assertThat(check.errors(json)).as(type + ":\n" + json.substring(0, Math.min(json.length(), 600))).isEmpty();
        }
        assertThat(emitted.stream().map(this::type).distinct()).contains("CapabilityStatement", "Questionnaire",
                "CodeSystem", "QuestionnaireResponse", "Parameters", "RiskAssessment", "OperationOutcome", "Bundle");
        JsonNode bundle = JSON.readTree(emitted.get(emitted.size() - 1));
        List<String> inBundle = new ArrayList<>();
        bundle.path("entry").forEach(e -> inBundle.add(e.path("resource").path("resourceType").asText()));
        assertThat(inBundle).contains("Patient", "Observation", "RiskAssessment", "DocumentReference");
    }

    static Stream<Arguments> walkCases() throws Exception {
        String shared = System.getProperty("crampcare.shared");
        Path file = shared == null ? null : Path.of(shared, "eval", "triage-structured-dev.jsonl");
        TestEnvironment.require(file != null && Files.exists(file), "the shared dev cases (-Dcrampcare.shared)");
        List<String> wanted = List.of("sd01", "sd05", "sd07", "sd09", "sd13", "sd14", "sd19", "sd22", "sd28");
        return Files.readAllLines(file).stream().filter(l -> wanted.stream().anyMatch(w -> l.contains("\"" + w + "-")))
                .map(l -> Arguments.of(l));
    }

    @ParameterizedTest
    @MethodSource("walkCases")
    void aHapiClientWalksNextQuestionToTheEndAndGetsTheApisLevel(String line) throws Exception {
        JsonNode c = JSON.readTree(line);
        JsonNode answers = c.get("answers");
        IGenericClient client = check.ctx.newRestfulGenericClient(server.url("/fhir"));
        QuestionnaireResponse qr = new QuestionnaireResponse().setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        List<String> asked = new ArrayList<>();
        for (int step = 0; step < KNOWLEDGE.items().size() + 2; step++) {
            Parameters out = client.operation().onType(Questionnaire.class).named("$next-question")
                    .withParameter(Parameters.class, "questionnaire-response", qr).execute();
            qr = (QuestionnaireResponse) out.getParameter("return").getResource();
            if (qr.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS) {
                break;
            }
            Questionnaire adaptive = (Questionnaire) qr.getContained().get(0);
            String id = adaptive.getItem().get(adaptive.getItem().size() - 1).getLinkId();
            assertThat(asked).as("asked again").doesNotContain(id);
            asked.add(id);
            answer(qr.addItem().setLinkId(id), id, answers.get(id));
        }
        assertThat(qr.getStatus()).isIn(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED,
                QuestionnaireResponse.QuestionnaireResponseStatus.STOPPED);
        if (!asked.isEmpty() && answers.path(asked.get(0)).asBoolean(false) && asked.get(0).startsWith("unbearable")) {
            assertThat(asked).hasSize(1);
        }
        RiskAssessment ra = check.ctx.newJsonParser().parseResource(RiskAssessment.class,
                post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json", check.ctx.newJsonParser()
                        .encodeResourceToString(qr)).body());
        JsonNode api = JSON.readTree(post("/api/v1/assessments", "application/json",
                "{\"answers\":" + answers + "}").body());
        String level = ra.getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep().getCode();
        assertThat(level).as(c.get("id").asText()).isEqualTo(api.get("triage").asText())
                .isEqualTo(c.path("expect").path("triage").asText());
        assertThat(qr.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .as("completed exactly when complete").isEqualTo(api.get("complete").asBoolean());
        assertThat(asked).as("emergency questions first").containsSubsequence(
                asked.stream().filter(List.of("unbearable_pain", "all_over_body", "toxin_exposure")::contains).toList());
    }

    /** Answers one item as the case does; a missing answer stays unanswered ("I don't know"). */
    private static void answer(QuestionnaireResponseItemComponent item, String id, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        String system = "https://crampcare.org/fhir/CodeSystem/crampcare-" + id.replace('_', '-');
        if (value.isBoolean()) {
            item.addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(value.asBoolean()));
        } else if (value.isIntegralNumber()) {
            item.addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(value.asInt()));
        } else if (value.isNumber()) {
            item.addAnswer().setValue(new org.hl7.fhir.r4.model.DecimalType(value.asDouble()));
        } else if (value.isArray() && value.isEmpty()) {
            item.addAnswer().setValue(new Coding(system, "none", null));
        } else if (value.isArray()) {
            value.forEach(v -> item.addAnswer().setValue(new Coding(system, v.asText(), null)));
        } else {
            item.addAnswer().setValue(new Coding(system, value.asText(), null));
        }
    }

    static Stream<Arguments> badAnswers() {
        String cs = "https://crampcare.org/fhir/CodeSystem/crampcare-";
        return Stream.of(
                Arguments.of(item("pain_score", "{\"valueInteger\":11}"), "pain_score", "0 to 10"),
                Arguments.of(item("pain_score", "{\"valueString\":\"bad\"}"), "pain_score", "valueInteger"),
                Arguments.of(item("swelling", "{\"valueInteger\":1}"), "swelling", "valueBoolean"),
                Arguments.of(item("swelling", "{\"valueBoolean\":true},{\"valueBoolean\":false}"), "swelling", "one answer"),
                Arguments.of(item("age", "{\"valueDecimal\":40.5}"), "age", "valueInteger"),
                Arguments.of(item("no_such_item", "{\"valueBoolean\":true}"), "no_such_item", "unknown linkId"),
                Arguments.of(item("sex", "{\"valueCoding\":{\"system\":\"" + cs + "sex\",\"code\":\"robot\"}}"), "sex", "female"),
                Arguments.of(item("sex", "{\"valueCoding\":{\"system\":\"http://example.org\",\"code\":\"male\"}}"), "sex", "system"),
                Arguments.of(item("locations", "{\"valueCoding\":{\"system\":\"" + cs + "locations\",\"code\":\"none\"}},"
                        + "{\"valueCoding\":{\"system\":\"" + cs + "locations\",\"code\":\"calf\"}}"), "locations", "none"),
                Arguments.of(item("episodes_per_week", "{\"valueDecimal\":-1}"), "episodes_per_week", "0 to 1000"));
    }

    @ParameterizedTest
    @MethodSource("badAnswers")
    void aBadAnswerIs400WithAnOperationOutcomeNamingTheLinkId(String body, String linkId, String expected) throws Exception {
        for (String path : List.of("/fhir/QuestionnaireResponse/$assess", "/fhir/Questionnaire/$next-question")) {
            HttpResponse<String> r = post(path, "application/fhir+json", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            JsonNode issue = JSON.readTree(r.body()).path("issue").get(0);
            assertThat(issue.path("diagnostics").asText()).contains("'" + linkId + "'").contains(expected);
            assertThat(issue.path("expression").get(0).asText()).contains(linkId);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void malformedBodiesWrongTypesAndOversizedBodiesAreRefusedCleanly() throws Exception {
        assertThat(post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json", "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json",
                "{\"resourceType\":\"Patient\"}").body()).contains("expected a QuestionnaireResponse");
        assertThat(post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json",
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"bogus\":1}").statusCode()).isEqualTo(400);
        assertThat(post("/fhir/QuestionnaireResponse/$assess", "application/x-www-form-urlencoded", "a=b").statusCode()).isEqualTo(415);
        RawHttp.Response big = RawHttp.post(server.url("/fhir/QuestionnaireResponse/$assess"), "application/fhir+json",
                "{" + " ".repeat(70_000) + "}");
        assertThat(big.statusLine()).startsWith("HTTP/1.1 413");
        assertThat(big.header("Content-Type").orElse("")).startsWith("application/fhir+json");
        JsonNode outcome = JSON.readTree(big.body());
        assertThat(outcome.path("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.path("issue").path(0).path("code").asText()).isEqualTo("too-long");
        assertThat(outcome.path("issue").path(0).path("diagnostics").asText()).contains("64 KiB");
        assertThat(get("/fhir/Questionnaire/other").statusCode()).isEqualTo(404);
        assertThat(get("/fhir/Patient/1").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/fhir/Patient/1").body()).path("resourceType").asText()).isEqualTo("OperationOutcome");
    }

    @Test
    void theFhirRoutesAreStatelessNoCookieIsSetOrReadAndNoCsrfTokenIsNeeded() throws Exception {
        for (HttpResponse<String> r : List.of(get("/fhir/metadata"), get("/fhir/Questionnaire/crampcare-assessment"),
                post("/fhir/Questionnaire/$next-question", "application/fhir+json", response(Map.of())),
                send(HttpRequest.newBuilder(URI.create(server.url("/fhir/QuestionnaireResponse/$assess")))
                        .header("Content-Type", "application/fhir+json").header("Cookie", ana.cookie())
                        .POST(HttpRequest.BodyPublishers.ofString(response(Map.of("swelling", true))))))) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
        }
        assertThat(get("/").headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(Csrf.COOKIE));
    }

    @Test
    void theQuestionnaireIsTheKnowledgeBaseScreensItemsVersionAndEnableWhen() throws Exception {
        Questionnaire q = check.ctx.newJsonParser().parseResource(Questionnaire.class,
                get("/fhir/Questionnaire/crampcare-assessment").body());
        assertThat(q.getVersion()).isEqualTo(KNOWLEDGE.policyVersion());
        assertThat(q.getItem().stream().map(i -> i.getLinkId()).toList())
                .isEqualTo(KNOWLEDGE.screens().stream().map(s -> s.id()).toList());
        List<String> linkIds = q.getItem().stream().flatMap(g -> g.getItem().stream())
                .filter(i -> i.getType() != Questionnaire.QuestionnaireItemType.DISPLAY).map(i -> i.getLinkId()).toList();
        assertThat(linkIds).isEqualTo(KNOWLEDGE.items().stream().map(Item::id).toList());
        Questionnaire.QuestionnaireItemComponent pregnant = q.getItem().get(4).getItem().stream()
                .filter(i -> i.getLinkId().equals("pregnant")).findFirst().orElseThrow();
        assertThat(pregnant.getEnableBehavior()).isEqualTo(Questionnaire.EnableWhenBehavior.ANY);
        assertThat(pregnant.getEnableWhen()).extracting(e -> e.getOperator().toCode()).containsExactly("exists", "!=");
        assertThat(q.getItem().stream().flatMap(g -> g.getItem().stream()).filter(i -> i.hasEnableWhen())
                .map(i -> i.getLinkId())).containsExactlyInAnyOrder("pregnant", "breastfeeding");
    }

    @Test
    void theDiaryExportIsTheSignedInPersonsOwn() throws Exception {
        DiaryServer.Person bo = server.signUp("bo-fhir@example.org");
        server.diary().saveCheckIn(bo.id(), new CheckInInput(java.time.LocalDate.now().minusDays(1), "light", 10, 5,
                true, false, false, 1, 0, "back", false, "bo's own day"));
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/diary/export?format=fhir"))));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String boExport = exportAsApi(bo, "").body();
        assertThat(boExport).doesNotContain(NOTE).contains("bo's own day");
        assertThat(exportAsApi(bo, "&from=2020-01-01&to=2026-13-01").statusCode()).isEqualTo(400);
        assertThat(exportAsApi(bo, "&from=2020-01-01&to=2022-01-01").body()).contains("366");

        JsonNode bundle = JSON.readTree(exportAsApi(ana, "").body());
        assertThat(bundle.path("type").asText()).isEqualTo("collection");
        List<JsonNode> cramps = new ArrayList<>();
        JsonNode patient = null;
        JsonNode document = null;
        for (JsonNode e : bundle.path("entry")) {
            JsonNode r = e.path("resource");
            switch (r.path("resourceType").asText()) {
                case "Observation" -> {
                    if (r.path("code").path("coding").get(0).path("code").asText().equals("55300003")) {
                        cramps.add(r);
                    }
                }
                case "Patient" -> patient = r;
                case "DocumentReference" -> document = r;
                default -> { }
            }
        }
        assertThat(cramps).hasSize(server.diary().cramps(ana.id(), org.crampcare.diary.CrampFilter.between(
                java.time.LocalDate.now().minusDays(89), java.time.LocalDate.now().plusDays(1))).size());
        assertThat(cramps).anyMatch(o -> o.path("bodySite").path("coding").path(0).path("code").asText().equals("53840002"));
        assertThat(cramps).anyMatch(o -> o.path("effectiveDateTime").asText().matches(".*T\\d\\d:\\d\\d:\\d\\d[-+]0[45]:00")
                && o.path("note").path(0).path("text").asText().equals(NOTE));
        assertThat(cramps).allMatch(o -> o.toString().contains("72514-3"));
        List<String> fields = new ArrayList<>();
        patient.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("the Patient carries nothing the person did not add").containsExactly("resourceType", "text");
        assertThat(document.path("content").get(0).path("attachment").path("contentType").asText()).isEqualTo("application/pdf");
        byte[] pdf = Base64.getDecoder().decode(document.path("content").get(0).path("attachment").path("data").asText());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(exportFromPage(ana, "Ana Example").body()).contains("\"text\": \"Ana Example\"");
    }

    private String type(String json) {
        try {
            return JSON.readTree(json).path("resourceType").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> everyAnswerNo() {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        for (Item item : KNOWLEDGE.items()) {
            switch (item.type()) {
                case BOOLEAN -> all.put(item.id(), false);
                case INTEGER, NUMBER -> all.put(item.id(), item.id().equals("age") ? 40 : 1);
                case LIST -> all.put(item.id(), List.of());
                case CHOICE -> all.put(item.id(), item.values().get(0).value());
            }
        }
        return all;
    }

    /** A QuestionnaireResponse with the answers as the contract writes them (lists as codings, [] as none). */
    static String response(Map<String, Object> answers) throws Exception {
        StringBuilder items = new StringBuilder();
        for (Map.Entry<String, Object> e : answers.entrySet()) {
            List<String> values = new ArrayList<>();
            String system = "https://crampcare.org/fhir/CodeSystem/crampcare-" + e.getKey().replace('_', '-');
            Object v = e.getValue();
            if (v instanceof Boolean b) {
                values.add("{\"valueBoolean\":" + b + "}");
            } else if (v instanceof Integer i) {
                values.add("{\"valueInteger\":" + i + "}");
            } else if (v instanceof List<?> list) {
                (list.isEmpty() ? List.of("none") : list).forEach(x ->
                        values.add("{\"valueCoding\":{\"system\":\"" + system + "\",\"code\":\"" + x + "\"}}"));
            } else {
                values.add("{\"valueCoding\":{\"system\":\"" + system + "\",\"code\":\"" + v + "\"}}");
            }
            items.append(items.length() == 0 ? "" : ",").append(JSON.readTree(item(e.getKey(), String.join(",", values)))
                    .path("item").get(0));
        }
        return "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\",\"item\":[" + items + "]}";
    }

    private static String item(String linkId, String answers) {
        return "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\",\"item\":[{\"linkId\":\""
                + linkId + "\",\"answer\":[" + answers + "]}]}";
    }

    private static HttpResponse<String> exportAsApi(DiaryServer.Person who, String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/diary/export?format=fhir" + query)))
                .header("Authorization", "Bearer " + server.apiToken(who.id())));
    }

    private static HttpResponse<String> exportFromPage(DiaryServer.Person who, String name) throws Exception {
        FormTokens.Token token = FormTokens.fetch(server.url(""), who.cookie());
        return send(HttpRequest.newBuilder(URI.create(server.url("/diary/data/fhir")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", token.cookies(who.cookie()))
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token.value() + "&name="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))));
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
