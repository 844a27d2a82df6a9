package org.crampcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.crampcare.web.kit.Csrf;
import org.crampcare.web.kit.Sessions;

/**
 * One person's HTTP client: keeps the session cookie (and the browser-id cookie of the form tokens),
 * sends JSON, and sends forms with the token a page of the server gives for these cookies.
 */
final class HttpPerson {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final PersonalServer server;
    final String email;
    final String password;
    String session;
    String browserId;
    String bearer;

    HttpPerson(PersonalServer server, String email, String password) {
        this.server = server;
        this.email = email;
        this.password = password;
    }

    /** Signs up and in over the API; keeps the session cookie. */
    HttpPerson signedUp() throws Exception {
        String creds = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        assertThat(json("POST", "/api/v1/account/signup", creds).statusCode()).isEqualTo(202);
        HttpResponse<String> in = json("POST", "/api/v1/account/signin", creds);
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        session = cookie(in, Sessions.COOKIE);
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> raw(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return send(b);
    }

    /** A form POST with the CSRF token (or without it, when {@code withToken} is false). */
    HttpResponse<String> form(String path, Map<String, String> fields, boolean withToken) throws Exception {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        if (withToken) {
            body = (body.isEmpty() ? "" : body + "&") + "csrf=" + formToken();
        }
        HttpResponse<String> r = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String newSession = cookie(r, Sessions.COOKIE);
        if (newSession != null) {
            session = newSession.isEmpty() ? null : newSession;
        }
        return r;
    }

    HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        return form(path, fields, true);
    }

    /** The full URL of a path on this person's server. */
    String url(String path) {
        return server.url(path);
    }

    /** The form token a page of the server gives this person now (keeps a browser id it sets). */
    String formToken() throws Exception {
        FormTokens.Token t = FormTokens.fetch(server.url(""), cookies());
        if (t.browserId() != null) {
            browserId = t.browserId();
        }
        return t.value();
    }

    /** The Cookie header this person sends: the form tokens' browser id and, once signed in, the session. */
    String cookies() {
        String browser = browserId == null ? "" : Csrf.COOKIE + "=" + browserId;
        String mine = session == null ? "" : Sessions.COOKIE + "=" + session;
        return browser.isEmpty() ? mine : mine.isEmpty() ? browser : browser + "; " + mine;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (!cookies().isEmpty()) {
            b.header("Cookie", cookies());
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
