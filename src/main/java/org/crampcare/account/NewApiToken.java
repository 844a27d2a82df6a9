package org.crampcare.account;

/**
 * A just-created API token: show {@code token} once; only its SHA-256 is stored.
 *
 * @param token the secret to send as {@code Authorization: Bearer <token>}
 */
public record NewApiToken(ApiToken info, String token) {
    /** Hides the token so it cannot end up in a log by accident. */
    @Override
    public String toString() {
        return "NewApiToken[" + info + "]";
    }
}
