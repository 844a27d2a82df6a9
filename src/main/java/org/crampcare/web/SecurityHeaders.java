package org.crampcare.web;

import io.javalin.http.Context;

/**
 * Adds the browser security headers to every response.
 *
 * <p>The content security policy allows only this site's own script and style files (no inline
 * code), so injected markup cannot run. Every response except the static files is marked
 * {@code no-store}: pages can show health answers, which must not stay in shared caches or the
 * back-forward history on a shared device.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Before-handler setting the headers (set early so that error responses carry them too). */
    void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
