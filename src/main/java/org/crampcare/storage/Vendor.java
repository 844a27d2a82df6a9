package org.crampcare.storage;

/** The database products CrampCare runs on, each with its own migration folder. */
public enum Vendor {
    SQLITE("db/sqlite"), POSTGRESQL("db/postgresql");

    private final String migrations;

    Vendor(String migrations) {
        this.migrations = migrations;
    }

    /** The classpath folder of this vendor's Flyway migrations. */
    String migrations() {
        return migrations;
    }
}
