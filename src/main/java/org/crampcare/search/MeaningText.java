package org.crampcare.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a question that the embedding model reads: at most {@link #MAX_WORDS} words, with
 * brand and drug names the knowledge never uses replaced by its own word for them.
 *
 * <p>Why the replacement: the model was trained on general text, so a drug name such as
 * "atorvastatin" or "furosemide" says little to it, while "statin" or "diuretic" (the first word of
 * that synonym group, which the entries use) places the question next to the entries about it. Words
 * the entries use themselves are left alone. Immutable and thread-safe.
 */
final class MeaningText {
    /** The most words of a question embedded: the model's work grows with every word piece it reads. */
    static final int MAX_WORDS = 16;

    private final TextAnalysis analysis;
    /** A single word people use, not used by any entry, to its synonym group's first member. */
    private final Map<String, String> plainer;

    /**
     * @param passageTexts every text of the entries
     * @param groups       the synonym groups, each led by the word the knowledge uses
     */
    MeaningText(TextAnalysis analysis, List<String> passageTexts, List<List<String>> groups) {
        this.analysis = analysis;
        Set<String> used = new HashSet<>();
        passageTexts.forEach(t -> used.addAll(analysis.words(t)));
        Map<String, String> out = new HashMap<>();
        for (List<String> group : groups) {
            for (String member : group.subList(1, group.size())) {
                List<String> words = analysis.words(member);
                if (words.size() == 1 && !used.contains(words.get(0))) {
                    out.putIfAbsent(words.get(0), group.get(0));
                }
            }
        }
        this.plainer = Map.copyOf(out);
    }

    /**
     * The text embedded for a (spell-corrected) question: the whole question when it has at most
     * {@link #MAX_WORDS} words, otherwise its first {@link #MAX_WORDS} words that are not stop words. This
     * keeps a search's cost bounded whatever the question's length; a short question keeps its small
     * words, which carry much of the meaning of a vague one ("what can I do so this stops"), while a
     * long question's content words carry it on their own (on the project's question sets, embedding
     * only content words ranked as well as the whole question).
     */
    String of(String corrected) {
        List<String> words = analysis.words(corrected).stream().map(w -> plainer.getOrDefault(w, w)).toList();
        if (words.size() <= MAX_WORDS) {
            return String.join(" ", words);
        }
        List<String> content = words.stream().filter(w -> !analysis.isStopWord(w)).toList();
        return String.join(" ", content.subList(0, Math.min(MAX_WORDS, content.size())));
    }
}
