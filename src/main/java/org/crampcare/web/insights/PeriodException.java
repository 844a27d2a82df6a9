package org.crampcare.web.insights;

import org.crampcare.triage.InputException;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.Texts;

/** A period the person or a script asked for that cannot be used, naming the field that is wrong. */
final class PeriodException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final transient InputException reason;

    /** The English {@code message} is the API's; {@code code} and {@code values} let a page say it in its language. */
    PeriodException(String field, String message, Throwable cause, String code, Object... values) {
        super(message, cause);
        this.field = field;
        this.reason = new InputException(field, message, code, values);
    }

    /** The message for a page in the language of {@code texts}: in English as the API gives it. */
    String message(Texts texts) {
        return texts.language() == org.crampcare.knowledge.Language.base() ? getMessage()
                : Errors.formMessage(reason, texts);
    }

    /** The request field at fault: {@code from} or {@code to}. */
    String field() {
        return field;
    }
}
