package org.crampcare.account;

import java.time.Clock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Counts sign-in and sign-up attempts in the database, so every app server sharing the database
 * sees the same counts and a restart does not reset them.
 *
 * <p>An attempt is recorded before the password is checked, in one transaction, and the decision
 * is made on the count that the recording returned: each key is one row raised by an atomic upsert,
 * so attempts sent in parallel are counted one by one and cannot all pass. Counts run in fixed
 * windows of {@link AccountPolicy#window()}.
 *
 * <p>Sign-in is limited per e-mail and address together (so guesses from elsewhere cannot lock the
 * owner out), per address (one address trying many e-mails), and per e-mail from all addresses
 * (slow guessing spread over many addresses). Only attempts that reach the password check count
 * towards the per-e-mail limit, and a successful sign-in takes its own attempt back.
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

    /** The keys one sign-in attempt counts under; {@code address} may be null when unknown. */
    record SignInKeys(String pair, String address, String account) {
        static SignInKeys of(EmailAddress email, String address) {
            String mail = Secrets.sha256(email.value());
            String where = address == null || address.isBlank() ? "-" : address.strip();
            return new SignInKeys("signin-pair:" + mail + "|" + where,
                    where.equals("-") ? null : "signin-address:" + where, "signin-account:" + mail);
        }
    }

    /** Records a sign-in attempt; false when it is over a limit and must be refused unchecked. */
    boolean signIn(SignInKeys keys) {
        clearOldNowAndThen();
        return jdbi.inTransaction(h -> {
            long now = clock.millis();
            boolean pairOk = hit(h, keys.pair(), now) <= policy.pairFailures();
            boolean addressOk = keys.address() == null || hit(h, keys.address(), now) <= policy.addressFailures();
            return pairOk && addressOk && hit(h, keys.account(), now) <= policy.accountFailures();
        });
    }

    /** Records a password re-check of a signed-in person; only the e-mail and address limit applies. */
    boolean confirm(SignInKeys keys) {
        return jdbi.inTransaction(h -> hit(h, keys.pair(), clock.millis()) <= policy.pairFailures());
    }

    /** After a right password: the pair starts afresh, and the attempt no longer counts elsewhere. */
    void succeeded(SignInKeys keys) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM throttle WHERE throttle_key = :k").bind("k", keys.pair()).execute();
            for (String key : new String[] {keys.address(), keys.account()}) {
                if (key != null) {
                    h.createUpdate("UPDATE throttle SET hits = hits - 1 WHERE throttle_key = :k AND hits > 0")
                            .bind("k", key).execute();
                    h.createUpdate("DELETE FROM throttle WHERE throttle_key = :k AND hits <= 0").bind("k", key).execute();
                }
            }
        });
    }

    /** After a right password on a re-check: the pair starts afresh. */
    void confirmed(SignInKeys keys) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM throttle WHERE throttle_key = :k").bind("k", keys.pair()).execute());
    }

    /** Records a sign-up from the address; false when the address has made too many. */
    boolean signUp(String address) {
        if (address == null || address.isBlank()) {
            return true;
        }
        return jdbi.inTransaction(h -> hit(h, "signup-address:" + address.strip(), clock.millis()) <= policy.signUps());
    }

    /** Forgets every count of the e-mail (when its account is deleted). */
    void forget(Handle h, EmailAddress email) {
        String mail = Secrets.sha256(email.value());
        h.createUpdate("DELETE FROM throttle WHERE throttle_key = :account OR throttle_key LIKE :pairs")
                .bind("account", "signin-account:" + mail).bind("pairs", "signin-pair:" + mail + "|%").execute();
    }

    /**
     * Deletes rows whose window has run out, on about one call in 64 and in a transaction of its
     * own (so it never holds row locks in another order than the counting transactions).
     */
    private void clearOldNowAndThen() {
        long now = clock.millis();
        if ((now & 63) == 0) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM throttle WHERE window_start <= :expired")
                    .bind("expired", now - policy.window().toMillis()).execute());
        }
    }

    /** Raises the key's count by one and returns the new count; a window that has run out starts again at one. */
    private int hit(Handle h, String key, long now) {
        long expired = now - policy.window().toMillis();
        return h.createQuery("INSERT INTO throttle (throttle_key, window_start, hits) VALUES (:k, :now, 1)"
                        + " ON CONFLICT (throttle_key) DO UPDATE SET"
                        + " hits = CASE WHEN throttle.window_start <= :expired THEN 1 ELSE throttle.hits + 1 END,"
                        + " window_start = CASE WHEN throttle.window_start <= :expired THEN :now"
                        + " ELSE throttle.window_start END"
                        + " RETURNING hits")
                .bind("k", key).bind("now", now).bind("expired", expired).mapTo(Integer.class).one();
    }
}
