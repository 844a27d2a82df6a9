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
 * questions no passage is close to: in meaning when the model is used, otherwise when none of the
 * best word hits speaks of most of the question.
 */
final class LanguageSearch {
    private static final int MAX_CONCEPTS = 40;
    /** The most words of a question embedded for the ranking by meaning (see {@link #forMeaning}). */
    static final int MEANING_WORDS = 16;
    /** How many index hits are re-ranked by how closely they match a phrasing of the entry. */
    private static final int CANDIDATES = 30;
    private static final double PHRASING_WEIGHT = 1.0;
    /** How much more a passage that gives the kind of answer asked for counts (see {@link AnswerTypes}). */
    static final double ANSWER_TYPE_BONUS = 0.2;
    /**
     * How much more a passage that speaks of all of the question counts than one that speaks of none
     * of it (see {@link #byCoverage}); 0.3 was measured on the project's English question sets
     * (0 and 0.3 compared: two more right answers, none lost).
     */
    static final double COVERAGE_WEIGHT = 0.3;
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
    /**
     * The least cosine similarity at which a question its best word hits cover almost entirely
     * ({@link #MIN_COVERAGE}) is still answered. Why: short search-box queries ("crick", "frozen
     * peas") embed poorly and fall below {@link #MIN_SIMILARITY}, but a question with next to no
     * meaning in common with its closest passage is not answered even when its words are covered.
     */
    static final double FLOOR_SIMILARITY = 0.15;
    /**
     * The least cosine similarity for answers to a question that names the knowledge's subject (a
     * cramp, a spasm: the scope's {@code subjectWords}) and no not-covered subject. A long question
     * that tells the person's own story before asking embeds far from every short passage even when
     * what it asks is plain ("... how much water should I drink a day"); on the project's question
     * sets, no off-topic question that names a cramp and escapes the not-covered subjects comes
     * below {@link #MIN_SIMILARITY}, while such on-topic questions came down to 0.42.
     */
    static final double ON_SUBJECT_SIMILARITY = 0.4;

    private final KnowledgeBase kb;
    private final TextAnalysis analysis;
    private final Spelling spelling;
    private final Synonyms synonyms;
    private final SymptomDetector symptoms;
    private final PassageIndex index;
    private final Phrasings phrasings;
    private final ScopeCheck scope;
    private final AnswerTypes answerTypes;
    private final Contrasts contrasts;
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
        this.phrasings = new Phrasings(passages, analysis);
        this.spelling = new Spelling(analysis, vocabulary(passages, lexicon, scope.notCovered()), lexicon.shorthand());
        this.synonyms = new Synonyms(analysis, lexicon.groups());
        this.symptoms = new SymptomDetector(analysis, lexicon);
        this.scope = new ScopeCheck(analysis, scope);
        this.answerTypes = new AnswerTypes(analysis, lexicon.answerTypes(), passages);
        this.contrasts = new Contrasts(analysis, lexicon.contrasts(), lexicon.contrastEnds());
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
        Optional<String> outside = stems.isEmpty() ? Optional.of("")
                : scope.notCovered(question).or(() -> scope.notCovered(corrected));
        if (outside.isPresent()) {
            return new Retrieved(question, personal, signs, outside.get(), Set.of(), List.of(), 0, false, List.of(), null,
                    null);
        }
        List<Concept> concepts = synonyms.concepts(stems);
        concepts = concepts.subList(0, Math.min(MAX_CONCEPTS, concepts.size()));
        Set<String> marked = new HashSet<>(stems);
        concepts.forEach(c -> c.alternatives().forEach(marked::addAll));
        String focus = focus(question);
        Set<String> focused = answerTypes.onlyCues(focus) ? Set.of() : Set.copyOf(analysis.stems(focus));
        List<DenseIndex.Hit> close = meaning == null ? null : dense().top(forMeaning(corrected), CANDIDATES);
        Set<String> aside = contrasts.setAside(question, spelling);
        Phrasings.Prepared prepared = phrasings.prepare(asked(concepts, aside));
        List<PassageIndex.Hit> words = byWords(stems, concepts, aside, focused, prepared);
        double coverage = 0;
        for (PassageIndex.Hit h : words.subList(0, Math.min(COVERAGE_CANDIDATES, words.size()))) {
            coverage = Math.max(coverage, phrasings.coverage(h.passage().id(), prepared));
        }
        return new Retrieved(question, personal, signs, null, Set.copyOf(marked), words, coverage,
                scope.namesSubject(corrected), close, answerType(question, corrected, focus).orElse(null), prepared);
    }

    /**
     * The spell-corrected sentences of the question that ask ({@link Focus}), or an empty string when
     * the question has no story around what it asks. A focus made only of cues ("Why?") gives the kind
     * of answer and no words to weigh: the story then says what the question is about.
     */
    private String focus(String question) {
        String focus = Focus.of(question, s -> answerTypes.of(spelling.correct(s)).isPresent());
        return focus.isEmpty() ? "" : spelling.correct(focus);
    }

    /**
     * The concepts without those of an option the question sets aside ({@link Contrasts}), unless that
     * would leave none: what the question asks about, for matching phrasings and for coverage.
     */
    private static List<Concept> asked(List<Concept> concepts, Set<String> aside) {
        List<Concept> kept = concepts.stream().filter(c -> !c.own().stream().allMatch(aside::containsAll)).toList();
        return kept.isEmpty() ? concepts : kept;
    }

    /**
     * The kind of answer asked for: read first in the part of the question marked with "¿...?"
     * ({@link AnswerTypes#asked}), then in its focus ({@link Focus}), then in the whole question.
     */
    private Optional<String> answerType(String question, String corrected, String focus) {
        String asked = AnswerTypes.asked(question);
        Optional<String> marked = asked.isEmpty() ? Optional.empty() : answerTypes.of(spelling.correct(asked));
        return marked.or(() -> focus.isEmpty() ? Optional.empty() : answerTypes.of(focus))
                .or(() -> answerTypes.of(corrected));
    }

    /**
     * A question's reading and candidates.
     *
     * @param notCovered the not-covered subject found in the question, or null
     * @param coverage   how much of the question one of the best word hits speaks of, from 0 to 1
     * @param onSubject  whether the question names one of the scope's subject words
     * @param meaning    the passages closest in meaning, or null when searching by words alone
     * @param answerType the kind of answer the question asks for ({@link AnswerTypes}), or null
     * @param prepared   the question's concepts prepared for {@link Phrasings}, or null when not covered
     */
    record Retrieved(String question, boolean personal, List<WarningSign> signs, String notCovered, Set<String> marked,
                     List<PassageIndex.Hit> words, double coverage, boolean onSubject, List<DenseIndex.Hit> meaning,
                     String answerType, Phrasings.Prepared prepared) {
    }

    /** The answers from a question's candidates: fused, then cut off when nothing is close enough. */
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
            double needed = r.onSubject() ? Math.min(minSimilarity, ON_SUBJECT_SIMILARITY) : minSimilarity;
            if (closest < needed && (r.coverage() < MIN_COVERAGE || closest < FLOOR_SIMILARITY)) {
                return new SearchResult(r.question(), List.of(), symptomatic, r.signs(), "", r.personal());
            }
            ranked = fusion.fuse(r.words(), r.meaning());
        }
        ranked = byCoverage(ranked, r.prepared());
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

    /**
     * The ranking with each passage raised by how much of the question it speaks of anywhere in its
     * fields ({@link Phrasings#coverage}), up to {@link #COVERAGE_WEIGHT} for all of it.
     *
     * <p>Why: a general entry whose title matches the question's subject strongly ("night leg cramps")
     * otherwise beats the specific entry that also speaks of what the question adds (light exercise,
     * a child, a medicine); the specific entry covers more of the question.
     */
    private List<PassageIndex.Hit> byCoverage(List<PassageIndex.Hit> ranked, Phrasings.Prepared question) {
        if (question == null) {
            return ranked;
        }
        List<PassageIndex.Hit> out = new ArrayList<>();
        for (PassageIndex.Hit h : ranked) {
            double c = phrasings.coverage(h.passage().id(), question);
            out.add(new PassageIndex.Hit(h.passage(), (float) (h.score() * (1 + COVERAGE_WEIGHT * c))));
        }
        out.sort(Comparator.comparingDouble(PassageIndex.Hit::score).reversed());
        return out;
    }

    /**
     * The text embedded for the ranking by meaning: the whole question when it has at most
     * {@link #MEANING_WORDS} words, otherwise its first {@link #MEANING_WORDS} words that are not stop
     * words. The model's work grows with every word piece it reads, so this keeps a search's cost
     * bounded whatever the question's length; a short question keeps its small words, which carry
     * much of the meaning of a vague one ("what can I do so this stops"), while a long question's
     * content words carry it on their own (on the project's question sets, embedding only content
     * words ranked as well as the whole question).
     */
    String forMeaning(String corrected) {
        List<String> words = analysis.words(corrected);
        if (words.size() <= MEANING_WORDS) {
            return String.join(" ", words);
        }
        List<String> content = words.stream().filter(w -> !analysis.isStopWord(w)).toList();
        return String.join(" ", content.subList(0, Math.min(MEANING_WORDS, content.size())));
    }

    /**
     * The word ranking: index hits re-ranked by how closely the question matches an entry's phrasings;
     * the words of an option the question sets aside ({@code aside}, see {@link Contrasts}) count less.
     */
    private List<PassageIndex.Hit> byWords(List<String> stems, List<Concept> concepts, Set<String> aside,
                                           Set<String> focused, Phrasings.Prepared question) {
        List<PassageIndex.Hit> hits = new ArrayList<>();
        for (PassageIndex.Hit h : index.top(QueryFactory.of(stems, concepts, aside, focused, index), CANDIDATES)) {
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

    /** Every word search knows, so that a misspelling of any of them (a not-covered subject too) is corrected. */
    private static List<String> vocabulary(List<Passage> passages, SearchLexicon lexicon, List<ScopeRule> scope) {
        List<String> texts = new ArrayList<>();
        for (Passage p : passages) {
            for (Fields f : Fields.values()) {
                texts.addAll(f.of(p));
            }
        }
        lexicon.groups().forEach(texts::addAll);
        lexicon.signs().values().forEach(texts::addAll);
        scope.forEach(r -> r.all().forEach(texts::addAll));
        return texts;
    }
}
