package org.crampcare.web.assessment;

import java.util.List;
import org.crampcare.web.kit.OptionModel;
import org.crampcare.web.kit.SourceLink;

/**
 * One question as the wizard shows it, with the person's current answer filled in.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param kind        yes-no, scale, number, list or choice
 * @param numberValue the text in the number box (number questions)
 * @param unknown     whether "I don't know" is ticked (number questions)
 * @param error       what is wrong with the answer, or null
 * @param fromText    the person's words this answer was understood from, or null
 * @param toConfirm   the person's words that hinted at this sign without settling it, or null
 * @param dependsOn   the item whose answer decides whether this question applies, or null
 * @param askWhen     that condition as JSON (the knowledge files' shape), for the script that hides
 *                    the question when it does not apply; null when always asked
 */
public record QuestionModel(String id, String kind, String question, String help, List<SourceLink> sources,
                            List<OptionModel> options, String numberValue, boolean unknown, String min,
                            String max, String error, String fromText, String toConfirm, String dependsOn,
                            String askWhen) {

    /** The HTML id of the help text, for aria-describedby. */
    public String helpId() {
        return "help-" + id;
    }

    /** The HTML id of the error text, for aria-describedby. */
    public String errorId() {
        return "error-" + id;
    }
}
