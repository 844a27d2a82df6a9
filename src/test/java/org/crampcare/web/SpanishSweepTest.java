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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampcare.diary.CrampFilter;
import org.crampcare.knowledge.Language;
import org.crampcare.web.kit.Csrf;
import org.crampcare.web.kit.PageTexts;
import org.crampcare.web.kit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every page of the web app, its error pages and the PDF report once in Spanish and once in
 * English, and fails naming each English word left on a Spanish page. The marker words are English
 * words no Spanish sentence uses; each must turn up somewhere in the English walk, so each can fail.
 */
class SpanishSweepTest {
    /** English words no Spanish text has, with spaces around so they are whole words. */
    private static final List<String> MARKERS = List.of(" the ", " and ", " with ", " your ", " you ", " of ",
            " is ", " not ", " more ", " on ", " to ", " must ", " expected ", " this ", " days", " cramps",
            " what ", " how ", " day ", " times ", " which ", " tried ", " helped ", " week", " from ", " at ");
    /** Names and the person's own words that stay as written. */
    private static final List<String> ALLOWED = List.of("CrampCare", "Woke me, calf hard as a rock",
            "U.S. National Library of Medicine");
    private static final Texts ES = PageTexts.builtIn().in(Language.ES);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static DiaryServer server;
    private static DiaryServer.Person person;
    private static long crampId;

    @BeforeAll
    static void start() {
        server = new DiaryServer();
        person = server.signUp("barrido@example.org");
        server.seed(person.id());
        crampId = server.diary().cramps(person.id(), CrampFilter.all()).get(0).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noPageErrorPageOrReportLeftInEnglishWhenReadInSpanish() throws Exception {
        Map<String, String> spanish = walk("es");
        Map<String, String> english = walk("en");
        Map<String, Set<String>> left = new TreeMap<>();
        spanish.forEach((page, text) -> {
            Set<String> found = markersIn(text);
            if (!found.isEmpty()) {
                left.put(page, found);
            }
        });
        assertThat(left).as("English words left on Spanish pages").isEmpty();
        String allEnglish = String.join(" ", english.values());
        assertThat(MARKERS).as("every marker is found in the English walk, so it can fail")
                .allMatch(m -> allEnglish.contains(m));
        assertThat(spanish.keySet()).isEqualTo(english.keySet());
    }

    @Test
    void theSpanishPagesSayWhyAFormWasRefusedInSpanish() throws Exception {
        Map<String, String> spanish = walk("es");
        assertThat(spanish.get("POST /diary/cramps/{id} (long note)")).contains(ES.get("field.note") + ": "
                + ES.f("reason.too-long", 2000));
        assertThat(spanish.get("POST /diary/checkin (future day)")).contains(ES.get("field.date") + ": "
                + ES.get("reason.future"));
        assertThat(spanish.get("POST /account/signup (bad address)")).contains(ES.get("field.email") + ": "
                + ES.get("reason.email"));
        assertThat(spanish.get("POST /account/signup (short password)")).contains(ES.get("field.password") + ": "
                + ES.f("reason.too-short", 12));
        assertThat(spanish.get("GET /diary/insights (bad date)")).contains(ES.get("field.from") + ": "
                + ES.get("reason.date-format"));
        assertThat(spanish.get("POST /diary/report (wrong order)")).contains(ES.get("field.to") + ": ");
        assertThat(spanish.get("POST /search (not covered)")).contains("trata de animales");
        assertThat(spanish.get("GET /diary")).contains("calambres en las últimas 4 semanas");
        assertThat(spanish.get("POST /diary/data/import (bad row)")).contains(ES.f("data.where-cell", 1, "date") + ": "
                + ES.get("reason.date"));
    }

    @Test
    void eachLanguageHasItsOwnWebAppManifest() throws Exception {
        assertThat(get("/", "es", null).body()).contains("<link rel=\"manifest\" href=\"/manifest.es.webmanifest\">");
        assertThat(get("/", "en", null).body()).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
        JsonNode es = new ObjectMapper().readTree(get("/manifest.es.webmanifest", "es", null).body());
        JsonNode en = new ObjectMapper().readTree(get("/manifest.webmanifest", "es", null).body());
        assertThat(es.get("lang").asText()).isEqualTo("es");
        assertThat(es.get("name").asText()).isEqualTo(ES.get("manifest.name"));
        assertThat(es.get("shortcuts").get(0).get("short_name").asText()).isEqualTo(ES.get("manifest.now-short"));
        assertThat(es.get("icons")).isEqualTo(en.get("icons"));
        assertThat(en.get("name").asText()).isEqualTo("CrampCare: help with muscle cramps");
        Texts english = PageTexts.builtIn().in(Language.EN);
        assertThat(List.of(en.get("description").asText(), en.get("shortcuts").get(1).get("name").asText()))
                .as("the English page texts are the file's, so the translations start from them")
                .containsExactly(english.get("manifest.description"), english.get("manifest.log"));
    }

    private static final Map<String, Map<String, String>> WALKS = new java.util.HashMap<>();

    /** Every page in {@code language}, walked once per test run. */
    private static synchronized Map<String, String> walk(String language) throws Exception {
        if (!WALKS.containsKey(language)) {
            WALKS.put(language, walkNow(language));
        }
        return WALKS.get(language);
    }

    /** Every page in {@code language}: its visible text (and labels) by a name for the request. */
    private static Map<String, String> walkNow(String language) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/", "/assessment", "/now", "/now/steps?muscle=calf", "/now/steps",
                "/knowledge", "/sources", "/about", "/offline", "/no-such-page"));
        org.crampcare.SharedCrampCare.BUILT_IN.knowledge().topics().forEach(t -> paths.add("/knowledge/" + t.id()));
        for (String path : paths) {
            pages.put("GET " + path, text(get(path, language, null).body()));
        }
        for (String path : List.of("/account/signin", "/account/signup")) {
            pages.put("GET " + path, text(get(path, language, null).body()));
        }
        String signedIn = person.cookie();
        for (String path : List.of("/diary", "/diary/offline", "/diary/cramps", "/diary/cramps/" + crampId,
                "/diary/checkin", "/diary/assessments", "/diary/data", "/account", "/diary/insights", "/diary/report")) {
            pages.put("GET " + path, text(get(path, language, signedIn).body()));
        }
        pages.put("GET /diary/insights (bad date)", text(get("/diary/insights?from=2026-13-01", language, signedIn).body()));
        String token = token(get("/diary/data", language, signedIn).body());
        pages.put("POST /diary/cramps/{id} (long note)", text(post("/diary/cramps/" + crampId, language, signedIn,
                Map.of("csrf", token, "when", "2026-01-05T10:00", "zone", "Europe/Berlin", "note", "x".repeat(2100)))));
        pages.put("POST /diary/checkin (future day)", text(post("/diary/checkin", language, signedIn,
                Map.of("csrf", token, "date", "2999-01-01"))));
        pages.put("POST /diary/cramps (filter)", text(post("/diary/cramps", language, signedIn,
                Map.of("csrf", token, "from", "2026-03-10", "to", "2026-03-01"))));
        pages.put("POST /diary/report (wrong order)", text(post("/diary/report", language, signedIn,
                Map.of("csrf", token, "from", "2026-03-10", "to", "2026-03-01"))));
        pages.put("POST /diary/report", text(post("/diary/report", language, signedIn, Map.of("csrf", token))));
        pages.put("POST /diary/report/pdf", pdfText(language, signedIn, token));
        pages.put("POST /diary/data/import (bad row)", text(post("/diary/data/import", language, signedIn,
                Map.of("csrf", token, "csv", "kind,date\ncheckin,not-a-date\n"))));
        pages.put("POST /account/password (too short)", text(post("/account/password", language, signedIn,
                Map.of("csrf", token, "current_password", "wrong", "new_password", "short"))));
        anonymousForms(language, pages);
        return pages;
    }

    private static void anonymousForms(String language, Map<String, String> pages) throws Exception {
        HttpResponse<String> home = get("/", language, null);
        String cookies = Csrf.COOKIE + "=" + HttpPerson.cookie(home, Csrf.COOKIE);
        String token = token(home.body());
        pages.put("POST /account/signup (bad address)", text(post("/account/signup", language, cookies,
                Map.of("csrf", token, "email", "no-address", "password", "a long enough secret"))));
        pages.put("POST /account/signup (short password)", text(post("/account/signup", language, cookies,
                Map.of("csrf", token, "email", "nueva@example.org", "password", "corta"))));
        pages.put("POST /account/signin (wrong password)", text(post("/account/signin", language, cookies,
                Map.of("csrf", token, "email", "barrido@example.org", "password", "not the password at all"))));
        pages.put("POST /search (not covered)", text(post("/search", language, cookies,
                Map.of("csrf", token, "q", "¿mi perro tiene calambres en la pata?"))));
        pages.put("POST /search (dose)", text(post("/search", language, cookies,
                Map.of("csrf", token, "q", "¿cuánto magnesio debo tomar para mis calambres?"))));
        pages.put("POST /search (answers)", text(post("/search", language, cookies,
                Map.of("csrf", token, "q", "¿cómo se quita un calambre en la pantorrilla?"))));
        pages.put("POST /assessment/text", text(post("/assessment/text", language, cookies,
                Map.of("csrf", token, "text", "me dan calambres en la pantorrilla todas las noches, sin hinchazón"))));
        pages.put("POST /assessment/step (emergency)", text(post("/assessment/step", language, cookies,
                Map.of("csrf", token, "step", "0", "nav", "next", "q.unbearable_pain", "yes"))));
        pages.put("POST /assessment/step (result)", text(post("/assessment/step", language, cookies,
                Map.of("csrf", token, "step", "0", "nav", "result", "q.unbearable_pain", "no", "q.all_over_body", "no",
                        "q.toxin_exposure", "no"))));
    }

    private static String pdfText(String language, String cookies, String token) throws Exception {
        HttpRequest request = form("/diary/report/pdf", language, cookies, Map.of("csrf", token)).build();
        byte[] pdf = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return " " + new PDFTextStripper().getText(doc).replaceAll("\\s+", " ") + " ";
        } catch (IOException e) {
            throw new AssertionError("no PDF in " + language + ": " + new String(pdf, StandardCharsets.UTF_8), e);
        }
    }

    /** The text a reader sees or hears: without scripts, styles and parts marked English (article titles). */
    static String text(String html) {
        StringBuilder labels = new StringBuilder();
        Matcher m = Pattern.compile("(?:aria-label|alt|title|placeholder|content)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            labels.append(' ').append(m.group(1)).append(" .");
        }
        String text = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ")
                .replaceAll("(?s)<(?!html)(\\w+)[^>]*\\slang=\"en\"[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ") + labels;
        text = text.replace("&#39;", "'").replace("&quot;", "\"").replace("&#34;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        for (String allowed : ALLOWED) {
            text = text.replace(allowed, " ");
        }
        return " " + text.replaceAll("\\s+", " ") + " ";
    }

    private static Set<String> markersIn(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        for (String marker : MARKERS) {
            int at = lower.indexOf(marker.toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                found.add("'" + marker.strip() + "' in …" + text.substring(Math.max(0, at - 60),
                        Math.min(text.length(), at + 60)) + "…");
            }
        }
        return found;
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a form token").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(String path, String language, String cookies) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept-Language", language);
        if (cookies != null) {
            b.header("Cookie", cookies);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String post(String path, String language, String cookies, Map<String, String> fields)
            throws Exception {
        return HTTP.send(form(path, language, cookies, fields).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest.Builder form(String path, String language, String cookies, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept-Language", language)
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
