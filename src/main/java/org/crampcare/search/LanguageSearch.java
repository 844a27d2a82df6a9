package org.crampcare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.Rule;

/**
 * "Ask CrampCare" in one language: questions in that language answered from the knowledge's
 * passages in that language, best answer first, or no answer when the question is about something
 * the knowledge does not cover.
 *
 * <p>Built once into an in-memory Lucene index of every content entry and every warning sign of the
 * triage policy; immutable and safe to share between threads afterwards. Questions are
 * spell-corrected against the knowledge's own words, stemmed, and widened with the language's
 * synonyms; with the embedding model, that word ranking is fused with a ranking by meaning.
 * Questions about subjects the language's scope file lists as not covered get no answers, nor do
 * questions about a subject the knowledge never names ({@link Unfamiliar}, where the scope file asks
 * for it), nor questions no passage is close to: in meaning when the model is used (unless the
 * question names a cramp), otherwise when none of the best word hits speaks of most of the question.
 */
final class LanguageSearch {
    private static final int MAX_CONCEPTS = 40;
    /** The most words of a question embedded for the ranking by meaning (see {@link MeaningText}). */
    static final int MEANING_WORDS = MeaningText.MAX_WORDS;
    /** How many index hits are re-ranked by how closely they match a phrasing of the entry. */
    private static final int CANDIDATES = 30;
    private static final double PHRASING_WEIGHT = 1.0;
    /** How much more a passage that gives the kind of answer asked for counts (see {@link AnswerTypes}). */
    static final double ANSWER_TYPE_BONUS = 0.2;
    /**
     * The least cosine similarity between the question and its closest passage for answers to be
     * given on meaning alone. Calibrated on the project's own off-topic and near-topic questions
     * (other health problems, fitness, chit-chat): they stay below it, while on-topic questions
     * rarely do.
     */
    static final double MIN_SIMILARITY = 0.5;
    /**
     * Short search-box queries ("crick", "frozen peas") embed poorly, so a question whose words one of
     * the best word hits covers almost entirely is answered down to {@link #FLOOR_SIMILARITY}. Off-topic
     * questions always leave much of themselves uncovered: their own subject is not in the knowledge.
     */
    static final double MIN_COVERAGE = 0.8;
    /** How many of the best word hits are checked for covering the question. */
    private static final int COVERAGE_CANDIDATES = 5;
    static final double FLOOR_SIMILARITY = 0.2;

    private final KnowledgeBase kb;
    private final TextAnalysis analysis;
    private final Spelling spelling;
    private final Synonyms synonyms;
    private final SymptomDetector symptoms;
    private final PassageIndex index;
    private final Phrasings phrasings;
    private final ScopeCheck scope;
    /**
     * Null when the language's scope file does not put unfamiliar subjects outside the knowledge, or
     * when every question is answered (words alone, for comparison).
     */
    private final Unfamiliar unfamiliar;
    private final AnswerTypes answerTypes;
    private final MeaningText meaningText;
    /** The passages, kept for the ranking by meaning that is built later. */
    private final List<Passage> passages;
    /** Null when searching by words alone; completed by the first {@link #warmUp}. */
    private final CompletableFuture<DenseIndex> meaning;
    private final AtomicBoolean meaningStarted = new AtomicBoolean();
    private final boolean wordsAbstain;

    /**
     * @param kb           the knowledge in the language searched
     * @param dense        whether to rank by meaning too (the model is loaded by {@link #warmUp})
     * @param wordsAbstain without the model, whether to give no answers to a question that names none
     *                     of the scope's subject words and that none of its best word hits covers
     *                     almost entirely ({@link #MIN_COVERAGE}); otherwise every question is answered
     */
    LanguageSearch(KnowledgeBase kb, SearchLexicon lexicon, Scope scope, boolean dense, boolean wordsAbstain) {
        this.kb = kb;
        this.analysis = new TextAnalysis(kb.language(), lexicon.stopWords());
        this.passages = Passages.of(kb);
        this.meaning = dense ? new CompletableFuture<>() : null;
        this.wordsAbstain = wordsAbstain;
        this.index = PassageIndex.build(passages, analysis);
        this.phrasings = new Phrasings(passages, analysis, dense);
        List<String> known = KnowledgeWords.texts(passages, lexicon);
        this.spelling = new Spelling(analysis, KnowledgeWords.withScope(known, scope));
        this.unfamiliar = scope.unfamiliarOutside() && (dense || wordsAbstain)
                ? new Unfamiliar(analysis, KnowledgeWords.withCues(known, lexicon), scope.subjectWords(), scope.bodyWords())
                : null;
        this.synonyms = new Synonyms(analysis, lexicon.groups());
        this.symptoms = new SymptomDetector(analysis, lexicon);
        this.scope = new ScopeCheck(analysis, scope);
        this.answerTypes = new AnswerTypes(analysis, lexicon.answerTypes(), passages);
        this.meaningText = new MeaningText(analysis, KnowledgeWords.ofPassages(passages), lexicon.groups());
    }

    /** The best {@code limit} answers to the question (at least 1), best first; none when not covered. */
    SearchResult search(String question, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return answer(retrieve(question), limit, Fusion.BALANCED, MIN_SIMILARITY);
    }

    /** Everything the ranking needs about a question: its reading and both candidate lists. */
    Retrieved retrieve(String question) {
        String corrected = spelling.correct(question);
        List<String> stems = analysis.stems(corrected);
        List<WarningSign> signs = warningSigns(symptoms.items(corrected));
        boolean personal = symptoms.personal(corrected);
        Optional<String> outside = stems.isEmpty() ? Optional.of("") : outside(question, corrected);
        if (outside.isPresent()) {
            return new Retrieved(question, personal, signs, outside.get(), Set.of(), List.of(), 0, false, List.of(), null);
        }
        List<Concept> all = synonyms.concepts(stems);
        List<Concept> concepts = all.subList(0, Math.min(MAX_CONCEPTS, all.size()));
        Set<String> marked = new HashSet<>(stems);
        concepts.forEach(c -> c.alternatives().forEach(marked::addAll));
        List<DenseIndex.Hit> close = meaning == null ? null : dense().top(forMeaning(corrected), CANDIDATES);
        Phrasings.Prepared prepared = phrasings.prepare(concepts);
        Optional<AnswerTypes.Cue> cue = answerTypes.cue(corrected);
        List<PassageIndex.Hit> words = byWords(stems, concepts,
                cue.filter(c -> meaning != null).map(c -> phrasings.prepareSubject(concepts, c.stems())).orElse(prepared));
        double coverage = 0;
        for (PassageIndex.Hit h : words.subList(0, Math.min(COVERAGE_CANDIDATES, words.size()))) {
            coverage = Math.max(coverage, phrasings.coverage(h.passage().id(), prepared));
        }
        boolean onSubject = unfamiliar != null ? unfamiliar.namesSubject(corrected) : scope.namesSubject(corrected);
        return new Retrieved(question, personal, signs, null, Set.copyOf(marked), words, coverage, onSubject, close,
                cue.map(AnswerTypes.Cue::type).orElse(null));
    }

    /**
     * The subject the question is about when the knowledge does not cover it: one the scope file lists
     * (named), or an unfamiliar one (the empty string, see {@link Unfamiliar}); empty when it may be covered.
     */
    private Optional<String> outside(String question, String corrected) {
        Optional<String> listed = scope.notCovered(question).or(() -> scope.notCovered(corrected));
        if (listed.isPresent() || unfamiliar == null) {
            return listed;
        }
        return unfamiliar.outside(question, corrected) ? Optional.of("") : Optional.empty();
    }

    /**
     * A question's reading and candidates.
     *
     * @param notCovered the not-covered subject found in the question, or null
     * @param coverage   how much of the question one of the best word hits speaks of, from 0 to 1
     * @param onSubject  whether the question names one of the scope's subject words
     * @param meaning    the passages closest in meaning, or null when searching by words alone
     * @param answerType the kind of answer the question asks for ({@link AnswerTypes}), or null
     */
    record Retrieved(String question, boolean personal, List<WarningSign> signs, String notCovered, Set<String> marked,
                     List<PassageIndex.Hit> words, double coverage, boolean onSubject, List<DenseIndex.Hit> meaning,
                     String answerType) {
    }

    /**
     * The answers from a question's candidates: fused, then cut off when nothing is close enough. A
     * question that names a cramp is never cut off on meaning: it is on the knowledge's subject, and
     * long or oddly worded ones embed far from every passage (the scope rules still apply to it).
     */
    SearchResult answer(Retrieved r, int limit, Fusion fusion, double minSimilarity) {
        boolean symptomatic = !r.signs().isEmpty();
        if (r.notCovered() != null) {
            return new SearchResult(r.question(), List.of(), symptomatic, r.signs(), r.notCovered(), r.personal());
        }
        List<PassageIndex.Hit> ranked;
        if (r.meaning() == null) {
            if (wordsAbstain && !r.onSubject() && r.coverage() < MIN_COVERAGE) {
                return new SearchResult(r.question(), List.of(), symptomatic, r.signs(), "", r.personal());
            }
            ranked = r.words();
        } else {
            double closest = r.meaning().isEmpty() ? 0 : r.meaning().get(0).similarity();
            if (!r.onSubject() && closest < minSimilarity && (r.coverage() < MIN_COVERAGE || closest < FLOOR_SIMILARITY)) {
                return new SearchResult(r.question(), List.of(), symptomatic, r.signs(), "", r.personal());
            }
            ranked = fusion.fuse(r.words(), r.meaning());
        }
        ranked = byAnswerType(ranked, r.answerType());
        List<SearchAnswer> answers = new ArrayList<>();
        for (PassageIndex.Hit hit : ranked.subList(0, Math.min(limit, ranked.size()))) {
            Passage p = hit.passage();
            answers.add(new SearchAnswer(p.id(), p.topic(), p.title(), p.text(), p.steps(), p.sources(), p.basis(),
                    Marks.html(analysis, p.text(), r.marked()), hit.score()));
        }
        return new SearchResult(r.question(), answers, symptomatic, r.signs(), answers.isEmpty() ? "" : null,
                r.personal());
    }

    /**
     * Starts loading the embedding model and embedding the passages on another thread, unless that
     * has started already; takes seconds. A server calls this once its port is open, so the work
     * stays off the start-up path; a search that arrives before it is done waits for it.
     */
    void warmUp() {
        if (meaning != null && meaningStarted.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    meaning.complete(DenseIndex.build(passages));
                } catch (RuntimeException | Error e) {
                    meaning.completeExceptionally(e);
                }
            });
        }
    }

    /**
     * Starts the warm-up unless it has started, then waits until it has ended, whether it worked or
     * not (a failure is thrown to searches, not here).
     */
    void awaitWarmUp() {
        warmUp();
        if (meaning != null) {
            meaning.handle((index, failure) -> index).join();
        }
    }

    private DenseIndex dense() {
        warmUp();
        try {
            return meaning.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The ranking with passages that give the kind of answer asked for raised by {@link #ANSWER_TYPE_BONUS},
     * so that of two passages on the same subject the one answering "how long" wins a "how long" question.
     */
    private List<PassageIndex.Hit> byAnswerType(List<PassageIndex.Hit> ranked, String type) {
        if (type == null) {
            return ranked;
        }
        List<PassageIndex.Hit> out = new ArrayList<>();
        for (PassageIndex.Hit h : ranked) {
            boolean gives = answerTypes.gives(h.passage().id(), type);
            out.add(gives ? new PassageIndex.Hit(h.passage(), (float) (h.score() * (1 + ANSWER_TYPE_BONUS))) : h);
        }
        out.sort(Comparator.comparingDouble(PassageIndex.Hit::score).reversed());
        return out;
    }

    /** The text the model reads for the ranking by meaning ({@link MeaningText}). */
    String forMeaning(String corrected) {
        return meaningText.of(corrected);
    }

    /** The word ranking: index hits re-ranked by how closely the question matches an entry's phrasings. */
    private List<PassageIndex.Hit> byWords(List<String> stems, List<Concept> concepts, Phrasings.Prepared question) {
        List<PassageIndex.Hit> hits = new ArrayList<>();
        for (PassageIndex.Hit h : index.top(QueryFactory.of(stems, concepts, index), CANDIDATES)) {
            double sim = phrasings.similarity(h.passage().id(), question);
            hits.add(new PassageIndex.Hit(h.passage(), (float) (h.score() * (1 + PHRASING_WEIGHT * sim))));
        }
        hits.sort(Comparator.comparingDouble(PassageIndex.Hit::score).reversed());
        return hits;
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
}
