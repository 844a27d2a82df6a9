package org.crampcare.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampcare.account.AccountPolicy;
import org.crampcare.web.kit.ClientAddress;

/**
 * How the server is reached and how long sign-ins last: the security settings of {@code serve}.
 *
 * <p>Built with {@link #resolve}, which checks every value and names the setting in its message.
 *
 * @param publicUrl      the address people use, e.g. {@code https://cramps.example.org}, or null when
 *                       unknown; with https, cookies are Secure with the {@code __Host-} prefix and HSTS is sent
 * @param trustedProxies the reverse proxies whose {@code X-Forwarded-For} is believed (empty: ignored)
 * @param sessionIdle    a session ends after this long without a request
 * @param sessionMax     a session ends this long after sign-in
 */
public record SecurityConfig(URI publicUrl, List<InetAddress> trustedProxies, Duration sessionIdle,
                             Duration sessionMax) {
    static final String PUBLIC_URL = "--public-url / CRAMPCARE_PUBLIC_URL";
    static final String TRUSTED_PROXY = "--trusted-proxy / CRAMPCARE_TRUSTED_PROXY";
    static final String SESSION_IDLE = "--session-idle / CRAMPCARE_SESSION_IDLE";
    static final String SESSION_MAX = "--session-max / CRAMPCARE_SESSION_MAX";
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})([smhd])");
    private static final Duration LONGEST_SESSION = Duration.ofDays(90);

    /** No public URL, no trusted proxy, the default session times. */
    public static final SecurityConfig DEFAULTS = new SecurityConfig(null, List.of(),
            AccountPolicy.DEFAULT_SESSION_IDLE, AccountPolicy.DEFAULT_SESSION_MAX);

    public SecurityConfig {
        trustedProxies = List.copyOf(trustedProxies);
        if (sessionIdle.compareTo(Duration.ofMinutes(1)) < 0 || sessionIdle.compareTo(sessionMax) > 0) {
            throw new IllegalArgumentException(SESSION_IDLE + ": must be at least 1m and at most the session lifetime ("
                    + SESSION_MAX + "), got " + sessionIdle.toMinutes() + "m");
        }
        if (sessionMax.compareTo(LONGEST_SESSION) > 0) {
            throw new IllegalArgumentException(SESSION_MAX + ": must be at most 90d, got " + sessionMax.toDays() + "d");
        }
    }

    /**
     * Resolves the settings: a command-line value wins, then the environment, then the default.
     *
     * @throws IllegalArgumentException naming the setting when a value is invalid
     */
    public static SecurityConfig resolve(String publicUrl, String trustedProxy, String sessionIdle, String sessionMax,
                                         Map<String, String> env) {
        String url = first(publicUrl, env.get("CRAMPCARE_PUBLIC_URL"));
        String proxies = first(trustedProxy, env.get("CRAMPCARE_TRUSTED_PROXY"));
        String idle = first(sessionIdle, env.get("CRAMPCARE_SESSION_IDLE"));
        String max = first(sessionMax, env.get("CRAMPCARE_SESSION_MAX"));
        return new SecurityConfig(url == null ? null : publicUrl(url), proxies == null ? List.of() : proxies(proxies),
                idle == null ? DEFAULTS.sessionIdle() : duration(SESSION_IDLE, idle),
                max == null ? DEFAULTS.sessionMax() : duration(SESSION_MAX, max));
    }

    /** Whether people reach the server over https (cookies Secure and {@code __Host-}, HSTS). */
    public boolean https() {
        return publicUrl != null && publicUrl.getScheme().equals("https");
    }

    /** The client-address rule of these proxies. */
    ClientAddress clientAddress() {
        return new ClientAddress(trustedProxies);
    }

    /** The account policy of production with these session times. */
    public AccountPolicy accountPolicy() {
        return AccountPolicy.STANDARD.withSessions(sessionIdle, sessionMax);
    }

    private static URI publicUrl(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PUBLIC_URL + ": not a URL: '" + value + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
                || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException(PUBLIC_URL + ": expected http(s)://HOST[:PORT][/PATH] without"
                    + " user, query or fragment, got '" + value + "'");
        }
        return uri;
    }

    private static List<InetAddress> proxies(String value) {
        List<InetAddress> out = new ArrayList<>();
        for (String part : value.split(",")) {
            out.add(ClientAddress.literal(part.strip()).orElseThrow(() -> new IllegalArgumentException(TRUSTED_PROXY
                    + ": expected IP addresses separated by commas (no host names), got '" + part.strip() + "'")));
        }
        return out;
    }

    private static Duration duration(String setting, String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(setting + ": expected a number and a unit s, m, h or d (e.g. 30m, 12h,"
                    + " 7d), got '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static String first(String option, String env) {
        if (option != null) {
            return option;
        }
        return env == null || env.isBlank() ? null : env;
    }
}
