package org.crampcare.web.kit;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Requires a JSON (or, for the import, CSV) body on every POST and PUT of the account and diary API.
 *
 * <p>This is also the API's cross-site request forgery defence for cookie-authenticated calls: a
 * foreign page can only send form encodings or {@code text/plain} without a CORS preflight (which
 * this server never grants), the session cookie is {@code SameSite=Strict}, and DELETE cannot be
 * sent cross-site without a preflight either. Calls with an API token carry no ambient credentials.
 */
public final class ApiMediaType {
    static final String IMPORT_PATH = "/api/v1/diary/import";

    /** Before-handler: 415 for a POST or PUT under the account and diary API without the right type. */
    public void check(Context ctx) {
        String path = ctx.path();
        String method = ctx.method().name();
        if (!(path.startsWith("/api/v1/diary") || path.startsWith("/api/v1/account"))
                || !(method.equals("POST") || method.equals("PUT"))) {
            return;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String expected = path.equals(IMPORT_PATH) ? "text/csv" : "application/json";
        if (!type.startsWith(expected)) {
            throw new ApiProblem(415, "Content-Type", "send the body as " + expected);
        }
    }
}
