package org.crampcare.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampcare.web.kit.Csrf;

/** Reads a real form token from a page, as a browser gets it: the hidden field and the browser-id cookie. */
final class FormTokens {
    private static final Pattern FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FormTokens() {
    }

    /**
     * The form token of the home page fetched with these cookies (a {@code Cookie} header value, or
     * null), and the browser-id cookie the server set, if it set one.
     */
    static Token fetch(String baseUrl, String cookies) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + "/"));
        if (cookies != null && !cookies.isBlank()) {
            b.header("Cookie", cookies);
        }
        HttpResponse<String> page = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = FIELD.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no form token on the home page");
        }
        return new Token(m.group(1), HttpPerson.cookie(page, Csrf.COOKIE));
    }

    /** A form token and the browser-id cookie it is bound to (null when the token is bound to the session). */
    record Token(String value, String browserId) {
        /** The cookie header with the browser id added to {@code cookies} (which may be null). */
        String cookies(String cookies) {
            String mine = browserId == null ? "" : Csrf.COOKIE + "=" + browserId;
            if (cookies == null || cookies.isBlank()) {
                return mine;
            }
            return mine.isEmpty() ? cookies : cookies + "; " + mine;
        }
    }
}
