package org.crampcare.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crampcare.account.AccountService;
import org.crampcare.account.ApiToken;
import org.crampcare.account.NewApiToken;
import org.crampcare.account.SignedIn;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.ApiProblem;
import org.crampcare.web.kit.ClientAddress;
import org.crampcare.web.kit.Sessions;

/**
 * The account API: sign up, sign in (sets the session cookie), sign out, and personal API tokens.
 *
 * <p>Sign-up answers the same for a new and a taken e-mail; sign-in gives one message for both.
 */
public final class AccountApiHandlers {
    private final AccountService accounts;
    private final Sessions sessions;
    private final ClientAddress clients;

    public AccountApiHandlers(AccountService accounts, Sessions sessions, ClientAddress clients) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.clients = clients;
    }

    /** POST /api/v1/account/signup: 202 whether or not the e-mail was new. */
    public void signUp(Context ctx) {
        JsonNode body = DiaryJson.object(ctx.body());
        accounts.signUp(text(body, "email"), text(body, "password"), clients.of(ctx));
        DiaryApiHandlers.json(ctx, 202, Map.of("message",
                "If this e-mail had no account, one was created. Sign in with your e-mail and password."));
    }

    /** POST /api/v1/account/signin: sets the session cookie; 401 wrong, 429 throttled. */
    public void signIn(Context ctx) {
        JsonNode body = DiaryJson.object(ctx.body());
        SignedIn signedIn = accounts.signIn(text(body, "email"), text(body, "password"), clients.of(ctx));
        sessions.remember(ctx, signedIn);
        DiaryApiHandlers.json(ctx, 200, Map.of("expires_at", signedIn.expiresAt().toString()));
    }

    /** POST /api/v1/account/signout: ends the session; 204. */
    public void signOut(Context ctx) {
        sessions.token(ctx).ifPresent(accounts::signOut);
        sessions.forget(ctx);
        ctx.status(204);
    }

    /**
     * POST /api/v1/diary/tokens: creates a personal token; the secret is shown only in this answer.
     * Only a signed-in session may do this (403 with a token), so a stolen token cannot outlive its revocation.
     */
    public void createToken(Context ctx) {
        long person = sessions.requiredSession(ctx);
        NewApiToken t = accounts.createApiToken(person, text(DiaryJson.object(ctx.body()), "name"));
        Map<String, Object> out = token(t.info());
        out.put("token", t.token());
        DiaryApiHandlers.json(ctx, 201, out);
    }

    /** GET /api/v1/diary/tokens. */
    public void tokens(Context ctx) {
        long person = sessions.required(ctx);
        DiaryApiHandlers.json(ctx, 200, Map.of("tokens",
                accounts.apiTokens(person).stream().map(AccountApiHandlers::token).toList()));
    }

    /** DELETE /api/v1/diary/tokens/{id}: 204, or 404 when the person has no such token. */
    public void revokeToken(Context ctx) {
        long person = sessions.required(ctx);
        if (!accounts.revokeApiToken(person, DiaryApiHandlers.id(ctx))) {
            throw ApiProblem.notFound("id");
        }
        ctx.status(204);
    }

    private static Map<String, Object> token(ApiToken t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("name", t.name());
        out.put("created_at", t.createdAt().toString());
        out.put("last_used_at", t.lastUsedAt() == null ? null : t.lastUsedAt().toString());
        out.put("expires_at", t.expiresAt().toString());
        return out;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw new InputException(field, "expected a string");
        }
        return v == null || v.isNull() ? null : v.asText();
    }
}
