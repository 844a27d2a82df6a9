package org.crampcare.search;

import java.util.List;

/**
 * One searchable passage: a content entry, or a warning sign built from a triage rule.
 *
 * @param basis  {@code sources}, or {@code practical-tip} for CrampCare's own how-to detail
 * @param weight how much the passage's score counts (warning-sign passages repeat content entries
 *               in shorter form, so they weigh less)
 */
record Passage(String id, String topic, String title, String text, List<String> steps, List<String> questions,
               List<String> keywords, List<String> sources, String basis, float weight) {
    Passage {
        steps = List.copyOf(steps);
        questions = List.copyOf(questions);
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
    }
}
