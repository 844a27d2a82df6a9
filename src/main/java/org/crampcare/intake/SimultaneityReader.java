package org.crampcare.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads cramps in many parts of the body at once from how people list them: distinct body regions
 * counted in a sentence with a simultaneity cue ("calves, hands and stomach all at once",
 * "simultaneous cramping of both calves, both hands and the paraspinal muscles").
 *
 * <p>Three or more regions at once set {@code all_over_body}; cramps that spread to further places
 * count the place they started as one more. Two regions at once is weaker evidence: the item is
 * confirmed with the person, quoting them, rather than set (an emergency sign is never guessed,
 * nor dropped). Negated, hypothetical, past or someone else's cues count for nothing.
 */
final class SimultaneityReader {
    static final String ITEM = "all_over_body";
    private static final int MANY = 3;

    private final Lexicon lexicon;

    SimultaneityReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void read(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        Composition c = lexicon.composition();
        List<Hit<Boolean>> cues = c.simultaneity().find(tokens);
        if (cues.isEmpty()) {
            return;
        }
        Map<Integer, Set<String>> regions = regionsBySentence(scan, cues);
        Set<Integer> spreading = new HashSet<>();
        c.spreading().find(tokens).forEach(h -> spreading.add(scan.scopes().sentence(h.from())));
        for (Hit<Boolean> cue : cues) {
            if (scan.ignored(cue.from())) {
                continue;
            }
            int sentence = scan.scopes().sentence(cue.from());
            Set<String> named = new HashSet<>(regions.getOrDefault(sentence, Set.of()));
            if (sentence > 0 && !namesCramp(scan, cue.from())) {
                named.addAll(regions.getOrDefault(sentence - 1, Set.of()));
            }
            int count = named.size() + (spreading.contains(sentence) ? 1 : 0);
            Span span = Span.of(tokens, cue.from(), cue.to());
            if (count >= MANY) {
                findings.bool(ITEM, true, span, "affirmed");
            } else if (count == MANY - 1) {
                findings.confirm(ITEM, span);
            }
        }
    }

    /**
     * Whether the cue's sentence names a cramp itself. A fragment that does not ("Cramps in my arms,
     * help!! legs and stomach all at the same time") goes on with the list of the sentence before it,
     * whose regions then count with its own: an aside dropped into a list must not split it.
     */
    private static boolean namesCramp(TextScan scan, int at) {
        int sentence = scan.scopes().sentence(at);
        int from = at;
        while (from > 0 && scan.scopes().sentence(from - 1) == sentence) {
            from--;
        }
        for (int j = from; j < scan.tokens().size() && scan.scopes().sentence(j) == sentence; j++) {
            if (scan.crampClauses().contains(scan.scopes().clause(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distinct cramping regions named in each sentence (a location's value, or a region word):
     * those in a clause about a cramp or with a simultaneity cue, and those listed before or after
     * one ("both calves AND my feet AND my back"), not a place named for something else ("my leg
     * is puffy").
     */
    private Map<Integer, Set<String>> regionsBySentence(TextScan scan, List<Hit<Boolean>> cues) {
        List<Token> tokens = scan.tokens();
        Set<Integer> cueClauses = new HashSet<>();
        cues.forEach(h -> cueClauses.add(scan.scopes().clause(h.from())));
        List<Hit<String>> places = new ArrayList<>();
        for (Hit<Sense> h : scan.phrases()) {
            if ("locations".equals(h.meaning().item())) {
                places.add(new Hit<>(h.from(), h.to(), h.meaning().value()));
            }
        }
        lexicon.composition().regions().find(tokens).forEach(h -> places.add(new Hit<>(h.from(), h.to(),
                tokens.get(h.from()).stem())));
        places.sort(Comparator.comparingInt(Hit::from));
        boolean[] counted = new boolean[places.size()];
        int lastCounted = -1;
        for (int p = 0; p < places.size(); p++) {
            Hit<String> h = places.get(p);
            counted[p] = scan.crampClauses().contains(scan.scopes().clause(h.from()))
                    || cueClauses.contains(scan.scopes().clause(h.from()))
                    || PhraseReader.listedAfter(lexicon, tokens, lastCounted, h.from());
            lastCounted = counted[p] ? h.to() : lastCounted;
        }
        int nextCounted = -1;
        for (int p = places.size() - 1; p >= 0; p--) {
            Hit<String> h = places.get(p);
            counted[p] |= nextCounted >= 0 && PhraseReader.listedAfter(lexicon, tokens, h.to(), nextCounted);
            nextCounted = counted[p] ? h.from() : nextCounted;
        }
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int p = 0; p < places.size(); p++) {
            Hit<String> h = places.get(p);
            if (counted[p] && scan.scopes().silenced(h.from()) == null) {
                out.computeIfAbsent(scan.scopes().sentence(h.from()), k -> new HashSet<>()).add(h.meaning());
            }
        }
        return out;
    }
}
