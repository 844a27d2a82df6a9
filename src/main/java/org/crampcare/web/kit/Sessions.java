package org.crampcare.web.kit;

import io.javalin.http.Context;
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
 * restart signs nobody out. The person found is noted on the request for the access log.
 */
public final class Sessions {
    /** The session cookie's name (with {@code __Host-} before it behind an https public URL). */
    public static final String COOKIE = "cc_session";
    /** The request attribute holding the signed-in person's id, once known. */
    static final String ATTRIBUTE = "crampcare.person";
    private static final String BEARER = "Bearer ";

    private final AccountService accounts;
    private final Cookies cookies;

    public Sessions(AccountService accounts, Cookies cookies) {
        this.accounts = accounts;
        this.cookies = cookies;
    }

    /** The person behind the request's session cookie or API token, if any and still valid. */
    public Optional<Long> person(Context ctx) {
        Optional<Long> person;
        if (bearer(ctx)) {
            person = accounts.personForApiToken(ctx.header("Authorization").substring(BEARER.length()).strip());
        } else {
            String token = cookies.read(ctx, COOKIE);
            person = token == null ? Optional.empty() : accounts.session(token).map(s -> s.personId());
        }
        person.ifPresent(p -> ctx.attribute(ATTRIBUTE, p));
        return person;
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

    /**
     * The signed-in person of a session cookie, never of an API token: for what a token must not do
     * (making more tokens). Throws {@link ApiProblem} 403 naming {@code Authorization} for a token.
     */
    public long requiredSession(Context ctx) {
        if (bearer(ctx)) {
            throw new ApiProblem(403, "Authorization",
                    "an API token cannot create tokens; sign in with your password and create it from the session");
        }
        return required(ctx);
    }

    /** Whether the request is authenticated by an API token rather than the session cookie. */
    static boolean bearer(Context ctx) {
        String auth = ctx.header("Authorization");
        return auth != null && auth.startsWith(BEARER);
    }

    /** The raw session token of the request's cookie, for signing out. */
    public Optional<String> token(Context ctx) {
        return Optional.ofNullable(cookies.read(ctx, COOKIE));
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure with the {@code __Host-} name behind https. */
    public void remember(Context ctx, SignedIn signedIn) {
        cookies.set(ctx, COOKIE, signedIn.token(),
                Math.max(0, Duration.between(Instant.now(), signedIn.expiresAt()).getSeconds()));
        Csrf.rebind(ctx, signedIn.token());
    }

    /** Removes the session cookie. */
    public void forget(Context ctx) {
        cookies.remove(ctx, COOKIE);
        Csrf.rebind(ctx, null);
    }
}
