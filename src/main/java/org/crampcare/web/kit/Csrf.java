package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery protection for the HTML forms: a form token derived from the session
 * with a server key (OWASP's "signed double-submit" pattern).
 *
 * <p>The token is the HMAC-SHA256, under a key only the servers know, of the session cookie when
 * someone is signed in, or else of a random browser id kept in its own cookie. Every form carries
 * the token in a hidden field and a form POST is refused unless the field equals the token of the
 * cookies the request came with. A foreign site can make a browser post, but it can neither read
 * the token nor make one: a cookie it manages to plant does not help without the key. Signing in
 * changes the token, since the session changes. The key lives in the database, so every server on
 * it accepts the others' tokens. The JSON API is exempt: it accepts only {@code application/json},
 * which a plain form cannot send.
 * So are the stateless FHIR routes ({@link #STATELESS}): they read and set no cookie at all.
 */
public final class Csrf {
    /** The browser-id cookie's name (with {@code __Host-} before it behind an https public URL). */
    public static final String COOKIE = "cc_csrf";
    static final String FIELD = "csrf";
    private static final String ATTRIBUTE = "crampcare.csrf";
    private static final String SIGNER = "crampcare.csrf.signer";
    private static final Pattern BROWSER_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** The stateless FHIR routes: no CSRF token, no cookie (their POSTs accept only FHIR or JSON bodies). */
    public static final String STATELESS = "/fhir/";
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final Cookies cookies;

    /** Form tokens under the given server key (at least 32 random bytes). */
    public Csrf(byte[] key, Cookies cookies) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.cookies = cookies;
    }

    /** Before-handler: works out the request's token (making a browser id if needed) and checks it on form posts. */
    public void check(Context ctx) {
        if (ctx.path().startsWith("/api/") || stateless(ctx)) {
            return;
        }
        ctx.attribute(SIGNER, this);
        String token = bind(ctx, cookies.read(ctx, Sessions.COOKIE));
        if (ctx.method().name().equals("POST") && !same(token, ctx.formParam(FIELD))) {
            throw new ForbiddenResponse("The form had expired. Go back, reload the page and send it again.");
        }
    }

    /** Whether the request is for a stateless FHIR route (or the bare {@code /fhir}). */
    public static boolean stateless(Context ctx) {
        return ctx.path().startsWith(STATELESS) || ctx.path().equals("/fhir");
    }

    /**
     * After signing in or out within a request: the token of the new session (or of the browser
     * id, for null), so the page sent back carries a token its next form post will match.
     */
    static void rebind(Context ctx, String session) {
        Csrf signer = ctx.attribute(SIGNER);
        if (signer != null) {
            signer.bind(ctx, session);
        }
    }

    private String bind(Context ctx, String session) {
        String binding;
        if (session != null) {
            binding = "session:" + session;
        } else {
            String browser = cookies.read(ctx, COOKIE);
            if (browser == null || !BROWSER_ID.matcher(browser).matches()) {
                browser = newBrowserId();
                cookies.set(ctx, COOKIE, browser, -1);
            }
            binding = "browser:" + browser;
        }
        String token = sign(binding);
        ctx.attribute(ATTRIBUTE, token);
        return token;
    }

    /** The token of this request, for the hidden form field. */
    public static String token(Context ctx) {
        String token = ctx.attribute(ATTRIBUTE);
        return token == null ? "" : token;
    }

    private String sign(String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private String newBrowserId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
