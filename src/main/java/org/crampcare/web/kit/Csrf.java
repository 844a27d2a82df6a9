package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery protection for the HTML forms (double-submit token).
 *
 * <p>Each browser gets a random token in an HttpOnly, SameSite=Strict cookie; every form carries
 * the same token in a hidden field, and a form POST is refused unless both are present and equal.
 * A foreign site can make a browser post, but it cannot read the token to put in the form. The
 * JSON API is exempt: it accepts only {@code application/json}, which a plain form cannot send.
 * So are the stateless FHIR routes ({@link #STATELESS}): they read and set no cookie at all.
 */
public final class Csrf {
    /** The token cookie's name. */
    public static final String COOKIE = "cc_csrf";
    static final String FIELD = "csrf";
    private static final String ATTRIBUTE = "crampcare.csrf";
    /** The stateless FHIR routes: no CSRF token, no cookie (their POSTs accept only FHIR or JSON bodies). */
    public static final String STATELESS = "/fhir/";
    private final SecureRandom random = new SecureRandom();

    /** Before-handler: makes sure the browser has a token and checks it on form posts. */
    public void check(Context ctx) {
        if (ctx.path().startsWith("/api/") || stateless(ctx)) {
            return;
        }
        String cookie = ctx.cookie(COOKIE);
        boolean valid = cookie != null && cookie.matches("[A-Za-z0-9_-]{43}");
        String token = valid ? cookie : newToken();
        if (!valid) {
            ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        }
        ctx.attribute(ATTRIBUTE, token);
        if (ctx.method().name().equals("POST") && !(valid && same(cookie, ctx.formParam(FIELD)))) {
            throw new ForbiddenResponse("The form had expired. Go back, reload the page and send it again.");
        }
    }

    /** Whether the request is for a stateless FHIR route (or the bare {@code /fhir}). */
    public static boolean stateless(Context ctx) {
        return ctx.path().startsWith(STATELESS) || ctx.path().equals("/fhir");
    }

    /** The token of this request's browser, for the hidden form field. */
    public static String token(Context ctx) {
        String token = ctx.attribute(ATTRIBUTE);
        return token == null ? "" : token;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
