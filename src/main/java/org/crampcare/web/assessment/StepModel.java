package org.crampcare.web.assessment;

import java.util.List;
import org.crampcare.web.kit.Page;

/**
 * One wizard page: a screen of questions with its progress and the answers carried so far.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param number    1-based step number
 * @param of        the number of steps
 * @param checklist whether the screen is a list of warning signs (emergency or urgent)
 * @param state     the hidden field carrying every answer so far
 * @param understood answers read from the person's words, shown once after the text box
 */
public record StepModel(Page page, int number, int of, String intro, boolean checklist,
                        List<QuestionModel> questions, String state, List<UnderstoodModel> understood,
                        List<String> errors) {

    /** Whether this is the first step (no Back button). */
    public boolean first() {
        return number == 1;
    }

    /** Whether this is the last step. */
    public boolean last() {
        return number == of;
    }
}
