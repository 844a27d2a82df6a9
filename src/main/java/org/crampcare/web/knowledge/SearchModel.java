package org.crampcare.web.knowledge;

import java.util.List;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.SourceLink;

/**
 * The knowledge search results page.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param query        the question as asked (shown back in the search box)
 * @param warningSigns warning signs the question seems to describe, most urgent first
 * @param answers      the answers, best first
 * @param error        why the question could not be searched, or null
 */
public record SearchModel(Page page, String query, List<SignModel> warningSigns, List<Answer> answers, String error) {

    /** A warning sign found in the question, with what to do about it. */
    public record SignModel(String levelLabel, String levelClass, String explanation, String action,
                            List<SourceLink> sources) {
    }

    /**
     * One answer. {@code highlighted} is HTML-escaped text with the matched words in mark
     * elements, made by the search package; templates insert it unescaped.
     */
    public record Answer(String title, String highlighted, List<String> steps, String topic, String anchor,
                         List<SourceLink> sources) {
    }
}
