package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/assessments} answers in the language asked for with {@code Accept-Language}
 * (hazard H-01: the emergency action in words the person reads), whatever language the text is in.
 */
class SpanishAssessmentApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = new RunningServer();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
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
