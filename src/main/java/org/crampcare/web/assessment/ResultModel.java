package org.crampcare.web.assessment;

import java.util.List;
import org.crampcare.web.kit.AdviceModel;
import org.crampcare.web.kit.Page;

/**
 * The result page: level, reasons and the personal advice.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param level        the level's enum name, e.g. URGENT
 * @param levelClass   the CSS class of the banner, e.g. level-urgent
 * @param nextQuestion the next question to answer when incomplete, or null
 * @param continueStep the 0-based wizard step of that question
 * @param state        the hidden field carrying the answers (to change or continue them)
 */
public record ResultModel(Page page, String level, String levelClass, String levelLabel, String action,
                          boolean complete, List<ReasonModel> reasons, List<AdviceModel> relief, String reliefNote,
                          List<AdviceModel> prevention, List<AdviceModel> factors, FluidModel fluids,
                          List<AdviceModel> providerWillAsk, List<AdviceModel> questionsToAsk, List<String> caveats,
                          String nextQuestion, int continueStep, String state, List<UnderstoodModel> fromText,
                          List<AnswerRow> answers) {
}
