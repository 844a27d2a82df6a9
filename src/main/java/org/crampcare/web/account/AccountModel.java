package org.crampcare.web.account;

import org.crampcare.web.kit.Page;

/**
 * The account pages: sign up, sign in, the account page, and the page after deletion.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param email  the e-mail to show or keep in the form, or ""
 * @param error  what went wrong with the form, or null
 * @param notice a calm confirmation (password changed...), or null
 */
public record AccountModel(Page page, String email, String error, String notice) {
}
