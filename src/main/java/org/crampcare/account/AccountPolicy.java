package org.crampcare.account;

import java.time.Duration;

/**
 * The security knobs of accounts, in one place so that tests can pick a cheap bcrypt cost
 * while production always uses {@link #STANDARD} (with the session times of the settings).
 *
 * @param bcryptCost       bcrypt work factor (12 in production: about a quarter second per hash)
 * @param sessionIdle      a session ends after this long without a request
 * @param sessionMax       a session ends this long after sign-in, however busy
 * @param pairFailures     sign-in attempts per e-mail from one network address within {@code window}
 * @param addressFailures  sign-in attempts from one network address (any e-mail) within {@code window}
 * @param accountFailures  sign-in attempts per e-mail from all addresses together within {@code window}
 *                         (ASVS 2.2.1: at most 100 failed attempts an hour on one account)
 * @param signUps          sign-ups from one network address within {@code window}
 * @param window           the throttling window
 * @param tokenLifetime    how long a personal API token works after it is made
 * @param hashThreads      bcrypt computations that may run at once
 * @param hashQueue        bcrypt computations that may wait for a free thread before 503
 */
public record AccountPolicy(int bcryptCost, Duration sessionIdle, Duration sessionMax, int pairFailures,
                            int addressFailures, int accountFailures, int signUps, Duration window,
                            Duration tokenLifetime, int hashThreads, int hashQueue) {
    /** The default idle timeout: a whole night, so a cramp at 3 a.m. is logged without signing in again. */
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofHours(12);
    /** The default absolute session lifetime: a week. */
    public static final Duration DEFAULT_SESSION_MAX = Duration.ofDays(7);

    /** The production settings. */
    public static final AccountPolicy STANDARD = new AccountPolicy(12, DEFAULT_SESSION_IDLE, DEFAULT_SESSION_MAX,
            5, 20, 25, 10, Duration.ofMinutes(15), Duration.ofDays(90),
            Math.max(1, Runtime.getRuntime().availableProcessors()), 16);

    public AccountPolicy {
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be from 4 to 31, got " + bcryptCost);
        }
        if (sessionIdle.isNegative() || sessionIdle.isZero() || sessionIdle.compareTo(sessionMax) > 0) {
            throw new IllegalArgumentException("the session idle time must be positive and at most the session"
                    + " lifetime, got " + sessionIdle + " and " + sessionMax);
        }
        if (hashThreads < 1 || hashQueue < 0) {
            throw new IllegalArgumentException("hash threads must be at least 1 and the queue not negative");
        }
    }

    /** The same policy with another bcrypt cost. */
    public AccountPolicy withBcryptCost(int cost) {
        return new AccountPolicy(cost, sessionIdle, sessionMax, pairFailures, addressFailures, accountFailures,
                signUps, window, tokenLifetime, hashThreads, hashQueue);
    }

    /** The same policy with other session times. */
    public AccountPolicy withSessions(Duration idle, Duration max) {
        return new AccountPolicy(bcryptCost, idle, max, pairFailures, addressFailures, accountFailures,
                signUps, window, tokenLifetime, hashThreads, hashQueue);
    }

    /** The same policy with another number of sign-ups allowed per address and window. */
    public AccountPolicy withSignUps(int perAddress) {
        return new AccountPolicy(bcryptCost, sessionIdle, sessionMax, pairFailures, addressFailures, accountFailures,
                perAddress, window, tokenLifetime, hashThreads, hashQueue);
    }

    /** The same policy with another bound on concurrent bcrypt work. */
    public AccountPolicy withHashing(int threads, int queue) {
        return new AccountPolicy(bcryptCost, sessionIdle, sessionMax, pairFailures, addressFailures, accountFailures,
                signUps, window, tokenLifetime, threads, queue);
    }
}
