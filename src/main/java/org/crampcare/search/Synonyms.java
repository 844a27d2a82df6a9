package org.crampcare.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands a question's terms with their synonyms from {@code synonyms.yaml}.
 *
 * <p>Every group member is stemmed once at start-up. When a member's terms occur in a row in the
 * question, the other members of its group are added as alternatives; the caller weighs them below
 * the person's own words, so a synonym helps a passage without outranking an exact match.
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

    /** Alternative term sequences for the question's stems, excluding sequences already in it. */
    List<List<String>> expand(List<String> stems) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (List<List<String>> group : groups) {
            if (group.stream().anyMatch(member -> occurs(member, stems))) {
                group.stream().filter(member -> !occurs(member, stems)).forEach(out::add);
            }
        }
        return List.copyOf(out);
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
