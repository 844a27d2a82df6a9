package org.crampcare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The focus of a question that tells a story before it asks: the sentences that ask (those ending in
 * "?", or marked "¿...?"), or failing that the last sentence with a question cue.
 *
 * <p>Why: "My 9 year old woke up screaming last night, his calf was rock hard ... What am I supposed
 * to do?" is about what to do; the story around it names more words than the question does, and
 * left to count alike they pull the ranking, the kind of answer and the ranking by meaning toward
 * the story (a stretch for the calf) instead of the answer asked for. A text of one sentence has no
 * focus apart from itself. Stateless.
 */
final class Focus {
    /**
     * A sentence: text up to ".", "!", "?" or a line break, or up to a Spanish "¿" that opens a new
     * one. A "¿" after a comma stays in its sentence ("me dio un calambre en el muslo, ¿cómo lo
     * estiro?"): the question's "lo" needs what comes before it.
     */
    private static final Pattern SENTENCE = Pattern.compile("¿?(?:[^.!?¿\\n]|(?<=,\\s{0,3})¿)+[.!?\\n]*");

    private Focus() {
    }

    /**
     * The sentences of the text that ask, joined, or an empty string when the text is one sentence
     * or no sentence asks.
     *
     * @param cued whether a sentence has a question cue, for texts that ask without a "?"
     */
    static String of(String text, Predicate<String> cued) {
        List<Sentence> sentences = sentences(text);
        if (sentences.size() < 2) {
            return "";
        }
        List<String> asking = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.asks()) {
                asking.add(s.text());
            }
        }
        if (asking.isEmpty()) {
            String last = sentences.get(sentences.size() - 1).text();
            return cued.test(last) ? last : "";
        }
        return asking.size() == sentences.size() ? "" : String.join(" ", asking);
    }

    /** The text's sentences with content, in order. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            String body = s.replaceAll("[¿¡]|[.!?\\s]+$", " ").replaceAll("\\s+", " ").strip();
            if (body.chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(new Sentence(body, s.contains("¿") || s.contains("?")));
            }
        }
        return out;
    }

    /** A sentence without its marks, and whether it was marked as a question. */
    record Sentence(String text, boolean asks) {
    }
}
