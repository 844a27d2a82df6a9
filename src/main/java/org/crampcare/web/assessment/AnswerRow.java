package org.crampcare.web.assessment;

/**
 * One answer in the summary: the question and the answer in words.
 *
 * <p>Public because the precompiled templates live in another package.
 */
public record AnswerRow(String question, String answer) {
}
