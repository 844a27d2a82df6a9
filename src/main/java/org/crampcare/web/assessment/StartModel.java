package org.crampcare.web.assessment;

import org.crampcare.web.kit.Page;

/**
 * The assessment start page: begin the questions, or describe the cramp in your own words.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param text      what the person wrote, kept when the page is shown again
 * @param textError why the text could not be used, or null
 * @param steps     the number of question steps
 */
public record StartModel(Page page, String text, String textError, int steps) {
}
