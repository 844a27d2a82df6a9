package org.crampcare.storage;

import java.security.SecureRandom;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;

/**
 * Random server secrets kept in the database (table {@code server_key}), made once on first use.
 *
 * <p>Why in the database: every app server sharing one PostgreSQL must use the same keys (a form
 * token made by one server is checked by another), and a restart must not change them. Two servers
 * starting together both try to insert; the first insert wins and both read its value.
 */
public final class ServerKeys {
    /** Bytes of randomness in each key (256 bits). */
    static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;

    private ServerKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The keys of an open database. */
    public static ServerKeys of(Database db) {
        return new ServerKeys(db.jdbi());
    }

    /** The key of this name, made and stored now if the database has none yet. */
    public byte[] key(String name) {
        byte[] fresh = new byte[KEY_BYTES];
        RANDOM.nextBytes(fresh);
        String encoded = jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO server_key (name, secret, created_at) VALUES (:n, :s, :t)"
                            + " ON CONFLICT (name) DO NOTHING")
                    .bind("n", name).bind("s", Base64.getEncoder().encodeToString(fresh))
                    .bind("t", System.currentTimeMillis()).execute();
            return h.createQuery("SELECT secret FROM server_key WHERE name = :n").bind("n", name)
                    .mapTo(String.class).one();
        });
        return Base64.getDecoder().decode(encoded);
    }
}
