package org.crampcare.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, status and time.
 *
 * <p>Never the query string, headers or body: those can hold health details, and logs are kept
 * and shared far more widely than the answers themselves.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.crampcare.web.access");

    /** Javalin request logger callback. */
    void log(Context ctx, Float ms) {
        log(ctx.method().name(), ctx.path(), ctx.status().getCode(), Math.round(ms));
    }

    /** Logs one request answered outside Javalin. */
    void log(String method, String path, int status, long ms) {
        LOG.info("{} {} {} {}ms", method, path, status, ms);
    }
}
