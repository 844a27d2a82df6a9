package org.crampcare.web.kit;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Refuses request bodies over 64 KiB before anything reads them.
 *
 * <p>Checked first so an oversized form gets a clear 413 rather than failing a later check on a
 * half-read body. Bodies sent without a length are capped by Javalin's own limit when read.
 */
public final class BodyLimit {
    public static final long MAX_BODY = 64 * 1024;

    /** Before-handler. */
    public void check(Context ctx) {
        if (ctx.contentLength() > MAX_BODY) {
            throw new HttpResponseException(413, "The request body is larger than 64 KiB.");
        }
    }
}
