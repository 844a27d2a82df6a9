package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampcare.diary.CrampFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The insights and doctor report over real HTTP on a seeded SQLite diary: numbers, PDF, isolation, errors. */
class InsightsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DiaryServer server;
    private static HttpClient http;
    private static OpenApiDocument openApi;
    private static DiaryServer.Person seeded;
    private static DiaryServer.Person other;
    private static int seededCramps;
    private static String period;

    @BeforeAll
    static void start() throws Exception {
        server = new DiaryServer();
        http = HttpClient.newHttpClient();
        seeded = server.signUp("seeded@example.org");
        other = server.signUp("other@example.org");
        seededCramps = server.seed(seeded.id());
        server.diary().logCramp(other.id(), new org.crampcare.diary.CrampInput(
                DiaryServer.lastDay().atTime(12, 0).atZone(DiaryServer.ZONE).toInstant(), DiaryServer.ZONE.getId(),
                List.of("hand"), null, null, null, null, null, "the other person's cramp"));
        period = "from=" + DiaryServer.firstDay() + "&to=" + DiaryServer.lastDay();
        openApi = new OpenApiDocument(get("/api/v1/openapi.json", null).body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void insightsJsonHasTheDiarysNumbers() throws Exception {
        HttpResponse<String> r = get("/api/v1/diary/insights?" + period, seeded);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(openApi.violations("/api/v1/diary/insights", "get", 200, r.body())).isEmpty();
        JsonNode insights = JSON.readTree(r.body());
        int stored = server.diary().cramps(seeded.id(), CrampFilter.between(DiaryServer.firstDay(),
                DiaryServer.lastDay())).size();
        assertThat(stored).isEqualTo(seededCramps);
        assertThat(insights.get("cramps").asInt()).isEqualTo(seededCramps);
        assertThat(insights.get("checkInDays").asInt()).isEqualTo(DiaryServer.SEEDED_DAYS);
        assertThat(insights.path("range").path("from").asText()).isEqualTo(DiaryServer.firstDay().toString());
        int perWeek = 0;
        for (JsonNode w : insights.path("patterns").path("perWeek")) {
            perWeek += w.get("cramps").asInt();
        }
        assertThat(perWeek).isEqualTo(seededCramps);
        assertThat(insights.path("whatHelps").get(0).get("method").asText()).isEqualTo("stretch");
        assertThat(insights.path("whatHelps").get(0).get("uses").asInt()).isEqualTo(seededCramps);
        JsonNode heat = insights.path("triggers").path("linkedMore").get(0);
        assertThat(heat.get("factor").asText()).isEqualTo("heat");
        assertThat(heat.get("lag").asText()).isEqualTo("NEXT_DAY");
        for (JsonNode linked : insights.path("triggers").path("linkedMore")) {
            assertThat(linked.get("sentence").asText()).contains("More cramps").contains("not proof");
        }
        assertThat(r.body()).doesNotContain("the other person");
    }

    @Test
    void reportJsonAndPdfFromTheApi() throws Exception {
        HttpResponse<String> json = get("/api/v1/diary/report?format=json&" + period, seeded);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(openApi.violations("/api/v1/diary/report", "get", 200, json.body())).isEmpty();
        JsonNode report = JSON.readTree(json.body());
        assertThat(report.path("insights").path("cramps").asInt()).isEqualTo(seededCramps);
        assertThat(report.path("assessments")).hasSize(1);
        assertThat(report.path("medicines").get(0).asText()).isEqualTo("A statin (cholesterol medicine)");
        assertThat(report.path("conditions")).isEmpty();
        assertThat(report.path("questions").size()).isPositive();

        HttpResponse<byte[]> pdf = http.send(request("/api/v1/diary/report?format=pdf&" + period, seeded).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertPdfReport(pdf.body());
    }

    @Test
    void pdfDownloadFromTheReportForm() throws Exception {
        FormTokens.Token csrf = FormTokens.fetch(server.url(""), seeded.cookie());
        String form = "csrf=" + csrf.value() + "&from=" + DiaryServer.firstDay() + "&to=" + DiaryServer.lastDay();
        HttpResponse<byte[]> r = http.send(request("/diary/report/pdf", null)
                .header("Cookie", csrf.cookies(seeded.cookie()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains(".pdf");
        String text = assertPdfReport(r.body());
        assertThat(text).doesNotContain("the other person");
    }

    @Test
    void anotherPersonSeesOnlyTheirOwnDiary() throws Exception {
        JsonNode insights = JSON.readTree(get("/api/v1/diary/insights?" + period, other).body());
        assertThat(insights.get("cramps").asInt()).isEqualTo(1);
        assertThat(insights.get("checkInDays").asInt()).isZero();
        JsonNode report = JSON.readTree(get("/api/v1/diary/report?" + period, other).body());
        assertThat(report.path("assessments")).isEmpty();
        assertThat(report.path("recentNotes").get(0).get("text").asText()).isEqualTo("the other person's cramp");

        HttpResponse<String> page = get("/diary/insights?" + period, other);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 cramp and 0 check-in days").contains("Not enough data yet");
    }

    @Test
    void anEmptyDiaryStillGivesPagesAndAReport() throws Exception {
        DiaryServer.Person empty = server.signUp("empty@example.org");
        HttpResponse<String> page = get("/diary/insights", empty);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("0 cramps and 0 check-in days").contains("Not enough data yet: 14 more days");
        assertThat(get("/diary/report", empty).statusCode()).isEqualTo(200);
        HttpResponse<String> json = get("/api/v1/diary/report", empty);
        assertThat(openApi.violations("/api/v1/diary/report", "get", 200, json.body())).isEmpty();
        assertThat(JSON.readTree(json.body()).path("insights").path("range").path("to").asText())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    @Test
    void aScriptWithAnApiTokenReadsTheSameNumbers() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/diary/insights?"
                + period))).header("Authorization", "Bearer " + server.apiToken(seeded.id())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("cramps").asInt()).isEqualTo(seededCramps);
    }

    @Test
    void withoutASessionTheApiAnswers401AndPagesSendToSignIn() throws Exception {
        for (String path : List.of("/api/v1/diary/insights", "/api/v1/diary/report?format=pdf")) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).isEqualTo("session");
            assertThat(openApi.violations(path.replaceAll("\\?.*", ""), "get", 401, r.body())).isEmpty();
        }
        HttpResponse<String> stale = get("/api/v1/diary/insights", new DiaryServer.Person(0, "no-such-token"));
        assertThat(stale.statusCode()).isEqualTo(401);
        for (String path : List.of("/diary/insights", "/diary/report")) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue("/account/signin");
        }
    }

    @Test
    void badDatesAnswer400NamingTheField() throws Exception {
        String[][] cases = {
            {"from=2026-13-01", "from"}, {"to=yesterday", "to"}, {"from=2026-03-10&to=2026-03-01", "to"},
            {"from=1990-01-01&to=2026-01-01", "from"}};
        for (String[] c : cases) {
            for (String path : List.of("/api/v1/diary/insights", "/api/v1/diary/report")) {
                HttpResponse<String> r = get(path + "?" + c[0], seeded);
                assertThat(r.statusCode()).as(path + "?" + c[0]).isEqualTo(400);
                assertThat(JSON.readTree(r.body()).path("error").path("field").asText()).as(c[0]).isEqualTo(c[1]);
                assertThat(openApi.violations(path, "get", 400, r.body())).isEmpty();
            }
        }
        HttpResponse<String> format = get("/api/v1/diary/report?format=docx", seeded);
        assertThat(JSON.readTree(format.body()).path("error").path("field").asText()).isEqualTo("format");
        HttpResponse<String> page = get("/diary/insights?from=" + URLEncoder.encode("<b>", StandardCharsets.UTF_8),
                seeded);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("from must be a date").doesNotContain("<b>");
    }

    @Test
    void reportFormWithABadDateShowsTheErrorAndNeedsTheFormToken() throws Exception {
        FormTokens.Token csrf = FormTokens.fetch(server.url(""), seeded.cookie());
        HttpResponse<String> bad = http.send(request("/diary/report", null)
                .header("Cookie", csrf.cookies(seeded.cookie()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.value() + "&from=2026-02-30&to=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("from must be a date").contains("value=\"2026-02-30\"");
        HttpResponse<String> noToken = http.send(request("/diary/report/pdf", seeded)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=&to=")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
    }

    private static String assertPdfReport(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Muscle cramp diary summary").contains("Overview").contains("How often and how bad")
                .contains("How bad and how long").contains("When and where").contains("What helps")
                .contains("Possible triggers").contains("In the person's words").contains("Medicines and conditions noted")
                .contains("Assessment history").contains("Questions for the provider").contains("About this report")
                .contains("Cramps in period").contains(seededCramps + " ").contains("A statin")
                .contains(DiaryServer.firstDay().getYear() + "");
        return flat;
    }

    private static HttpRequest.Builder request(String path, DiaryServer.Person person) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (person != null) {
            b.header("Cookie", person.cookie());
        }
        return b;
    }

    private static HttpResponse<String> get(String path, DiaryServer.Person person) throws Exception {
        return http.send(request(path, person).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
