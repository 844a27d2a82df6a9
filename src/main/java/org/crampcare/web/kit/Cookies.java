package org.crampcare.web.kit;

import io.javalin.http.Context;

/**
 * Names, reads and sets CrampCare's cookies: always HttpOnly, SameSite=Strict and Path=/; behind
 * an https public URL also Secure and named with the {@code __Host-} prefix, which browsers accept
 * only from a secure origin without a Domain, so a sibling subdomain cannot plant or overwrite them.
 */
public final class Cookies {
    static final String HOST_PREFIX = "__Host-";
    private final boolean secure;

    /** Cookies for a server reached over https ({@code secure}) or plain http. */
    public Cookies(boolean secure) {
        this.secure = secure;
    }

    /** The name a cookie goes by on this server. */
    public String name(String base) {
        return secure ? HOST_PREFIX + base : base;
    }

    /** The value of the cookie, or null when absent or blank. */
    String read(Context ctx, String base) {
        String v = ctx.cookie(name(base));
        return v == null || v.isBlank() ? null : v;
    }

    /** Sets the cookie; {@code maxAgeSeconds} negative makes it last until the browser closes. */
    void set(Context ctx, String base, String value, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name(base) + "=" + value + "; Path=/"
                + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : "") + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    /** Tells the browser to drop the cookie. */
    void remove(Context ctx, String base) {
        set(ctx, base, "", 0);
    }
}
