package org.crampcare.account;

import java.time.Duration;

/**
 * The security knobs of accounts, in one place so that tests can pick a cheap bcrypt cost
 * while production always uses {@link #STANDARD}.
 *
 * @param bcryptCost       bcrypt work factor (12 in production: about a quarter second per hash)
 * @param sessionLifetime  how long a sign-in lasts
 * @param accountFailures  failed sign-ins per e-mail within {@code window} before it is paused
 * @param addressFailures  failed sign-ins per network address within {@code window} before it is paused
 * @param window           the throttling window, and how long a pause lasts at most
 */
public record AccountPolicy(int bcryptCost, Duration sessionLifetime, int accountFailures, int addressFailures,
                            Duration window) {
    /** The production settings. */
    public static final AccountPolicy STANDARD = new AccountPolicy(12, Duration.ofDays(30), 5, 20,
            Duration.ofMinutes(15));

    public AccountPolicy {
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be from 4 to 31, got " + bcryptCost);
        }
    }
}
