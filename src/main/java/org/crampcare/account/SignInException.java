package org.crampcare.account;

/**
 * A refused sign-in. The message is the same whether or not the e-mail has an account.
 *
 * <p>{@link Reason#THROTTLED} is reached the same way for e-mails with and without an account
 * (failures are counted per e-mail either way), so it reveals nothing either.
 */
public final class SignInException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the sign-in was refused. */
    public enum Reason {
        /** Wrong e-mail or password (never says which). */
        WRONG_CREDENTIALS("The e-mail or password is not right."),
        /** Too many failures recently for this e-mail or this network address. */
        THROTTLED("Too many failed sign-ins. Please wait a few minutes and try again."),
        /** Too many accounts made from this network address recently. */
        TOO_MANY_SIGN_UPS("Too many new accounts from this network address. Please wait a few minutes and try again.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    SignInException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    /** Why: the web layer answers 401 for wrong credentials and 429 when throttled or for too many sign-ups. */
    public Reason reason() {
        return reason;
    }
}
