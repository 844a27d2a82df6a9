package org.crampcare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a question: each concept through its best match (the person's own
 * words in any field, or a synonym at a lower weight), and a bonus when two of the person's words appear close together in a title
 * or question.
 *
 * <p>A stem counts mainly in the field where it scores best (with a little credit for other fields),
 * so a word common to every passage, such as "cramp", cannot pile up points field after field and
 * drown the rarer words that say what the question is really about.
 */
final class QueryFactory {
    private static final float SYNONYM_WEIGHT = 0.5f;
    private static final float PAIR_WEIGHT = 0.6f;
    private static final float OTHER_FIELDS = 0.2f;
    private static final int PAIR_SLOP = 2;
    /**
     * How much a word of an option the question sets aside counts ({@link Contrasts}): a little, since
     * the best answer may still name it ("sports drinks instead of plain water").
     */
    static final float ASIDE_WEIGHT = 0.3f;
    /**
     * How much a word of the story around a question counts when the question has a focus
     * ({@link Focus}): the words of what is asked count fully, the story's less.
     */
    static final float CONTEXT_WEIGHT = 0.75f;

    private QueryFactory() {
    }

    /**
     * The query for the question's stems (in order) and its concepts; the concepts whose words are all
     * in {@code aside} (an option the question sets aside) count {@link #ASIDE_WEIGHT} as much, and
     * make no pairs. When the question has a focus ({@code focused}, its stems; empty when none), the
     * concepts outside it count {@link #CONTEXT_WEIGHT} as much.
     */
    static Query of(List<String> stems, List<Concept> concepts, Set<String> aside, Set<String> focused,
                    PassageIndex index) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Concept c : concepts) {
            float weight = c.own().stream().allMatch(aside::containsAll) ? ASIDE_WEIGHT : 1f;
            if (!focused.isEmpty() && c.own().stream().noneMatch(focused::containsAll)) {
                weight *= CONTEXT_WEIGHT;
            }
            List<Query> options = new ArrayList<>(acrossFields(c.own(), weight, index));
            options.addAll(acrossFields(c.alternatives(), SYNONYM_WEIGHT * weight, index));
            if (!options.isEmpty()) {
                query.add(new DisjunctionMaxQuery(options, OTHER_FIELDS), Occur.SHOULD);
            }
        }
        for (int i = 0; i + 1 < stems.size(); i++) {
            if (aside.contains(stems.get(i)) || aside.contains(stems.get(i + 1))) {
                continue;
            }
            if (!stems.get(i).equals(stems.get(i + 1))) {
                for (Fields f : List.of(Fields.TITLE, Fields.QUESTIONS)) {
                    if (!index.has(f.field(), stems.get(i)) || !index.has(f.field(), stems.get(i + 1))) {
                        continue;
                    }
                    Query pair = new PhraseQuery(PAIR_SLOP, f.field(), stems.get(i), stems.get(i + 1));
                    query.add(new BoostQuery(pair, f.boost() * PAIR_WEIGHT), Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    private static List<Query> acrossFields(List<List<String>> sequences, float weight, PassageIndex index) {
        List<Query> perField = new ArrayList<>();
        for (Fields f : Fields.values()) {
            for (List<String> seq : sequences) {
                if (!seq.stream().allMatch(t -> index.has(f.field(), t))) {
                    continue;
                }
                perField.add(new BoostQuery(sequence(f.field(), seq), f.boost() * weight));
            }
        }
        return perField;
    }

    private static Query sequence(String field, List<String> terms) {
        return terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0)))
                : new PhraseQuery(1, field, terms.toArray(new String[0]));
    }
}
