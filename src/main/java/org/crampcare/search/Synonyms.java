package org.crampcare.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands a question's terms with their synonyms from {@code synonyms.yaml}.
 *
 * <p>Every group member is stemmed once at start-up. When a member's terms occur in a row in the
 * question, the other members of its group become alternatives of the same concept; the query weighs
 * them below the person's own words, so a synonym helps a passage without outranking an exact match.
 */
final class Synonyms {
    private final List<List<List<String>>> groups;

    Synonyms(TextAnalysis analysis, List<List<String>> groups) {
        List<List<List<String>>> stemmed = new ArrayList<>();
        for (List<String> group : groups) {
            List<List<String>> members = new ArrayList<>();
            group.stream().map(analysis::stems).filter(s -> !s.isEmpty()).distinct().forEach(members::add);
            stemmed.add(List.copyOf(members));
        }
        this.groups = List.copyOf(stemmed);
    }

    /**
     * The concepts of a question: one per synonym group the question touches (its own words plus
     * the group's other members), and one for each remaining stem on its own.
     */
    List<Concept> concepts(List<String> stems) {
        List<Concept> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (List<List<String>> group : groups) {
            List<List<String>> own = group.stream().filter(member -> occurs(member, stems)).toList();
            if (!own.isEmpty()) {
                own.forEach(covered::addAll);
                out.add(new Concept(own, group.stream().filter(member -> !own.contains(member)).toList()));
            }
        }
        new LinkedHashSet<>(stems).stream().filter(s -> !covered.contains(s))
                .forEach(s -> out.add(new Concept(List.of(List.of(s)), List.of())));
        return out;
    }

    /** Whether the sequence occurs as consecutive terms in the list. */
    static boolean occurs(List<String> sequence, List<String> terms) {
        return at(sequence, terms) >= 0;
    }

    /** Where the sequence first occurs as consecutive terms in the list, or -1. */
    static int at(List<String> sequence, List<String> terms) {
        for (int i = 0; i + sequence.size() <= terms.size(); i++) {
            if (terms.subList(i, i + sequence.size()).equals(sequence)) {
                return i;
            }
        }
        return -1;
    }
}
