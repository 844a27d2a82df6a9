package org.crampcare.account;

import java.time.Clock;
import org.crampcare.storage.Database;

/** Accounts for tests: a low bcrypt cost so that a sign-up takes milliseconds, everything else as in production. */
public final class TestAccounts {
    /** The production policy with bcrypt cost 4. */
    public static final AccountPolicy CHEAP = AccountPolicy.STANDARD.withBcryptCost(4);
    public static final String PASSWORD = "correct horse battery";

    private TestAccounts() {
    }

    /** Signs up a person and returns the id. */
    public static long newPerson(Database db, Clock clock, String email) {
        AccountService accounts = AccountService.create(db, clock, CHEAP);
        accounts.signUp(email, PASSWORD);
        return accounts.signIn(email, PASSWORD, null).personId();
    }
}
