package org.crampcare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what a question asks for: its answer type, and whether its subject is one CrampCare does not
 * cover.
 *
 * <p>Both are phrase matches on stemmed words (every word kept), so "cramps" and "cramping" read the
 * same and a cue never matches inside a longer word.
 */
final class QuestionReader {
    /** Where a new sentence or clause starts: a cue right after one is what the person asks. */
    private static final Pattern CLAUSES = Pattern.compile("[.?!,;:]+|\\s[-–]\\s");
    /** "400mg" is read as "400 mg", so units count as words. */
    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d)(\\p{L})");

    private final TextAnalysis analysis;
    private final List<Cue> cues;
    private final List<Rule> notCovered;

    QuestionReader(TextAnalysis analysis, Understanding understanding) {
        this.analysis = analysis;
        List<Cue> all = new ArrayList<>();
        understanding.cues().forEach((type, phrases) -> phrases.forEach(p -> all.add(new Cue(type, analysis.allStems(p)))));
        this.cues = List.copyOf(all);
        this.notCovered = understanding.notCovered().stream().map(r -> new Rule(r.subject(),
                r.all().stream().map(this::phrases).toList(), phrases(r.except()), phrases(r.unless()))).toList();
    }

    /**
     * The answer type the question asks for: the cue that starts the first clause having one, else
     * the earliest cue; at the same place the longer cue wins. Empty when no cue occurs.
     */
    Optional<AnswerType> answerType(String question) {
        Cue atStart = null;
        for (String clause : CLAUSES.split(TextAnalysis.normalize(question))) {
            atStart = best(analysis.allStems(clause), true);
            if (atStart != null) {
                return Optional.of(atStart.type());
            }
        }
        Cue anywhere = best(analysis.allStems(question), false);
        return anywhere == null ? Optional.empty() : Optional.of(anywhere.type());
    }

    /** The first not-covered subject the question is about, or empty when it may be covered. */
    Optional<String> notCovered(String question) {
        List<String> terms = analysis.allStems(NUMBER_UNIT.matcher(TextAnalysis.normalize(question)).replaceAll("$1 $2"));
        for (Rule r : notCovered) {
            List<String> kept = without(terms, r.except());
            if (r.all().stream().allMatch(list -> any(list, kept)) && !any(r.unless(), kept)) {
                return Optional.of(r.subject());
            }
        }
        return Optional.empty();
    }

    private Cue best(List<String> terms, boolean onlyAtStart) {
        Cue best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cue c : cues) {
            int at = onlyAtStart ? (startsWith(terms, c.stems()) ? 0 : -1) : Synonyms.at(c.stems(), terms);
            if (at >= 0 && (at < bestAt || (at == bestAt && c.stems().size() > best.stems().size()))) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    private static boolean startsWith(List<String> terms, List<String> prefix) {
        return terms.size() >= prefix.size() && terms.subList(0, prefix.size()).equals(prefix);
    }

    private static boolean any(List<List<String>> phrases, List<String> terms) {
        return phrases.stream().anyMatch(p -> Synonyms.occurs(p, terms));
    }

    /** The terms with every occurrence of the phrases removed (a gap keeps neighbours apart). */
    private static List<String> without(List<String> terms, List<List<String>> phrases) {
        List<String> out = new ArrayList<>(terms);
        for (List<String> p : phrases) {
            for (int at = Synonyms.at(p, out); at >= 0; at = Synonyms.at(p, out)) {
                for (int i = 0; i < p.size(); i++) {
                    out.set(at + i, "");
                }
            }
        }
        return out;
    }

    private List<List<String>> phrases(List<String> words) {
        return words.stream().map(analysis::allStems).filter(p -> !p.isEmpty()).distinct().toList();
    }

    /**
     * The answer types of an entry: those listed for its id, else for the longest listed start ending
     * in a dot ({@code relief.back.}); empty when none is listed.
     */
    static Set<AnswerType> entryTypes(Map<String, Set<AnswerType>> byPrefix, String id) {
        String best = null;
        for (String prefix : byPrefix.keySet()) {
            if ((id.equals(prefix) || (prefix.endsWith(".") && id.startsWith(prefix))) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? Set.of() : byPrefix.get(best);
    }

    private record Cue(AnswerType type, List<String> stems) {
    }

    private record Rule(String subject, List<List<List<String>>> all, List<List<String>> except, List<List<String>> unless) {
    }
}
