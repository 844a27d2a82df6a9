package org.crampcare.account;

import java.text.Normalizer;
import java.util.Locale;
import org.crampcare.triage.InputException;

/** A normalised e-mail address: trimmed, Unicode NFC and lower case, so one person has one spelling. */
record EmailAddress(String value) {
    static final int MAX_LENGTH = 254;

    /** Normalises and checks the shape; the message never says whether an account exists. */
    static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InputException("email", "is required", "required");
        }
        String e = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (e.length() > MAX_LENGTH) {
            throw new InputException("email", "must be at most " + MAX_LENGTH + " characters", "too-long", MAX_LENGTH);
        }
        if (at <= 0 || at != e.lastIndexOf('@') || at == e.length() - 1 || !e.substring(at + 1).contains(".")
                || e.endsWith(".") || e.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InputException("email", "expected an address like name@example.org", "email");
        }
        return new EmailAddress(e);
    }
}
