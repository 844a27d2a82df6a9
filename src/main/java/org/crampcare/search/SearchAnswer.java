package org.crampcare.search;

import java.util.List;
import org.crampcare.knowledge.Basis;

/**
 * One answer to a question: a passage of CrampCare's knowledge in its own words, with its sources.
 *
 * @param id          the content entry id, or {@code rule.<ID>} for a warning sign of the policy
 * @param topic       the content topic id, or {@code warning-signs}
 * @param text        the self-contained answer text
 * @param steps       the steps to follow, if the entry has any
 * @param sources     the ids of the source articles the text is based on (empty for a practical tip)
 * @param basis       {@code sources}, or {@code practical-tip} for CrampCare's own how-to detail
 * @param highlighted the text as HTML-escaped markup with the matched words in {@code <mark>}
 * @param score       the relevance score (only meaningful compared with other answers to the same question)
 */
public record SearchAnswer(String id, String topic, String title, String text, List<String> steps,
                           List<String> sources, String basis, String highlighted, float score) {
    public SearchAnswer {
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }

    /** Whether the answer is CrampCare's own practical tip rather than sourced content. */
    public boolean tip() {
        return Basis.PRACTICAL_TIP.key().equals(basis);
    }
}
