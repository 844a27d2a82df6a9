package org.crampcare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a question is about a subject CrampCare does not cover (another kind of cramp, an
 * animal, a dose, an injury), from the subjects listed in {@code scope.yaml}.
 *
 * <p>Phrases match on stemmed words with every word kept, so "cramps" and "cramping" read the same
 * and a phrase never matches inside a longer word.
 */
final class ScopeCheck {
    /** "400mg" is read as "400 mg", so units count as words. */
    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d)(\\p{L})");

    private final TextAnalysis analysis;
    private final List<Rule> notCovered;
    private final List<List<String>> subjectWords;
    private final List<List<List<List<String>>>> subjectTogether;

    ScopeCheck(TextAnalysis analysis, Scope scope) {
        this.analysis = analysis;
        this.notCovered = scope.notCovered().stream().map(r -> new Rule(r.subject(),
                r.all().stream().map(this::phrases).toList(), phrases(r.except()), phrases(r.unless()),
                r.unlessSubject())).toList();
        this.subjectWords = phrases(scope.subjectWords());
        this.subjectTogether = scope.subjectTogether().stream().map(all -> all.stream().map(this::phrases).toList())
                .toList();
    }

    /**
     * Whether the question names the knowledge's own subject (a cramp, a spasm, a muscle), or
     * describes it with words of every class of one of the scope's combinations ("se me pone dura
     * la pierna"): people often tell what a cramp does to them without the word for it.
     */
    boolean namesSubject(String question) {
        return names(analysis.allStems(TextAnalysis.normalize(question)));
    }

    private boolean names(List<String> terms) {
        return any(subjectWords, terms)
                || subjectTogether.stream().anyMatch(all -> all.stream().allMatch(list -> any(list, terms)));
    }

    /** The first not-covered subject the question is about, or empty when it may be covered. */
    Optional<String> notCovered(String question) {
        List<String> terms = analysis.allStems(NUMBER_UNIT.matcher(TextAnalysis.normalize(question)).replaceAll("$1 $2"));
        for (Rule r : notCovered) {
            List<String> kept = without(terms, r.except());
            if (r.all().stream().allMatch(list -> any(list, kept)) && !any(r.unless(), kept)
                    && !(r.unlessSubject() && names(kept))) {
                return Optional.of(r.subject());
            }
        }
        return Optional.empty();
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
        return words.stream().flatMap(w -> alternatives(w).stream()).map(analysis::allStems).filter(p -> !p.isEmpty())
                .distinct().toList();
    }

    /**
     * Every phrase a scope phrase stands for: a word written with bars ("my|our|his donkey") is any one
     * of its alternatives. Why: a name with another common sense counts only after a word that shows
     * the sense meant (a possessive before a breed), and listing each pair would bury the data.
     */
    private static List<String> alternatives(String phrase) {
        List<String> out = List.of("");
        for (String word : phrase.strip().split("\\s+")) {
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String alt : word.split("\\|")) {
                    next.add(head.isEmpty() ? alt : head + " " + alt);
                }
            }
            out = next;
        }
        return out;
    }

    private record Rule(String subject, List<List<List<String>>> all, List<List<String>> except,
                        List<List<String>> unless, boolean unlessSubject) {
    }
}
