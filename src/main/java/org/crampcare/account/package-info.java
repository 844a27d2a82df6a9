/**
 * Accounts: sign-up and sign-in with bcrypt passwords, database-held sessions and API tokens
 * (only their SHA-256 stored), and sign-in throttling kept in the database.
 *
 * <p>Entry point: {@link org.crampcare.account.AccountService}.
 */
package org.crampcare.account;
