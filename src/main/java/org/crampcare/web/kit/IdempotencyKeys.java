package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crampcare.diary.IdempotentRequests;

/**
 * The {@code Idempotency-Key} header on the diary's POST and PUT routes, pages and API alike.
 *
 * <p>A request without the header runs as before. With it, the route runs at most once per person and
 * key (see {@link IdempotentRequests}): a retry gets the first answer again, with the same status,
 * body and {@code Location}, plus {@code Idempotent-Replayed: true}; the same key with another
 * request answers 422. The fingerprint is the SHA-256 of the method, the path and the body (for a
 * form, its fields without the CSRF token, which is not part of what the person asked for).
 */
public final class IdempotencyKeys {
    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer given again for a retried request. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final IdempotentRequests requests;
    private final Sessions sessions;

    public IdempotencyKeys(IdempotentRequests requests, Sessions sessions) {
        this.requests = requests;
        this.sessions = sessions;
    }

    /** The handler made retry-safe for requests that carry the header. */
    public Handler around(Handler handler) {
        return ctx -> {
            String key = ctx.header(HEADER);
            if (key == null) {
                handler.handle(ctx);
                return;
            }
            long person = sessions.required(ctx);
            IdempotentRequests.Outcome outcome;
            try {
                outcome = requests.once(person, key, fingerprint(ctx), () -> {
                    handler.handle(ctx);
                    return answer(ctx);
                });
            } catch (IdempotentRequests.KeyReused e) {
                throw new ApiProblem(422, HEADER, e.getMessage());
            }
            if (outcome.replayed()) {
                replay(ctx, outcome.answer());
            }
        };
    }

    private static IdempotentRequests.Answer answer(Context ctx) {
        String body = ctx.result();
        return new IdempotentRequests.Answer(ctx.status().getCode(), ctx.res().getContentType(),
                ctx.res().getHeader("Location"), body == null ? "" : body);
    }

    private static void replay(Context ctx, IdempotentRequests.Answer answer) {
        ctx.status(answer.status()).header(REPLAYED, "true");
        if (answer.location() != null) {
            ctx.header("Location", answer.location());
        }
        if (answer.contentType() != null) {
            ctx.contentType(answer.contentType());
        }
        ctx.result(answer.body());
    }

    static String fingerprint(Context ctx) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        sha.update((ctx.method().name() + ' ' + ctx.path() + '\n').getBytes(StandardCharsets.UTF_8));
        String type = ctx.contentType();
        if (type != null && type.startsWith(FORM)) {
            Map<String, List<String>> fields = new TreeMap<>(ctx.formParamMap());
            fields.remove(Csrf.FIELD);
            sha.update(fields.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            sha.update(ctx.bodyAsBytes());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
