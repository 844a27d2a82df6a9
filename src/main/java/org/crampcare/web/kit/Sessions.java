package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.crampcare.account.AccountService;
import org.crampcare.account.SignedIn;

/**
 * Finds the signed-in person of a request: the session cookie for pages, or a personal API token
 * ({@code Authorization: Bearer ...}) for scripts.
 *
 * <p>Sessions live in the database, so several app servers can share one PostgreSQL and a
 * restart signs nobody out.
 */
public final class Sessions {
    /** The session cookie's name. */
    public static final String COOKIE = "cc_session";
    private static final String BEARER = "Bearer ";
    private static final String ATTRIBUTE = "crampcare.person";

    private final AccountService accounts;

    public Sessions(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The person behind the request's session cookie or API token, if any and still valid. */
    public Optional<Long> person(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith(BEARER)) {
            return accounts.personForApiToken(auth.substring(BEARER.length()).strip());
        }
        String token = ctx.cookie(COOKIE);
        return token == null || token.isBlank() ? Optional.empty()
                : accounts.session(token).map(s -> s.personId());
    }

    /** Before-handler for pages: notes who is signed in, for the menu and {@link #required}. */
    public void lookUp(Context ctx) {
        if (!ctx.path().startsWith("/api/") && !ctx.path().startsWith("/static/") && !Csrf.stateless(ctx)) {
            ctx.attribute(ATTRIBUTE, person(ctx).orElse(null));
        }
    }

    /** Whether {@link #lookUp} found a signed-in person for this page request. */
    static boolean signedIn(Context ctx) {
        return ctx.attribute(ATTRIBUTE) != null;
    }

    /** The signed-in person; throws {@link NotSignedInException} (401 or the sign-in page) when there is none. */
    public long required(Context ctx) {
        Long known = ctx.attribute(ATTRIBUTE);
        return known != null ? known : person(ctx).orElseThrow(NotSignedInException::new);
    }

    /** Whether the request is authenticated by an API token rather than the session cookie. */
    static boolean bearer(Context ctx) {
        String auth = ctx.header("Authorization");
        return auth != null && auth.startsWith(BEARER);
    }

    /** The raw session token of the request's cookie, for signing out. */
    public Optional<String> token(Context ctx) {
        return Optional.ofNullable(ctx.cookie(COOKIE)).filter(t -> !t.isBlank());
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when the request came over TLS. */
    public void remember(Context ctx, SignedIn signedIn) {
        Cookie cookie = new Cookie(COOKIE, signedIn.token());
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure("https".equalsIgnoreCase(ctx.scheme()));
        cookie.setPath("/");
        cookie.setMaxAge((int) Math.max(0, Duration.between(Instant.now(), signedIn.expiresAt()).getSeconds()));
        ctx.cookie(cookie);
    }

    /** Removes the session cookie. */
    public void forget(Context ctx) {
        ctx.removeCookie(COOKIE, "/");
    }
}
