package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crampcare.CrampCare;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.web.kit.Csrf;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.PageTexts;
import org.crampcare.web.kit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web app in Spanish over real HTTP: how the language is chosen and remembered, the headers
 * caches need, and Spanish pages with no English left on them, the emergency texts above all.
 */
class SpanishWebTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final KnowledgeBase EN = CrampCare.builtIn().knowledge().in(Language.EN);
    private static final KnowledgeBase ES = EN.in(Language.ES);
    private static final Texts PAGE_EN = PageTexts.builtIn().in(Language.EN);
    private static final Texts PAGE_ES = PageTexts.builtIn().in(Language.ES);
    private static DiaryServer server;

    @BeforeAll
    static void start() {
        server = new DiaryServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void acceptLanguageChoosesSpanishAndThePageSaysSo() throws Exception {
        HttpResponse<String> home = get("/", "es-MX,es;q=0.9,en;q=0.5", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(home.headers().allValues("Vary").toString()).contains("Accept-Language").contains("Cookie");
        assertThat(home.body()).contains("<html lang=\"es\">")
                .contains("<title>CrampCare: ayuda con los calambres musculares · CrampCare</title>")
                .contains("<meta name=\"description\" content=\"" + PAGE_ES.get("layout.description") + "\">")
                .contains("<strong>Llame ahora al número de emergencias de su localidad</strong>")
                .contains("lang=\"en\" class=\"button quiet\" aria-pressed=\"false\">English</button>")
                .contains("lang=\"es\" class=\"button quiet\" aria-pressed=\"true\">Español</button>");
        HttpResponse<String> english = get("/", "fr, en;q=0.8, es;q=0.5", null);
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("Call your local emergency number now");
        assertThat(get("/", null, null).body()).as("no header: English").contains("<html lang=\"en\">");
    }

    @Test
    void theSwitchOverridesTheBrowserAndIsRemembered() throws Exception {
        HttpResponse<String> first = get("/knowledge", "es", null);
        String browser = HttpPerson.cookie(first, Csrf.COOKIE);
        String cookies = Csrf.COOKIE + "=" + browser;
        HttpResponse<String> switched = post("/language", "en", cookies,
                Map.of("csrf", token(first.body()), "language", "en", "back", "/knowledge"));
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/knowledge");
        String remembered = HttpPerson.cookie(switched, PageLanguage.COOKIE);
        assertThat(remembered).isEqualTo("en");
        assertThat(switched.headers().allValues("Set-Cookie").toString()).contains("cc_lang=en")
                .contains("Max-Age=31536000").contains("HttpOnly").contains("SameSite=Strict");

        String withChoice = cookies + "; " + PageLanguage.COOKIE + "=en";
        HttpResponse<String> later = get("/knowledge", "es", withChoice);
        assertThat(later.body()).as("the choice wins over Accept-Language").contains("<html lang=\"en\">")
                .contains("About cramps: what we know");
        assertThat(get("/knowledge", "en", cookies + "; " + PageLanguage.COOKIE + "=es").body())
                .contains("<html lang=\"es\">").contains("Calambres: lo que sabemos");
    }

    @Test
    void theSwitchNeedsTheFormTokenAndNeverLeavesTheSite() throws Exception {
        HttpResponse<String> first = get("/", "es", null);
        String cookies = Csrf.COOKIE + "=" + HttpPerson.cookie(first, Csrf.COOKIE);
        HttpResponse<String> forged = post("/language", "es", cookies, Map.of("language", "es", "back", "/"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie").toString()).doesNotContain("cc_lang");
        assertThat(forged.body()).contains("<html lang=\"es\">").contains(PAGE_ES.get("error.403-text"));
        for (String away : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            HttpResponse<String> r = post("/language", "es", cookies,
                    Map.of("csrf", token(first.body()), "language", "es", "back", away));
            assertThat(r.headers().firstValue("Location")).as(away).hasValue("/");
        }
    }

    @Test
    void aLinkWithLangShowsOnePageInThatLanguageWithoutRememberingIt() throws Exception {
        HttpResponse<String> spanish = get("/now/steps?muscle=calf&lang=es", "en", null);
        assertThat(spanish.body()).contains("<html lang=\"es\">").contains("Aliviar un calambre: " + label(ES, "calf"));
        assertThat(spanish.headers().allValues("Set-Cookie").toString()).doesNotContain("cc_lang");
        assertThat(spanish.body()).as("the switch goes back to the page without lang")
                .contains("name=\"back\" value=\"/now/steps?muscle=calf\"");
        assertThat(get("/now/steps?muscle=calf&lang=en", "es", null).body()).contains("<html lang=\"en\">")
                .contains("Easing a cramp: " + label(EN, "calf"));
    }

    @Test
    void theEmergencyPageIsInSpanishWithTheKnowledgesOwnSpanishTexts() throws Exception {
        HttpResponse<String> start = get("/assessment", "es", null);
        String cookies = Csrf.COOKIE + "=" + HttpPerson.cookie(start, Csrf.COOKIE);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token(start.body()));
        form.put("step", "0");
        form.put("nav", "next");
        form.put("q.unbearable_pain", "yes");
        HttpResponse<String> page = post("/assessment/step", "es", cookies, form);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<html lang=\"es\">").contains(PAGE_ES.get("emergency.title"))
                .contains(ES.level(TriageLevel.EMERGENCY).action()).contains(rule(ES, "E1").explanation())
                .contains(PAGE_ES.get("emergency.call"))
                .doesNotContain(EN.level(TriageLevel.EMERGENCY).action()).doesNotContain(rule(EN, "E1").explanation())
                .doesNotContain("Get emergency help now");
        assertNoEnglish(html, "the emergency page");

        Matcher state = Pattern.compile("name=\"state\" value=\"([^\"]+)\"").matcher(html);
        assertThat(state.find()).isTrue();
        assertThat(html).as("the switch posts the same step again, keeping the answers")
                .contains("<form class=\"language-switch\" method=\"post\" action=\"/assessment/step\"")
                .contains("<input type=\"hidden\" name=\"q.unbearable_pain\" value=\"yes\">");
        form.put("language", "en");
        HttpResponse<String> english = post("/assessment/step", "es", cookies, form);
        assertThat(english.body()).as("the same emergency page, now in English").contains("<html lang=\"en\">")
                .contains("Get emergency help now").contains(EN.level(TriageLevel.EMERGENCY).action())
                .contains(rule(EN, "E1").explanation());
        assertThat(HttpPerson.cookie(english, PageLanguage.COOKIE)).isEqualTo("en");
    }

    @Test
    void theResultAndEveryWizardStepAreInSpanish() throws Exception {
        HttpResponse<String> start = get("/assessment", "es", null);
        assertNoEnglish(start.body(), "the start of the wizard");
        String cookies = Csrf.COOKIE + "=" + HttpPerson.cookie(start, Csrf.COOKIE);
        String csrf = token(start.body());
        for (int step = 0; step < ES.screens().size(); step++) {
            HttpResponse<String> shown = post("/assessment/step", "es", cookies,
                    Map.of("csrf", csrf, "step", String.valueOf(step), "nav", "show"));
            assertThat(shown.body()).contains("<title>" + ES.screens().get(step).title() + " · CrampCare</title>")
                    .contains(PAGE_ES.f("step.progress", step + 1, ES.screens().size()));
            assertNoEnglish(shown.body(), "wizard step " + (step + 1));
        }
        Map<String, String> form = new LinkedHashMap<>(Map.of("csrf", csrf, "step", "0", "nav", "result",
                "q.unbearable_pain", "no", "q.all_over_body", "no", "q.toxin_exposure", "no"));
        String result = post("/assessment/step", "es", cookies, form).body();
        assertThat(result).contains("<html lang=\"es\">").contains(PAGE_ES.get("result.page-title"))
                .contains(PAGE_ES.get("result.incomplete")).contains(PAGE_ES.get("result.answers"));
        assertNoEnglish(result, "the result");
    }

    @Test
    void noEnglishIsLeftOnThePublicPagesInSpanish() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/now", "/now/steps?muscle=calf", "/now/steps", "/knowledge",
                "/sources", "/about", "/offline", "/account/signin", "/account/signup", "/no-such-page"));
        EN.topics().forEach(t -> pages.add("/knowledge/" + t.id()));
        for (String path : pages) {
            HttpResponse<String> page = get(path, "es", null);
            assertThat(page.body()).as(path).contains("<html lang=\"es\">");
            assertNoEnglish(page.body(), path);
        }
        assertThat(get("/no-such-page", "es", null).body()).contains(PAGE_ES.get("error.404"));
    }

    @Test
    void searchAndItsNotCoveredPageAreInSpanish() throws Exception {
        HttpResponse<String> home = get("/", "es", null);
        String cookies = Csrf.COOKIE + "=" + HttpPerson.cookie(home, Csrf.COOKIE);
        String answers = post("/search", "es", cookies, Map.of("csrf", token(home.body()),
                "q", "¿cómo se me quita un calambre en la pantorrilla?")).body();
        assertThat(answers).contains("<html lang=\"es\">").contains(PAGE_ES.get("search.title"));
        assertNoEnglish(answers, "search results");
        String notCovered = post("/search", "es", cookies, Map.of("csrf", token(home.body()),
                "q", "receta de pan de maíz")).body();
        assertNoEnglish(notCovered, "the not-covered page");
    }

    @Test
    void theDiaryPagesAreInSpanishForASignedInPerson() throws Exception {
        DiaryServer.Person person = server.signUp("lectora@example.org");
        server.seed(person.id());
        for (String path : List.of("/diary", "/diary/checkin", "/diary/cramps", "/diary/assessments", "/diary/data",
                "/account", "/diary/insights", "/diary/report")) {
            HttpResponse<String> page = get(path, "es", person.cookie());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html lang=\"es\">");
            assertNoEnglish(page.body(), path);
        }
        assertThat(get("/diary", "es", person.cookie()).body()).contains(PAGE_ES.get("diary.log-now"))
                .contains(">" + PAGE_ES.get("word.muscle.calf") + "</button>");
        assertThat(get("/diary/report", "es", person.cookie()).body()).contains(PAGE_ES.get("report.heading"))
                .contains(PAGE_ES.get("report.questions"));
    }

    @Test
    void theServiceWorkerKeepsEveryPublicPageInEveryLanguage() throws Exception {
        String script = get("/sw.js", null, null).body();
        assertThat(script).contains("var LANGUAGES = [\"en\",\"es\"];").contains("var LOCALIZED = [\"/\",");
        assertThat(script).doesNotContain("/* LOCALIZED */").doesNotContain("/* LANGUAGES */");
        HttpResponse<String> copy = get("/offline?lang=es", "en", null);
        assertThat(copy.body()).as("the Spanish copy, fetched without cookies").contains("<html lang=\"es\">")
                .contains(PAGE_ES.get("offline.check"));
        assertThat(get("/offline?lang=en", "es", null).body()).as("the English copy, whatever the browser asks")
                .contains("<html lang=\"en\">");
    }

    /** Fails naming every English page text or knowledge text (of 4 words or more) left on a Spanish page. */
    private static void assertNoEnglish(String html, String where) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ").replace("&#39;", "'").replace("&amp;", "&")
                .replace("&quot;", "\"").replace("&#34;", "\"");
        List<String> left = englishTexts().stream().filter(text::contains).toList();
        assertThat(left).as("English left on " + where).isEmpty();
    }

    private static List<String> englishTexts() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : PAGE_TEXT_PAIRS.entrySet()) {
            out.add(e.getKey());
        }
        for (TriageLevel level : TriageLevel.values()) {
            out.add(EN.level(level).action());
        }
        EN.rules().forEach(r -> out.add(r.explanation()));
        EN.items().forEach(i -> out.add(i.question()));
        EN.screens().forEach(s -> out.add(s.intro()));
        EN.topics().forEach(t -> t.entries().stream().map(ContentEntry::text).forEach(out::add));
        return out.stream().filter(s -> s.split(" ").length >= 4).distinct().toList();
    }

    /** English page texts with their placeholders cut out, those that differ from their Spanish. */
    private static final Map<String, String> PAGE_TEXT_PAIRS = pageTexts();

    private static Map<String, String> pageTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : keys()) {
            String en = PAGE_EN.get(key);
            if (!en.equals(PAGE_ES.get(key))) {
                for (String piece : en.split("\\{\\d+}")) {
                    out.put(piece.strip(), key);
                }
            }
        }
        return out;
    }

    private static List<String> keys() {
        try {
            String yaml = new String(SpanishWebTest.class.getResourceAsStream("/knowledge/pages.yaml").readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("- id: (\\S+)").matcher(yaml);
            List<String> keys = new ArrayList<>();
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Rule rule(KnowledgeBase k, String id) {
        return k.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static String label(KnowledgeBase k, String muscle) {
        return k.item("locations").orElseThrow().labelOf(muscle).replace("\"", "&#34;");
    }

    private static String token(String html) {
        Matcher m = FIELD.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(String path, String acceptLanguage, String cookies) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        if (cookies != null) {
            b.header("Cookie", cookies);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String acceptLanguage, String cookies, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", acceptLanguage).POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookies != null) {
            b.header("Cookie", cookies);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
