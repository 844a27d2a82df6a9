package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Knowledge search and assessments over real HTTP in the language {@code Accept-Language} asks for. */
class SpanishApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSpanishQuestionWithAcceptLanguageEsIsAnsweredInSpanish() throws Exception {
        HttpResponse<String> r = search("¿cuánto tiempo pongo hielo en un calambre?", "es-MX,es;q=0.9,en;q=0.5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Language"));
        JsonNode first = JSON.readTree(r.body()).get("answers").get(0);
        assertThat(first.get("id").asText()).isEqualTo("relief.ice");
        assertThat(first.get("title").asText()).isEqualTo("Hielo en un músculo adolorido");
    }

    @Test
    void spanishWarningSignsAndSpanishAbstention() throws Exception {
        JsonNode swollen = JSON.readTree(search("tengo la pantorrilla hinchada después del calambre", "es").body());
        assertThat(swollen.get("describesSymptoms").asBoolean()).isTrue();
        assertThat(swollen.get("warningSigns").get(0).get("rule").asText()).isEqualTo("U1");
        JsonNode dose = JSON.readTree(search("¿cuántos mg de magnesio tomo?", "es").body());
        assertThat(dose.get("answers")).isEmpty();
    }

    @Test
    void withoutAPreferenceOrWithALanguageCrampCareLacksItIsEnglish() throws Exception {
        for (String header : new String[] {null, "fr-FR,de;q=0.8"}) {
            HttpResponse<String> r = search("how long should I ice a cramp", header);
            assertThat(r.headers().firstValue("Content-Language")).hasValue("en");
            assertThat(JSON.readTree(r.body()).get("answers").get(0).get("title").asText()).doesNotContain("Hielo");
        }
    }

    private static HttpResponse<String> search(String q, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("/api/v1/knowledge/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)))).GET();
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anEmergencyInSpanishTextIsAnsweredInSpanish() throws Exception {
        HttpResponse<String> r = assess("{\"text\":\"de repente tengo calambres en todo el cuerpo a la vez\"}", "es");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("triage").asText()).isEqualTo("EMERGENCY");
        assertThat(json.at("/advice/action/text").asText()).contains("emergencias");
    }

    @Test
    void englishTextAskedInSpanishIsReadAsEnglishAndAnsweredInSpanish() throws Exception {
        JsonNode json = JSON.readTree(assess("{\"text\":\"I have cramps all over my body at once\"}", "es-MX,es;q=0.9").body());
        assertThat(json.get("triage").asText()).isEqualTo("EMERGENCY");
        assertThat(json.at("/advice/action/label").asText()).isEqualTo("Emergencia");
    }

    @Test
    void withoutAPreferenceTheAnswerIsInTheTextsLanguage() throws Exception {
        HttpResponse<String> r = assess("{\"text\":\"me duele la pantorrilla y está hinchada\"}", null);
        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(JSON.readTree(r.body()).get("triage").asText()).isEqualTo("URGENT");
    }

    private static HttpResponse<String> assess(String body, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("/api/v1/assessments")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
