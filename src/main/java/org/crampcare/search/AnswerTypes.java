package org.crampcare.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question asks for (how to, when, how long, how much, why, what is, which,
 * should I, is it normal), read from the cue phrases of the language's search vocabulary
 * ({@code answerTypes} in {@code synonyms.yaml}), and the kinds of answer each passage gives.
 *
 * <p>A passage gives the kinds of answer its title and the questions it lists ask for: the content
 * says, as data, which questions an entry answers, and reading them with the same cues as the
 * person's question keeps both sides consistent. A question's kind is its longest cue (in words),
 * the earliest of equally long ones, so "when should I" reads as a question of timing while "should
 * I" alone asks for advice. Cues match on stemmed words with every word kept, as whole words in a
 * row. Immutable and thread-safe.
 */
final class AnswerTypes {
    /** A question marked the Spanish way, from its opening "¿" to its "?" (or the end of the text). */
    private static final Pattern ASKED = Pattern.compile("¿([^¿?]*)");

    private final TextAnalysis analysis;
    /** Each cue's stems and the kind it signals, longest cues first. */
    private final List<Cue> cues;
    private final Map<String, Set<String>> byPassage;

    AnswerTypes(TextAnalysis analysis, Map<String, List<String>> cuesByType, List<Passage> passages) {
        this.analysis = analysis;
        List<Cue> all = new ArrayList<>();
        cuesByType.forEach((type, phrases) -> phrases.stream().map(analysis::allStems).filter(p -> !p.isEmpty())
                .distinct().forEach(p -> all.add(new Cue(List.copyOf(p), type))));
        all.sort((a, b) -> Integer.compare(b.stems().size(), a.stems().size()));
        this.cues = List.copyOf(all);
        Map<String, Set<String>> types = new HashMap<>();
        for (Passage p : passages) {
            Set<String> kinds = new HashSet<>();
            of(p.title()).ifPresent(kinds::add);
            p.questions().forEach(q -> of(q).ifPresent(kinds::add));
            types.put(p.id(), Set.copyOf(kinds));
        }
        this.byPassage = Map.copyOf(types);
    }

    /** The kind of answer the text asks for, or empty when no cue says. */
    Optional<String> of(String text) {
        return ofStems(analysis.allStems(TextAnalysis.normalize(text)));
    }

    /**
     * The parts of a text marked as asked with "¿...?", joined, or an empty string when none is marked.
     * Spanish writers often tell their story first and then ask; the story's "como" (like) reads the
     * same as the question word "cómo" once accents are dropped, so the marked question says best what
     * is asked.
     */
    static String asked(String text) {
        Matcher m = ASKED.matcher(text);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                parts.add(m.group(1).strip());
            }
        }
        return String.join(". ", parts);
    }

    /** The kind of answer asked for by a question already analysed into stems with every word kept. */
    Optional<String> ofStems(List<String> terms) {
        Cue best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cue c : cues) {
            if (best != null && c.stems().size() < best.stems().size()) {
                break;
            }
            int at = Synonyms.at(c.stems(), terms);
            if (at >= 0 && at < bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.type());
    }

    /**
     * Whether the text says nothing but the kind of answer it asks for ("Why?", "¿Es normal?"): none of
     * its content words is outside a cue. Such a text names no subject of its own, so it cannot say which
     * words of the question around it matter more.
     */
    boolean onlyCues(String text) {
        Set<String> content = new HashSet<>(analysis.stems(text));
        List<String> terms = analysis.allStems(TextAnalysis.normalize(text));
        for (Cue c : cues) {
            if (Synonyms.occurs(c.stems(), terms)) {
                content.removeAll(c.stems());
            }
        }
        return content.isEmpty();
    }

    /** Whether the passage gives the kind of answer. */
    boolean gives(String passageId, String type) {
        return byPassage.getOrDefault(passageId, Set.of()).contains(type);
    }

    private record Cue(List<String> stems, String type) {
    }
}
