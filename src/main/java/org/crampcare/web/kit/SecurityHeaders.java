package org.crampcare.web.kit;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Adds the browser security headers to every response.
 *
 * <p>The content security policy allows only this site's own script and style files (no inline
 * code), so injected markup cannot run. Every response except the static files is marked
 * {@code no-store}: pages can show health answers, which must not stay in shared caches or the
 * back-forward history on a shared device. Behind an https public URL, Strict-Transport-Security
 * tells browsers to use https only for a year. {@code manifest-src 'self'} lets browsers read the
 * web app manifest (installing CrampCare); the service worker needs nothing more, as workers fall
 * back to {@code script-src 'self'}.
 */
public final class SecurityHeaders {
    static final String HSTS = "max-age=31536000";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final List<Map.Entry<String, String>> ALWAYS = List.of(
            Map.entry("Content-Security-Policy", CSP),
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("Referrer-Policy", "no-referrer"),
            Map.entry("X-Frame-Options", "DENY"),
            Map.entry("Cross-Origin-Opener-Policy", "same-origin"),
            Map.entry("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));

    private final boolean hsts;

    /** The headers of a server reached over https ({@code hsts}: send Strict-Transport-Security) or plain http. */
    public SecurityHeaders(boolean hsts) {
        this.hsts = hsts;
    }

    /** Before-handler setting the headers (set early so that error responses carry them too). */
    public void apply(Context ctx) {
        forEach(ctx.path(), ctx::header);
    }

    /** Gives every header a response to this path must carry, for servers other than Javalin. */
    void forEach(String path, BiConsumer<String, String> header) {
        for (Map.Entry<String, String> h : ALWAYS) {
            header.accept(h.getKey(), h.getValue());
        }
        if (hsts) {
            header.accept("Strict-Transport-Security", HSTS);
        }
        if (!path.startsWith("/static/")) {
            header.accept("Cache-Control", "no-store");
        }
    }
}
