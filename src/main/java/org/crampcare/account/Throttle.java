package org.crampcare.account;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Counts failed sign-ins per e-mail and per network address in the database, so that every app
 * server sharing the database sees the same counts and a restart does not reset them.
 */
final class Throttle {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountPolicy policy;

    Throttle(Jdbi jdbi, Clock clock, AccountPolicy policy) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.policy = policy;
    }

    /** The throttle key of an e-mail: hashed, so failed attempts do not keep e-mails in clear. */
    static String accountKey(EmailAddress email) {
        return "account:" + Secrets.sha256(email.value());
    }

    static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address.strip();
    }

    /** Whether either key has reached its limit within the window. */
    boolean paused(String accountKey, String addressKey) {
        return recentFailures(accountKey) >= policy.accountFailures()
                || (addressKey != null && recentFailures(addressKey) >= policy.addressFailures());
    }

    /** Records a failure under both keys and forgets failures older than the window. */
    void recordFailure(String accountKey, String addressKey) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM login_failure WHERE failed_at < :before")
                    .bind("before", now - policy.window().toMillis()).execute();
            insert(h, accountKey, now);
            if (addressKey != null) {
                insert(h, addressKey, now);
            }
        });
    }

    /** Clears the e-mail's failures after a successful sign-in (the address keeps its count). */
    void clear(String accountKey) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE throttle_key = :k")
                .bind("k", accountKey).execute());
    }

    private int recentFailures(String key) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM login_failure WHERE throttle_key = :k AND failed_at >= :since")
                .bind("k", key).bind("since", clock.millis() - policy.window().toMillis())
                .mapTo(Integer.class).one());
    }

    private static void insert(org.jdbi.v3.core.Handle h, String key, long now) {
        h.createUpdate("INSERT INTO login_failure (throttle_key, failed_at) VALUES (:k, :t)")
                .bind("k", key).bind("t", now).execute();
    }
}
