package org.crampcare.web.kit;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network address of the client, for throttling and the access log.
 *
 * <p>It is the connection's own peer address, unless that peer is one of the trusted proxies: then
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first other
 * address is the client's. Entries further left were written by the client and are never used,
 * so nobody can pick the address their attempts are counted under. Without trusted proxies the
 * header is ignored.
 */
public final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<InetAddress> trustedProxies;

    /** Trusting the given proxies (none: the header is ignored). */
    public ClientAddress(List<InetAddress> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** The client address of a Javalin request. */
    public String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    /** The client address from the connection's peer and the request's X-Forwarded-For header (or null). */
    public String of(String peer, String forwardedFor) {
        Optional<InetAddress> direct = literal(peer);
        if (direct.isEmpty() || !trustedProxies.contains(direct.get()) || forwardedFor == null) {
            return direct.map(InetAddress::getHostAddress).orElse(peer);
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops[i].strip());
            if (hop.isEmpty()) {
                return direct.get().getHostAddress();
            }
            if (!trustedProxies.contains(hop.get())) {
                return hop.get().getHostAddress();
            }
        }
        return direct.get().getHostAddress();
    }

    /** The address of an IPv4 or IPv6 literal; never asks DNS (a name gives empty). */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
