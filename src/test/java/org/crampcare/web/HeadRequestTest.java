package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HEAD on a page, a static file or a JSON route answers like GET, without the body. */
class HeadRequestTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "/, text/html",
        "/knowledge, text/html",
        "/assessment, text/html",
        "/static/app.css, text/css",
        "/api/v1/health, application/json",
        "/sw.js, text/javascript",
        "/offline, text/html",
        "/manifest.webmanifest, application/manifest+json",
        "/fhir/metadata, application/fhir+json"})
    void headAnswersWithTheContentTypeOfGet(String path, String type) throws Exception {
        HttpResponse<String> get = send("GET", path);
        HttpResponse<String> head = send("HEAD", path);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type))
                .isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(head.body()).isEmpty();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).method(method,
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
