package org.crampcare.storage;

/**
 * The database was upgraded by a newer CrampCare: its schema is past the newest version this build knows.
 *
 * <p>A separate type so that start-up stops with one clear line. Running on anyway could misread or
 * damage data written under the newer schema, so the only ways on are the newer build or a backup
 * taken before the upgrade.
 */
public final class SchemaTooNewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SchemaTooNewException(String applied, String known) {
        super("the database schema is at version " + applied + ", newer than this build of CrampCare knows (up to "
                + known + "): a newer CrampCare has upgraded it. Run that newer version, or restore a backup taken"
                + " before the upgrade with this one");
    }
}
