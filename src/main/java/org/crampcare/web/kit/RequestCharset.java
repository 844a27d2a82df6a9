package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;

/**
 * Refuses a request body declared in any character set but UTF-8 (415 naming {@code Content-Type}).
 *
 * <p>Forms and JSON from CrampCare's pages and clients are UTF-8; an unknown or malformed
 * {@code charset} parameter used to reach the form decoder and fail there as a 500.
 */
public final class RequestCharset {
    static final String MESSAGE = "the only character set accepted is UTF-8 (charset=utf-8, or no charset)";

    /** Before-handler; reads the raw header, since Javalin's own reading of it throws on an unknown charset. */
    public void check(Context ctx) {
        if (problem(ctx.header("Content-Type")) != null) {
            throw new HttpResponseException(415, MESSAGE);
        }
    }

    /** The message for a content type whose charset is not UTF-8, or null when it is fine. */
    public static String problem(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset")) {
                String value = p.substring("charset".length()).strip();
                if (!value.startsWith("=")) {
                    return MESSAGE;
                }
                value = value.substring(1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.equals("utf-8") && !value.equals("utf8")) {
                    return MESSAGE;
                }
            }
        }
        return null;
    }
}
