package org.crampcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crampcare.knowledge.Language;
import org.crampcare.storage.Database;
import org.crampcare.storage.MutableClock;
import org.crampcare.storage.TestDatabases;
import org.crampcare.storage.Vendor;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.PageTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Sign-up, sign-in, sessions, password change, deletion and API tokens on both databases. */
class AccountServiceTest {
    private static final String PW = TestAccounts.PASSWORD;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private AccountService accounts(Database db) {
        return AccountService.create(db, clock, TestAccounts.CHEAP);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void signUpSignInAndOut(Vendor vendor) {
        AccountService accounts = accounts(TestDatabases.fresh(vendor));
        accounts.signUp("  Ana@Example.ORG ", PW);
        SignedIn in = accounts.signIn("ana@example.org", PW, "10.0.0.1");
        assertThat(accounts.email(in.personId())).contains("ana@example.org");
        assertThat(accounts.session(in.token())).map(Session::personId).contains(in.personId());
        accounts.signOut(in.token());
        assertThat(accounts.session(in.token())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void sessionsEndAfterTheIdleTimeAndAfterTheAbsoluteLifetimeEvenWhenBusy(Vendor vendor) {
        AccountService accounts = AccountService.create(TestDatabases.fresh(vendor), clock,
                TestAccounts.CHEAP.withSessions(Duration.ofMinutes(30), Duration.ofHours(12)));
        accounts.signUp("ana@example.org", PW);
        SignedIn idle = accounts.signIn("ana@example.org", PW, null);
        SignedIn busy = accounts.signIn("ana@example.org", PW, null);
        for (int i = 0; i < 24; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(accounts.session(busy.token())).as("used every 29 minutes, after %d", i).isPresent();
            if (i == 0) {
                clock.advance(Duration.ofMinutes(1));
                assertThat(accounts.session(idle.token())).as("idle for 30 minutes").isEmpty();
                clock.advance(Duration.ofMinutes(-1));
            }
        }
        clock.advance(Duration.ofMinutes(29));
        assertThat(accounts.session(busy.token())).as("12 hours after signing in").isEmpty();
        assertThat(accounts.deleteExpiredSessions()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void signUpForATakenEmailLooksTheSameAndChangesNothing(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        AccountService accounts = accounts(db);
        accounts.signUp("ana@example.org", PW);
        String hash = passwordHash(db);
        accounts.signUp("ANA@example.org", "another password 123");
        assertThat(TestDatabases.count(db, "person")).isEqualTo(1);
        assertThat(passwordHash(db)).isEqualTo(hash);
        assertThat(accounts.signIn("ana@example.org", PW, null)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void signInNeverTellsWhetherTheEmailHasAnAccount(Vendor vendor) {
        AccountService accounts = accounts(TestDatabases.fresh(vendor));
        accounts.signUp("ana@example.org", PW);
        SignInException wrongPassword = catchThrowableOfType(SignInException.class,
                () -> accounts.signIn("ana@example.org", "wrong password!", null));
        SignInException noAccount = catchThrowableOfType(SignInException.class,
                () -> accounts.signIn("nobody@example.org", PW, null));
        assertThat(wrongPassword.getMessage()).isEqualTo(noAccount.getMessage());
        assertThat(wrongPassword.reason()).isEqualTo(noAccount.reason()).isEqualTo(SignInException.Reason.WRONG_CREDENTIALS);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void fiveFailuresPauseTheEmailFromThatAddressForTheWindowWhetherOrNotItExists(Vendor vendor) {
        AccountService accounts = accounts(TestDatabases.fresh(vendor));
        accounts.signUp("ana@example.org", PW);
        for (String email : List.of("ana@example.org", "nobody@example.org")) {
            for (int i = 0; i < 5; i++) {
                assertThat(catchThrowableOfType(SignInException.class, () -> accounts.signIn(email, "wrong password!", "10.0.0.1"))
                        .reason()).isEqualTo(SignInException.Reason.WRONG_CREDENTIALS);
            }
            assertThat(catchThrowableOfType(SignInException.class, () -> accounts.signIn(email, PW, "10.0.0.1")).reason())
                    .as(email).isEqualTo(SignInException.Reason.THROTTLED);
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(accounts.signIn("ana@example.org", PW, "10.0.0.1").personId()).isPositive();
    }

    /** Issue #19 item 10: five wrong passwords from elsewhere used to lock the owner out. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void guessesFromOtherAddressesNeverLockTheOwnerOut(Vendor vendor) {
        AccountService accounts = accounts(TestDatabases.fresh(vendor));
        accounts.signUp("ana@example.org", PW);
        SignedIn owner = accounts.signIn("ana@example.org", PW, "198.51.100.1");
        for (int i = 0; i < 8; i++) {
            assertThatThrownBy(() -> accounts.signIn("ana@example.org", "wrong password!", "203.0.113.9"))
                    .isInstanceOf(SignInException.class);
        }
        assertThat(accounts.signIn("ana@example.org", PW, "198.51.100.1").personId()).isEqualTo(owner.personId());
        SignedIn changed = accounts.changePassword(owner.personId(), PW, "a new long secret here", "198.51.100.1");
        accounts.deleteAccount(changed.personId(), "a new long secret here", "198.51.100.1");
        assertThat(accounts.email(owner.personId())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void oneAddressTryingManyAccountsIsPaused(Vendor vendor) {
        AccountService accounts = accounts(TestDatabases.fresh(vendor));
        accounts.signUp("ana@example.org", PW);
        for (int i = 0; i < 20; i++) {
            int n = i;
            assertThatThrownBy(() -> accounts.signIn("guess" + n + "@example.org", "wrong password!", "192.0.2.7"))
                    .isInstanceOf(SignInException.class);
        }
        assertThat(catchThrowableOfType(SignInException.class, () -> accounts.signIn("ana@example.org", PW, "192.0.2.7"))
                .reason()).isEqualTo(SignInException.Reason.THROTTLED);
        assertThat(accounts.signIn("ana@example.org", PW, "198.51.100.1").personId()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void throttlingIsSharedByEveryServerOnTheDatabase(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        accounts(db).signUp("ana@example.org", PW);
        for (int i = 0; i < 5; i++) {
            AccountService anotherServer = accounts(db);
            assertThatThrownBy(() -> anotherServer.signIn("ana@example.org", "wrong password!", null))
                    .isInstanceOf(SignInException.class);
        }
        assertThat(catchThrowableOfType(SignInException.class, () -> accounts(db).signIn("ana@example.org", PW, null))
                .reason()).isEqualTo(SignInException.Reason.THROTTLED);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void changingThePasswordEndsEverySessionButTheNewOne(Vendor vendor) {
        AccountService accounts = accounts(TestDatabases.fresh(vendor));
        accounts.signUp("ana@example.org", PW);
        SignedIn phone = accounts.signIn("ana@example.org", PW, null);
        SignedIn laptop = accounts.signIn("ana@example.org", PW, null);
        InputException wrong = catchThrowableOfType(InputException.class,
                () -> accounts.changePassword(phone.personId(), "not my password", "brand new secret", null));
        assertThat(wrong.field()).isEqualTo("current_password");
        SignedIn fresh = accounts.changePassword(phone.personId(), PW, "brand new secret", null);
        assertThat(accounts.session(phone.token())).isEmpty();
        assertThat(accounts.session(laptop.token())).isEmpty();
        assertThat(accounts.session(fresh.token())).isPresent();
        assertThatThrownBy(() -> accounts.signIn("ana@example.org", PW, null)).isInstanceOf(SignInException.class);
        assertThat(accounts.signIn("ana@example.org", "brand new secret", null).personId()).isEqualTo(phone.personId());
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void passwordsAndTokensAreNeverStoredInClear(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        AccountService accounts = accounts(db);
        accounts.signUp("ana@example.org", PW);
        SignedIn in = accounts.signIn("ana@example.org", PW, null);
        accounts.changePassword(in.personId(), PW, "second secret here", null);
        NewApiToken token = accounts.createApiToken(in.personId(), "my watch");
        String everything = dump(db);
        assertThat(everything).contains("ana@example.org", "my watch")
                .doesNotContain(PW, "second secret here", in.token(), token.token(),
                        in.token().substring(AccountService.SESSION_PREFIX.length()));
        assertThat(passwordHash(db)).startsWith("hmac-sha256$$2a$04$");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deletingTheAccountDeletesEveryRowOfThePersonOnly(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        AccountService accounts = accounts(db);
        long other = TestAccounts.newPerson(db, clock, "other@example.org");
        accounts.signUp("ana@example.org", PW);
        SignedIn in = accounts.signIn("ana@example.org", PW, null);
        accounts.createApiToken(in.personId(), "watch");
        accounts.createApiToken(other, "watch");
        db.jdbi().useHandle(h -> {
            for (long p : List.of(in.personId(), other)) {
                h.execute("INSERT INTO cramp (person_id, occurred_at, zone, local_date, local_minute, muscles, activities,"
                        + " relief, created_at, updated_at) VALUES (?, 1, 'UTC', '2026-01-01', 0, '', '', '', 1, 1)", p);
                h.execute("INSERT INTO checkin (person_id, local_date, updated_at) VALUES (?, '2026-01-01', 1)", p);
                h.execute("INSERT INTO assessment (person_id, taken_at, level, rule_ids, result_json) VALUES (?, 1, 'SELF_CARE', '', '{}')", p);
            }
        });
        assertThatThrownBy(() -> accounts.signIn("ana@example.org", "wrong password!", null)).isInstanceOf(SignInException.class);
        assertThat(catchThrowableOfType(InputException.class, () -> accounts.deleteAccount(in.personId(), "nope nope nope", null))
                .field()).isEqualTo("password");
        accounts.deleteAccount(in.personId(), PW, null);
        for (String table : List.of("person", "session", "api_token", "cramp", "checkin", "assessment")) {
            String where = table.equals("person") ? "id" : "person_id";
            long mine = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table + " WHERE " + where + " = ?")
                    .bind(0, in.personId()).mapTo(Long.class).one());
            assertThat(mine).as(table).isZero();
            assertThat(TestDatabases.count(db, table)).as(table + " of the other person").isPositive();
        }
        assertThat(TestDatabases.count(db, "throttle")).isZero();
        assertThat(accounts.session(in.token())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void apiTokensAreCreatedListedUsedAndRevokedByTheirOwnerOnly(Vendor vendor) {
        Database db = TestDatabases.fresh(vendor);
        AccountService accounts = accounts(db);
        long ana = TestAccounts.newPerson(db, clock, "ana@example.org");
        long bo = TestAccounts.newPerson(db, clock, "bo@example.org");
        NewApiToken t = accounts.createApiToken(ana, " Sleep tracker ");
        assertThat(t.token()).startsWith(AccountService.API_TOKEN_PREFIX);
        assertThat(t.toString()).doesNotContain(t.token());
        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.personForApiToken(t.token())).contains(ana);
        assertThat(accounts.apiTokens(ana)).singleElement().satisfies(info -> {
            assertThat(info.name()).isEqualTo("Sleep tracker");
            assertThat(info.lastUsedAt()).isEqualTo(clock.instant());
        });
        assertThat(accounts.apiTokens(bo)).isEmpty();
        assertThat(accounts.revokeApiToken(bo, t.info().id())).isFalse();
        assertThat(accounts.personForApiToken(t.token())).contains(ana);
        assertThat(accounts.revokeApiToken(ana, t.info().id())).isTrue();
        assertThat(accounts.personForApiToken(t.token())).isEmpty();
        assertThat(accounts.personForApiToken("cct_made-up")).isEmpty();
        assertThat(accounts.session(t.token())).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "''                 | good password 1 | email    | is required",
        "ana                | good password 1 | email    | like name@example.org",
        "ana@               | good password 1 | email    | like name@example.org",
        "ana@localhost      | good password 1 | email    | like name@example.org",
        "a b@example.org    | good password 1 | email    | like name@example.org",
        "ana@example.org    | ''              | password | is required",
        "ana@example.org    | short           | password | at least 12 characters",
        "ana@example.org    | 1234567890      | password | at least 12 characters",
        "ana@example.org    | 123456789012    | password | most common passwords",
        "ana@example.org    | QwertyuiopASDFGH | password | most common passwords",
        "ana@example.org    | '            '  | password | only spaces",
        "ana@example.org    | ANA@example.org | password | not be your e-mail",
        "ana@example.org    | ääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääää | password | at most 128 characters"})
    void badSignUpNamesTheFieldAndCreatesNothing(String email, String password, String field, String message) {
        Database db = TestDatabases.fresh(Vendor.SQLITE);
        InputException e = catchThrowableOfType(InputException.class, () -> accounts(db).signUp(email, password));
        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).contains(message);
        assertThat(e.code()).as("a code, so pages can give the reason in the reader's language").isPresent();
        assertThat(e.reason()).as("the English page text the translations are made from says the same")
                .isEqualTo(PageTexts.builtIn().in(Language.EN).f("reason." + e.code().orElseThrow(), e.values().toArray()));
        assertThat(TestDatabases.count(db, "person")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyCharacterOfALongPasswordCounts(Vendor vendor) {
        AccountService accounts = accounts(TestDatabases.fresh(vendor));
        String pw = "x".repeat(72) + "the part bcrypt alone would cut";
        accounts.signUp("ana@example.org", pw);
        assertThat(accounts.signIn("ana@example.org", pw, null).personId()).isPositive();
        assertThatThrownBy(() -> accounts.signIn("ana@example.org", "x".repeat(72), null)).isInstanceOf(SignInException.class);
        assertThatThrownBy(() -> accounts.signIn("ana@example.org", pw + "y", null)).isInstanceOf(SignInException.class);
    }

    @org.junit.jupiter.api.Test
    void productionUsesBcryptCost12() {
        Database db = TestDatabases.fresh(Vendor.SQLITE);
        AccountService.create(db, clock).signUp("ana@example.org", PW);
        assertThat(passwordHash(db)).startsWith("hmac-sha256$$2a$12$");
    }

    private static String passwordHash(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM person").mapTo(String.class).one());
    }

    /** Every text value of every table, as one string to search for secrets. */
    private static String dump(Database db) {
        StringBuilder sb = new StringBuilder();
        db.jdbi().useHandle(h -> {
            for (String table : Database.TABLES) {
                h.createQuery("SELECT * FROM " + table).mapToMap().forEach(row -> sb.append(row.values()).append('\n'));
            }
        });
        return sb.toString();
    }
}
