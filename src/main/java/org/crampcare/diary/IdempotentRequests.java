package org.crampcare.diary;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.crampcare.triage.InputException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Makes a diary write safe to retry: a request carrying an idempotency key is carried out once per
 * person and key, and every retry gets the first answer back.
 *
 * <p>Why: a phone whose request timed out cannot tell whether the cramp was saved, and sends it again.
 * The write and the stored answer commit in one transaction, so either both exist or neither does;
 * two copies arriving at once are serialised by the key's unique index, and the loser replays the
 * winner's answer. The same key with a different request (another fingerprint) is refused. Only
 * answers below 400 are kept: a refused request wrote nothing, and may be corrected and sent again
 * with the same key. Keys are forgotten after {@link #KEEP}.
 */
public final class IdempotentRequests {
    /** How long a key and its answer are kept. */
    public static final Duration KEEP = Duration.ofHours(24);
    /** The longest key accepted. */
    public static final int MAX_KEY = 200;

    private final Jdbi jdbi;
    private final Clock clock;

    IdempotentRequests(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A stored answer: status, content type and {@code Location} (either may be null) and body. */
    public record Answer(int status, String contentType, String location, String body) {
    }

    /** The answer to give, and whether it is a replay of an earlier request's answer. */
    public record Outcome(Answer answer, boolean replayed) {
    }

    /** The request's work: writes through the diary and returns the answer it would send. */
    @FunctionalInterface
    public interface Work<X extends Exception> {
        Answer run() throws X;
    }

    /** The same key came with a different request. */
    public static final class KeyReused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyReused() {
            super("this Idempotency-Key was already used for a different request; send a new key for a new request");
        }
    }

    /**
     * Runs {@code work} once for this person and key, in one transaction with the stored answer; a
     * retry with the same fingerprint gets that answer without running it again.
     *
     * @param fingerprint what identifies the request (method, path and body), e.g. a SHA-256
     * @throws KeyReused when the key was used with another fingerprint
     * @throws InputException naming {@code Idempotency-Key} when the key is empty, too long or not plain text
     */
    public <X extends Exception> Outcome once(long personId, String key, String fingerprint, Work<X> work) throws X {
        String k = checked(key);
        try {
            return attempt(personId, k, fingerprint, work);
        } catch (JdbiException e) {
            if (!uniqueViolation(e)) {
                throw e;
            }
            // Another copy of this request committed first: answer as it did.
            return attempt(personId, k, fingerprint, work);
        }
    }

    private <X extends Exception> Outcome attempt(long personId, String key, String fingerprint, Work<X> work) throws X {
        return jdbi.inTransaction(h -> {
            long now = clock.millis();
            Optional<Stored> earlier = find(h, personId, key, now - KEEP.toMillis());
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new KeyReused();
                }
                return new Outcome(earlier.get().answer(), true);
            }
            Answer answer = work.run();
            if (answer.status() < 400) {
                // Only expired rows (this key's among them): a live row of this key belongs to a copy of
                // this request that committed first, and the unique index must refuse this one.
                h.createUpdate("DELETE FROM idempotency_key WHERE created_at < :cutoff")
                        .bind("cutoff", now - KEEP.toMillis()).execute();
                h.createUpdate("INSERT INTO idempotency_key (person_id, idem_key, fingerprint, status, content_type,"
                                + " location, body, created_at) VALUES (:p, :k, :f, :s, :t, :l, :b, :now)")
                        .bind("p", personId).bind("k", key).bind("f", fingerprint).bind("s", answer.status())
                        .bind("t", answer.contentType()).bind("l", answer.location()).bind("b", answer.body())
                        .bind("now", now).execute();
            }
            return new Outcome(answer, false);
        });
    }

    private static Optional<Stored> find(Handle h, long personId, String key, long notBefore) {
        return h.createQuery("SELECT fingerprint, status, content_type, location, body FROM idempotency_key"
                        + " WHERE person_id = :p AND idem_key = :k AND created_at >= :since")
                .bind("p", personId).bind("k", key).bind("since", notBefore)
                .map((rs, ctx) -> new Stored(rs.getString("fingerprint"), new Answer(rs.getInt("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getString("body"))))
                .findOne();
    }

    private static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InputException("Idempotency-Key", "must be 1 to " + MAX_KEY
                    + " visible ASCII characters, e.g. a random UUID");
        }
        return key;
    }

    /** Whether the failure is the key's unique index refusing a second row (PostgreSQL 23505, SQLite 19/2067). */
    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || sql.getErrorCode() == 19 || sql.getErrorCode() == 2067)) {
                return true;
            }
        }
        return false;
    }

    private record Stored(String fingerprint, Answer answer) {
    }
}
