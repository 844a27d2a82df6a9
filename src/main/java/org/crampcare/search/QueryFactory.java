package org.crampcare.search;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a question's stems: every stem in every field, synonyms at a lower
 * weight, and a bonus when two of the person's words appear close together in a title or question.
 */
final class QueryFactory {
    private static final float SYNONYM_WEIGHT = 0.4f;
    private static final float PAIR_WEIGHT = 0.6f;
    private static final int PAIR_SLOP = 2;

    private QueryFactory() {
    }

    /** The query; stems and synonym sequences must be non-empty terms of the index analyzer. */
    static Query of(List<String> stems, List<List<String>> synonyms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(stems));
        for (Fields f : Fields.values()) {
            distinct.forEach(s -> query.add(boosted(new TermQuery(new Term(f.field(), s)), f.boost()), Occur.SHOULD));
            synonyms.forEach(seq -> query.add(boosted(sequence(f.field(), seq), f.boost() * SYNONYM_WEIGHT),
                    Occur.SHOULD));
        }
        for (int i = 0; i + 1 < stems.size(); i++) {
            if (!stems.get(i).equals(stems.get(i + 1))) {
                for (Fields f : List.of(Fields.TITLE, Fields.QUESTIONS)) {
                    Query pair = new PhraseQuery(PAIR_SLOP, f.field(), stems.get(i), stems.get(i + 1));
                    query.add(boosted(pair, f.boost() * PAIR_WEIGHT), Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    private static Query sequence(String field, List<String> terms) {
        return terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0)))
                : new PhraseQuery(1, field, terms.toArray(new String[0]));
    }

    private static Query boosted(Query q, float boost) {
        return new BoostQuery(q, boost);
    }
}
