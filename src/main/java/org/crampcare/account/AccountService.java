package org.crampcare.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crampcare.storage.Database;
import org.crampcare.storage.ServerKeys;
import org.crampcare.triage.InputException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Accounts: sign-up, sign-in and out, password change, account deletion, and personal API tokens.
 *
 * <p>Nothing here reveals whether an e-mail has an account: sign-up answers the same way for a new
 * and a taken e-mail (and creates nothing for a taken one), and sign-in gives one message and
 * spends one bcrypt verification either way. All state (sessions, throttle counts, the password
 * pepper) is in the database, so several app servers can share it. Thread-safe.
 */
public final class AccountService {
    static final String SESSION_PREFIX = "ccs_";
    static final String API_TOKEN_PREFIX = "cct_";
    static final int MAX_TOKEN_NAME = 100;

    /** The name of the password pepper in {@link ServerKeys}. */
    static final String PEPPER_KEY = "password-pepper";
    /** A session's last-seen time is written at most this often (a write per request would cost more). */
    static final long TOUCH_MILLIS = 60_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountPolicy policy;
    private final Passwords passwords;
    private final Secrets secrets = new Secrets();
    private final Throttle throttle;

    private AccountService(Database db, Clock clock, AccountPolicy policy) {
        this.jdbi = db.jdbi();
        this.clock = clock;
        this.policy = policy;
        this.passwords = new Passwords(policy.bcryptCost(), ServerKeys.of(db).key(PEPPER_KEY),
                new HashGate(policy.hashThreads(), policy.hashQueue()));
        this.throttle = new Throttle(jdbi, clock, policy);
    }

    /** Accounts with the production policy. */
    public static AccountService create(Database db, Clock clock) {
        return new AccountService(db, clock, AccountPolicy.STANDARD);
    }

    /** Accounts with a given policy (tests use a low bcrypt cost). */
    public static AccountService create(Database db, Clock clock, AccountPolicy policy) {
        return new AccountService(db, clock, policy);
    }

    /** Creates an account from an unknown address (the command line, tests); see {@link #signUp(String, String, String)}. */
    public void signUp(String email, String password) {
        signUp(email, password, null);
    }

    /**
     * Creates an account unless the e-mail already has one; answers the same either way.
     *
     * <p>Afterwards call {@link #signIn}: it succeeds for the new account, and for a taken e-mail
     * only with that account's own password.
     *
     * @param address the client's network address for throttling, or null when unknown
     * @throws InputException naming {@code email} or {@code password} when they break the rules
     * @throws SignInException (throttled) when the address made too many sign-ups recently
     * @throws AccountBusyException when too many password hashes are being made already
     */
    public void signUp(String email, String password, String address) {
        EmailAddress e = EmailAddress.parse(email);
        Passwords.checkNew("password", password, e);
        if (!throttle.signUp(address)) {
            throw new SignInException(SignInException.Reason.TOO_MANY_SIGN_UPS);
        }
        String hash = passwords.hash(password);
        long now = clock.millis();
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO person (email, password_hash, created_at, password_changed_at)"
                        + " VALUES (:email, :hash, :now, :now) ON CONFLICT (email) DO NOTHING")
                .bind("email", e.value()).bind("hash", hash).bind("now", now).execute());
    }

    /**
     * Signs in and starts a session. The attempt is counted before the password is checked.
     *
     * @param address the client's network address for throttling, or null when unknown
     * @throws SignInException with one message for an unknown e-mail and a wrong password
     * @throws AccountBusyException when too many password checks are running already
     */
    public SignedIn signIn(String email, String password, String address) {
        EmailAddress e = EmailAddress.parse(email);
        Throttle.SignInKeys keys = Throttle.SignInKeys.of(e, address);
        if (!throttle.signIn(keys)) {
            throw new SignInException(SignInException.Reason.THROTTLED);
        }
        Optional<PersonRow> person = person("email", e.value());
        Passwords.Verification v;
        if (person.isPresent()) {
            v = passwords.verify(password, person.get().passwordHash());
        } else {
            passwords.spendVerifyTime(password);
            v = Passwords.Verification.NO;
        }
        if (!v.matches()) {
            throw new SignInException(SignInException.Reason.WRONG_CREDENTIALS);
        }
        throttle.succeeded(keys);
        return jdbi.inTransaction(h -> {
            if (v.upgradedHash() != null) {
                h.createUpdate("UPDATE person SET password_hash = :hash WHERE id = :id")
                        .bind("hash", v.upgradedHash()).bind("id", person.get().id()).execute();
            }
            return startSession(h, person.get().id());
        });
    }

    /**
     * The session of a token, if it exists, was used within the idle time and is younger than the
     * absolute lifetime; notes its use (at most once a minute).
     */
    public Optional<Session> session(String token) {
        if (token == null || !token.startsWith(SESSION_PREFIX)) {
            return Optional.empty();
        }
        long now = clock.millis();
        String hash = Secrets.sha256(token);
        Optional<long[]> row = jdbi.withHandle(h -> h.createQuery("SELECT person_id, expires_at, last_seen_at"
                        + " FROM session WHERE token_hash = :hash AND expires_at > :now AND created_at > :oldest"
                        + " AND last_seen_at > :idleSince")
                .bind("hash", hash).bind("now", now).bind("oldest", now - policy.sessionMax().toMillis())
                .bind("idleSince", now - policy.sessionIdle().toMillis())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).findOne());
        row.filter(r -> now - r[2] >= TOUCH_MILLIS).ifPresent(r -> jdbi.useHandle(h -> h.createUpdate(
                "UPDATE session SET last_seen_at = :now WHERE token_hash = :hash").bind("now", now).bind("hash", hash)
                .execute()));
        return row.map(r -> new Session(r[0], Instant.ofEpochMilli(r[1])));
    }

    /** Ends the session of this token (nothing happens for an unknown token). */
    public void signOut(String token) {
        if (token == null) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM session WHERE token_hash = :hash")
                .bind("hash", Secrets.sha256(token)).execute());
    }

    /**
     * Changes the password after checking the current one, ends every session of the person,
     * revokes every API token, and starts a new session for the caller.
     *
     * @param address the client's network address for throttling, or null when unknown
     * @throws InputException naming {@code current_password} or {@code new_password}
     */
    public SignedIn changePassword(long personId, String currentPassword, String newPassword, String address) {
        PersonRow person = confirmPassword("current_password", personId, currentPassword, address);
        Passwords.checkNew("new_password", newPassword, new EmailAddress(person.email()));
        String hash = passwords.hash(newPassword);
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE person SET password_hash = :hash, password_changed_at = :now WHERE id = :id")
                    .bind("hash", hash).bind("now", clock.millis()).bind("id", personId).execute();
            h.createUpdate("DELETE FROM session WHERE person_id = :id").bind("id", personId).execute();
            h.createUpdate("DELETE FROM api_token WHERE person_id = :id").bind("id", personId).execute();
            return startSession(h, personId);
        });
    }

    /**
     * Deletes the account and every row of the person (diary, check-ins, assessments, sessions,
     * tokens, throttle counts) in one transaction, after checking the password.
     *
     * @param address the client's network address for throttling, or null when unknown
     * @throws InputException naming {@code password} when it is not right
     */
    public void deleteAccount(long personId, String password, String address) {
        PersonRow person = confirmPassword("password", personId, password, address);
        jdbi.useTransaction(h -> {
            for (String table : Database.TABLES) {
                if (table.equals("person")) {
                    h.createUpdate("DELETE FROM person WHERE id = :id").bind("id", personId).execute();
                } else if (table.equals("throttle")) {
                    throttle.forget(h, new EmailAddress(person.email()));
                } else {
                    h.createUpdate("DELETE FROM " + table + " WHERE person_id = :id").bind("id", personId).execute();
                }
            }
        });
    }

    /** The signed-in person's e-mail (for the account page and the export). */
    public Optional<String> email(long personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT email FROM person WHERE id = :id")
                .bind("id", personId).mapTo(String.class).findOne());
    }

    /**
     * Creates a personal API token for {@code /api/v1/diary}.
     *
     * @throws InputException naming {@code name} when it is blank or too long
     */
    public NewApiToken createApiToken(long personId, String name) {
        if (name == null || name.isBlank()) {
            throw new InputException("name", "is required (for example the app that will use the token)");
        }
        if (name.strip().length() > MAX_TOKEN_NAME) {
            throw new InputException("name", "must be at most " + MAX_TOKEN_NAME + " characters");
        }
        String token = secrets.newToken(API_TOKEN_PREFIX);
        long now = clock.millis();
        long expires = now + policy.tokenLifetime().toMillis();
        long id = jdbi.inTransaction(h -> h.createQuery("INSERT INTO api_token (person_id, name, token_hash, created_at,"
                        + " expires_at) VALUES (:p, :name, :hash, :now, :exp) RETURNING id")
                .bind("p", personId).bind("name", name.strip()).bind("hash", Secrets.sha256(token)).bind("now", now)
                .bind("exp", expires).mapTo(Long.class).one());
        return new NewApiToken(new ApiToken(id, name.strip(), Instant.ofEpochMilli(now), null,
                Instant.ofEpochMilli(expires)), token);
    }

    /** The person's API tokens, newest first. */
    public List<ApiToken> apiTokens(long personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, created_at, last_used_at, expires_at FROM api_token"
                        + " WHERE person_id = :p ORDER BY created_at DESC, id DESC")
                .bind("p", personId)
                .map((rs, ctx) -> new ApiToken(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getObject(4) == null ? null : Instant.ofEpochMilli(rs.getLong(4)),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list());
    }

    /** Revokes one of the person's tokens; false when the person has no token with that id. */
    public boolean revokeApiToken(long personId, long tokenId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM api_token WHERE id = :id AND person_id = :p")
                .bind("id", tokenId).bind("p", personId).execute()) > 0;
    }

    /** The person an API token belongs to (and notes its use), if the token is valid and has not expired. */
    public Optional<Long> personForApiToken(String token) {
        if (token == null || !token.startsWith(API_TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> h.createQuery(
                        "UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash AND expires_at > :now"
                                + " RETURNING person_id")
                .bind("now", clock.millis()).bind("hash", Secrets.sha256(token)).mapTo(Long.class).findOne());
    }

    /** Deletes ended sessions of everyone (expired, idle or too old); run now and then (they are refused anyway). */
    public int deleteExpiredSessions() {
        long now = clock.millis();
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM session WHERE expires_at <= :now"
                        + " OR last_seen_at <= :idleSince OR created_at <= :oldest")
                .bind("now", now).bind("idleSince", now - policy.sessionIdle().toMillis())
                .bind("oldest", now - policy.sessionMax().toMillis()).execute());
    }

    private SignedIn startSession(Handle h, long personId) {
        String token = secrets.newToken(SESSION_PREFIX);
        long now = clock.millis();
        long expires = now + policy.sessionMax().toMillis();
        h.createUpdate("DELETE FROM session WHERE person_id = :p AND (expires_at <= :now OR last_seen_at <= :idleSince)")
                .bind("p", personId).bind("now", now).bind("idleSince", now - policy.sessionIdle().toMillis()).execute();
        h.createUpdate("INSERT INTO session (person_id, token_hash, created_at, expires_at, last_seen_at)"
                        + " VALUES (:p, :hash, :now, :exp, :now)")
                .bind("p", personId).bind("hash", Secrets.sha256(token)).bind("now", now).bind("exp", expires).execute();
        return new SignedIn(personId, token, Instant.ofEpochMilli(expires));
    }

    /**
     * Checks a signed-in person's password again before a sensitive change. Attempts count per
     * e-mail and address, so guesses from elsewhere never block the owner's own change.
     */
    private PersonRow confirmPassword(String field, long personId, String password, String address) {
        PersonRow person = person("id", personId)
                .orElseThrow(() -> new InputException("person", "this account no longer exists"));
        Throttle.SignInKeys keys = Throttle.SignInKeys.of(new EmailAddress(person.email()), address);
        if (!throttle.confirm(keys)) {
            throw new SignInException(SignInException.Reason.THROTTLED);
        }
        if (!passwords.verify(password, person.passwordHash()).matches()) {
            throw new InputException(field, "is not right", "not-right");
        }
        throttle.confirmed(keys);
        return person;
    }

    /** A person's id and password hash, as read for a password check. */
    private record PersonRow(long id, String email, String passwordHash) {
    }

    private Optional<PersonRow> person(String where, Object value) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, email, password_hash FROM person WHERE " + where + " = :v")
                .bind("v", value).map((rs, ctx) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .findOne());
    }
}
