/**
 * The diary database: SQLite in the data folder by default, PostgreSQL for many users.
 *
 * <p>{@link org.crampcare.storage.DatabaseConfig} checks the settings, {@link org.crampcare.storage.Database}
 * opens a pool, applies the Flyway migrations of its vendor ({@code db/sqlite}, {@code db/postgresql};
 * Flyway is not even loaded when its history table shows the schema exactly current) and hands out
 * a Jdbi. The services' SQL is the same on both vendors.
 */
package org.crampcare.storage;
