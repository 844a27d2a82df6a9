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
 * @param notCovered   what to say when the knowledge does not cover the question, or null
 */
public record SearchModel(Page page, String query, List<SignModel> warningSigns, List<Answer> answers, String error,
                          NotCovered notCovered) {

    /**
     * A question CrampCare does not answer: what it does cover instead, and the emergency signs
     * when the question speaks about the person's own health.
     *
     * @param subject   the not-covered subject found in the question, or empty when none is named
     * @param topics    the knowledge topics, in browsing order
     * @param emergency the emergency signs to show, or null
     */
    public record NotCovered(String subject, List<TopicLink> topics, Emergency emergency) {
    }

    /** A knowledge topic's page. */
    public record TopicLink(String id, String title) {
    }

    /** The policy's emergency signs as questions, the level's name and what to do. */
    public record Emergency(String levelLabel, List<String> signs, String action, List<SourceLink> sources) {
    }

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
