package org.crampcare.web.kit;

/**
 * One radio button or tick box of a question.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param inputId the HTML id, unique on the page, that the label points to
 */
public record OptionModel(String value, String label, String inputId, boolean checked) {
}
