package org.crampcare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.Rule;

/**
 * "Ask CrampCare": answers questions in plain words from the knowledge base, best answer first.
 *
 * <p>Built once at start-up into an in-memory Lucene index of every content entry and every
 * warning sign of the triage policy; immutable and safe to share between threads afterwards.
 * Questions are spell-corrected against the knowledge's own words, stemmed, and widened with the
 * synonyms of {@code synonyms.yaml}. A question that describes the person's own warning signs is
 * flagged so callers can offer the assessment and show those signs first.
 */
public final class KnowledgeSearch {
    private static final int MAX_CONCEPTS = 40;
    /** How many index hits are re-ranked by how closely they match a phrasing of the entry. */
    private static final int CANDIDATES = 30;
    private static final double PHRASING_WEIGHT = 1.0;

    private final KnowledgeBase kb;
    private final TextAnalysis analysis;
    private final Spelling spelling;
    private final Synonyms synonyms;
    private final SymptomDetector symptoms;
    private final PassageIndex index;
    private final Phrasings phrasings;

    private KnowledgeSearch(KnowledgeBase kb, SearchLexicon lexicon) {
        this.kb = kb;
        this.analysis = new TextAnalysis(lexicon.stopWords());
        List<Passage> passages = Passages.of(kb);
        this.index = PassageIndex.build(passages, analysis);
        this.phrasings = new Phrasings(passages, analysis);
        this.spelling = new Spelling(analysis, vocabulary(passages, lexicon));
        this.synonyms = new Synonyms(analysis, lexicon.groups());
        this.symptoms = new SymptomDetector(analysis, lexicon);
    }

    /** Search over the knowledge base with the built-in search vocabulary. */
    public static KnowledgeSearch build(KnowledgeBase kb) {
        return build(kb, KnowledgeFiles.builtIn());
    }

    /**
     * Search over the knowledge base with the vocabulary in {@code files} (the built-in one when the
     * files have no {@code synonyms.yaml}); throws {@code KnowledgeException} listing every problem.
     */
    public static KnowledgeSearch build(KnowledgeBase kb, KnowledgeFiles files) {
        return new KnowledgeSearch(kb, LexiconLoader.load(files, kb));
    }

    /** The best {@code limit} answers to the question (at least 1), best first. */
    public SearchResult search(String question, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        String corrected = spelling.correct(question);
        List<String> stems = analysis.stems(corrected);
        List<WarningSign> signs = warningSigns(symptoms.items(corrected));
        if (stems.isEmpty()) {
            return new SearchResult(question, List.of(), !signs.isEmpty(), signs);
        }
        List<Concept> concepts = synonyms.concepts(stems);
        concepts = concepts.subList(0, Math.min(MAX_CONCEPTS, concepts.size()));
        Set<String> marked = new HashSet<>(stems);
        concepts.forEach(c -> c.alternatives().forEach(marked::addAll));
        List<SearchAnswer> answers = new ArrayList<>();
        for (PassageIndex.Hit hit : ranked(stems, concepts, limit)) {
            Passage p = hit.passage();
            answers.add(new SearchAnswer(p.id(), p.topic(), p.title(), p.text(), p.steps(), p.sources(), p.basis(),
                    Marks.html(analysis, p.text(), marked), hit.score()));
        }
        return new SearchResult(question, answers, !signs.isEmpty(), signs);
    }

    private List<PassageIndex.Hit> ranked(List<String> stems, List<Concept> concepts, int limit) {
        List<PassageIndex.Hit> hits = new ArrayList<>();
        Phrasings.Prepared question = phrasings.prepare(concepts);
        for (PassageIndex.Hit h : index.top(QueryFactory.of(stems, concepts, index), Math.max(limit, CANDIDATES))) {
            double sim = phrasings.similarity(h.passage().id(), question);
            hits.add(new PassageIndex.Hit(h.passage(), (float) (h.score() * (1 + PHRASING_WEIGHT * sim))));
        }
        hits.sort(Comparator.comparingDouble(PassageIndex.Hit::score).reversed());
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private List<WarningSign> warningSigns(List<String> items) {
        List<WarningSign> out = new ArrayList<>();
        for (Rule r : kb.rules()) {
            if (r.items().stream().anyMatch(items::contains)) {
                LevelInfo level = kb.level(r.level());
                out.add(new WarningSign(r.id(), r.level(), level.label(), r.explanation(), level.action(), r.sources()));
            }
        }
        out.sort(Comparator.comparingInt((WarningSign w) -> w.level().rank()).reversed());
        return out;
    }

    private static List<String> vocabulary(List<Passage> passages, SearchLexicon lexicon) {
        List<String> texts = new ArrayList<>();
        for (Passage p : passages) {
            for (Fields f : Fields.values()) {
                texts.addAll(f.of(p));
            }
        }
        lexicon.groups().forEach(texts::addAll);
        lexicon.signs().values().forEach(texts::addAll);
        return texts;
    }
}
