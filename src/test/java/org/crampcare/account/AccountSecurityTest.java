package org.crampcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crampcare.storage.Database;
import org.crampcare.storage.MutableClock;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fixes of the security review (issue #19) in the account service, on both databases. */
class AccountSecurityTest {
    private static final String PW = TestAccounts.PASSWORD;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    /** Item 2: the limit used to be checked before bcrypt and the failure recorded after, so parallel guesses all ran. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void sixtyParallelGuessesGetFiveAnswersAndFiftyFiveRefusals(Vendor vendor) throws Exception {
        AccountService accounts = AccountService.create(TestDatabases.fresh(vendor), clock, TestAccounts.CHEAP);
        accounts.signUp("ana@example.org", PW);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<SignInException.Reason>> guesses = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                guesses.add(pool.submit(() -> catchThrowableOfType(SignInException.class,
                        () -> accounts.signIn("ana@example.org", "wrong password!", "203.0.113.5")).reason()));
            }
            int wrong = 0;
            int throttled = 0;
            for (Future<SignInException.Reason> g : guesses) {
                if (g.get(60, TimeUnit.SECONDS) == SignInException.Reason.WRONG_CREDENTIALS) {
                    wrong++;
                } else {
                    throttled++;
                }
            }
            assertThat(wrong).isEqualTo(5);
            assertThat(throttled).isEqualTo(55);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void guessesSpreadOverManyAddressesStopAtTheCeilingOfTheEmail(Vendor vendor) {
        AccountService accounts = AccountService.create(TestDatabases.fresh(vendor), clock, TestAccounts.CHEAP);
        accounts.signUp("ana@example.org", PW);
        for (int i = 0; i < 25; i++) {
            String address = "203.0.113." + (i / 5);
            assertThat(catchThrowableOfType(SignInException.class,
                    () -> accounts.signIn("ana@example.org", "wrong password!", address)).reason())
                    .isEqualTo(SignInException.Reason.WRONG_CREDENTIALS);
        }
        assertThat(catchThrowableOfType(SignInException.class,
                () -> accounts.signIn("ana@example.org", "wrong password!", "203.0.113.99")).reason())
                .isEqualTo(SignInException.Reason.THROTTLED);
    }

    /** Item 3: sign-up had no limit, and each one costs a bcrypt hash. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void tenSignUpsPerAddressAndWindow(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        AccountService accounts = AccountService.create(db, clock, TestAccounts.CHEAP);
        for (int i = 0; i < 10; i++) {
            accounts.signUp("person" + i + "@example.org", PW, "192.0.2.1");
        }
        assertThat(catchThrowableOfType(SignInException.class,
                () -> accounts.signUp("one-more@example.org", PW, "192.0.2.1")).reason())
                .isEqualTo(SignInException.Reason.TOO_MANY_SIGN_UPS);
        accounts.signUp("elsewhere@example.org", PW, "192.0.2.2");
        assertThat(TestDatabases.count(db, "person")).isEqualTo(11);
        clock.advance(Duration.ofMinutes(16));
        accounts.signUp("later@example.org", PW, "192.0.2.1");
        assertThat(TestDatabases.count(db, "person")).isEqualTo(12);
    }

    /** Item 3: the number of hashes made at once is bounded; beyond the queue the answer is "busy" at once. */
    @Test
    void theHashGateRefusesWorkBeyondItsThreadsAndQueue() throws Exception {
        HashGate gate = new HashGate(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> running = pool.submit(() -> gate.run(() -> {
                started.countDown();
                await(release);
                return 1;
            }));
            started.await(10, TimeUnit.SECONDS);
            Future<Integer> waiting = pool.submit(() -> gate.run(() -> 2));
            while (gate.admitted() < 2) {
                Thread.sleep(5);
            }
            assertThatThrownBy(() -> gate.run(() -> 3)).isInstanceOf(AccountBusyException.class);
            release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(gate.run(() -> 4)).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Item 4: bcrypt reads 72 bytes, so 19 emoji (76 bytes) used to be refused. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void nineteenEmojiAreAPasswordAndEveryOneCounts(Vendor vendor) {
        AccountService accounts = AccountService.create(TestDatabases.fresh(vendor), clock, TestAccounts.CHEAP);
        String emoji = "\uD83E\uDDB5".repeat(18) + "\uD83D\uDE00";
        accounts.signUp("ana@example.org", emoji);
        assertThat(accounts.signIn("ana@example.org", emoji, null).personId()).isPositive();
        assertThatThrownBy(() -> accounts.signIn("ana@example.org", "\uD83E\uDDB5".repeat(19), null))
                .isInstanceOf(SignInException.class);
    }

    /** Item 4: hashes of the first format (plain bcrypt) still work and are upgraded at the next sign-in. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anOldPlainBcryptHashSignsInAndIsReplacedByTheNewFormat(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        String old = BCrypt.withDefaults().hashToString(4, PW.toCharArray());
        db.jdbi().useHandle(h -> h.execute("INSERT INTO person (email, password_hash, created_at, password_changed_at)"
                + " VALUES ('ana@example.org', ?, 1, 1)", old));
        AccountService accounts = AccountService.create(db, clock, TestAccounts.CHEAP);
        assertThatThrownBy(() -> accounts.signIn("ana@example.org", "not the password", null))
                .isInstanceOf(SignInException.class);
        assertThat(hash(db)).isEqualTo(old);
        assertThat(accounts.signIn("ana@example.org", PW, null).personId()).isPositive();
        assertThat(hash(db)).startsWith(Passwords.FORMAT + "$2a$04$");
        assertThat(accounts.signIn("ana@example.org", PW, null).personId()).isPositive();
    }

    @Test
    void theCommonPasswordListIsLoadedAndHoldsOnlyPasswordsTheLengthRuleLetsThrough() {
        assertThat(CommonPasswords.size()).isGreaterThan(10_000);
        assertThat(CommonPasswords.contains("1qaz2wsx3edc")).isTrue();
        assertThat(CommonPasswords.contains("1QAZ2WSX3EDC")).isTrue();
        assertThat(CommonPasswords.contains(PW)).isFalse();
    }

    /** Item 6: tokens never expired and survived a password change. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void apiTokensExpireAndAPasswordChangeRevokesThem(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        AccountService accounts = AccountService.create(db, clock, TestAccounts.CHEAP);
        long ana = TestAccounts.newPerson(db, clock, "ana@example.org");
        NewApiToken first = accounts.createApiToken(ana, "watch");
        assertThat(first.info().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        clock.advance(Duration.ofDays(90));
        assertThat(accounts.personForApiToken(first.token())).isEmpty();
        NewApiToken second = accounts.createApiToken(ana, "phone");
        assertThat(accounts.personForApiToken(second.token())).contains(ana);
        accounts.changePassword(ana, PW, "a brand new long secret", null);
        assertThat(accounts.personForApiToken(second.token())).isEmpty();
        assertThat(accounts.apiTokens(ana)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hash(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM person").mapTo(String.class).one());
    }
}
