package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Tries every diary route, page and API, as person B on person A's entries: every one answers 404
 * (or shows only B's own data), and A's export is the same afterwards.
 *
 * <p>The API routes are read from the OpenAPI document, so a new documented route is tried too.
 */
final class CrossAccountCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "ana-private-note-7731";

    private CrossAccountCheck() {
    }

    static void run(PersonalServer server) throws Exception {
        HttpPerson ana = new HttpPerson(server, "ana" + System.nanoTime() + "@example.org", "correct horse battery 1").signedUp();
        HttpPerson bo = new HttpPerson(server, "bo" + System.nanoTime() + "@example.org", "another long secret 22").signedUp();

        long cramp = JSON.readTree(ana.json("POST", "/api/v1/diary/cramps",
                "{\"muscles\":[\"calf\"],\"pain\":6,\"note\":\"" + SECRET + "\"}").body()).get("id").asLong();
        assertThat(ana.json("PUT", "/api/v1/diary/checkins/2026-01-10", "{\"note\":\"" + SECRET + "\",\"fluid_glasses\":4}")
                .statusCode()).isEqualTo(200);
        long assessment = JSON.readTree(ana.json("POST", "/api/v1/diary/assessments",
                "{\"answers\":{\"pain_score\":3}}").body()).get("id").asLong();
        long token = JSON.readTree(ana.json("POST", "/api/v1/diary/tokens", "{\"name\":\"ana's phone\"}").body())
                .get("id").asLong();
        String before = ana.get("/api/v1/diary/export?format=csv").body();
        assertThat(before).contains(SECRET);

        JsonNode doc = JSON.readTree(bo.get("/api/v1/openapi.json").body());
        List<String[]> calls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/api/v1/diary")) {
                path.getValue().fieldNames().forEachRemaining(m -> calls.add(new String[] {
                        m.toUpperCase(java.util.Locale.ROOT), path.getKey()}));
            }
        }
        // B's PUT of a check-in on A's day creates B's own; try it last so B's GET and DELETE meet nothing.
        calls.sort(java.util.Comparator.comparing(c -> c[0].equals("PUT") && c[1].contains("{date}")));
        List<String> tried = new ArrayList<>();
        for (String[] call : calls) {
            {
                String method = call[0];
                String p = call[1];
                long id = p.contains("/cramps/") ? cramp : p.contains("/assessments/") ? assessment : token;
                String url = p.replace("{id}", String.valueOf(id)).replace("{date}", "2026-01-10");
                tried.add(method + " " + p);
                HttpResponse<String> r = bodyFor(bo, method, url, p);
                if (p.contains("{")) {
                    if (method.equals("PUT") && p.contains("{date}")) {
                        assertThat(r.statusCode()).as(method + " " + url).isEqualTo(200);
                    } else {
                        assertThat(r.statusCode()).as(method + " " + url).isEqualTo(404);
                        assertThat(r.body()).as(method + " " + url).doesNotContain(SECRET);
                    }
                } else {
                    assertThat(r.statusCode()).as(method + " " + url).isLessThan(300);
                    assertThat(r.body()).as(method + " " + url).doesNotContain(SECRET).doesNotContain(ana.email);
                }
                HttpResponse<String> anonymous = bodyFor(new HttpPerson(server, "x@example.org", "x"), method, url, p);
                assertThat(anonymous.statusCode()).as("anonymous " + method + " " + url).isEqualTo(401);
            }
        }
        assertThat(tried).hasSize(21);

        String c = "/diary/cramps/" + cramp;
        assertThat(bo.get(c).statusCode()).isEqualTo(404);
        assertThat(bo.form(c, Map.of("pain", "1", "note", "changed by bo")).statusCode()).isEqualTo(404);
        assertThat(bo.form(c + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(bo.form("/diary/assessments/" + assessment + "/delete", Map.of()).statusCode()).isEqualTo(404);
        for (String page : List.of("/diary", "/diary/cramps", "/diary/checkin", "/diary/assessments", "/diary/data",
                "/diary/data/csv", "/diary/data/json", "/account", "/diary/insights", "/diary/report")) {
            HttpResponse<String> r = bo.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).doesNotContain(SECRET).doesNotContain(ana.email);
        }
        assertThat(bo.form("/diary/cramps", Map.of("from", "2000-01-01", "to", "2100-01-01")).body())
                .doesNotContain("href=\"" + c + "\"");
        assertThat(bo.get("/diary/cramps").body()).doesNotContain("href=\"" + c + "\"");
        assertThat(bo.form("/diary/data/delete", Map.of("confirm", "yes")).statusCode()).isEqualTo(200);

        assertThat(ana.get("/api/v1/diary/export?format=csv").body()).isEqualTo(before);
        assertThat(ana.get("/api/v1/diary/tokens").body()).contains("ana's phone");
    }

    private static HttpResponse<String> bodyFor(HttpPerson who, String method, String url, String template)
            throws Exception {
        if (template.endsWith("/import")) {
            return who.raw(method, url, "text/csv", "kind,date,time,zone,note\n");
        }
        String body = method.equals("GET") || method.equals("DELETE") ? null
                : template.contains("/assessments") ? "{\"answers\":{}}"
                : template.contains("/tokens") ? "{\"name\":\"bo\"}"
                : "{\"note\":\"changed by bo\"}";
        return who.json(method, url + (template.endsWith("/export") ? "?format=json" : ""), body);
    }
}
