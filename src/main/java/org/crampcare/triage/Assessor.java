package org.crampcare.triage;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.Language;
import org.crampcare.selfcare.AdviceBuilder;

/**
 * The one public entry point of the assessment: input in, contract result out.
 *
 * <p>Immutable and thread-safe, so one instance can serve a whole application. Input is fully
 * checked before anything is evaluated; bad input throws {@link InputException} naming the field.
 * A result speaks one {@link Language}: its reasons, next question and advice come from the
 * knowledge in that language, each language's rendered once at start-up, so answering in Spanish
 * costs no more than in English.
 */
public final class Assessor {
    private final KnowledgeBase knowledge;
    private final TextInterpreter textInterpreter;
    private final AnswerNormalizer normalizer;
    private final Map<Language, Speaker> speakers = new EnumMap<>(Language.class);

    /** The parts of an assessment that speak: rule reasons, the next question and the advice, in one language. */
    private record Speaker(TriageEngine engine, AdviceBuilder advice) {
        Speaker(KnowledgeBase knowledge) {
            this(new TriageEngine(knowledge), new AdviceBuilder(knowledge));
        }
    }

    private Assessor(KnowledgeBase knowledge, TextInterpreter textInterpreter) {
        this.knowledge = knowledge.in(Language.base());
        this.textInterpreter = textInterpreter;
        this.normalizer = new AnswerNormalizer(this.knowledge);
        Language.all().forEach(l -> speakers.put(l, new Speaker(this.knowledge.in(l))));
    }

    /** An assessor over the given knowledge, reading free text with the given interpreter. */
    public static Assessor create(KnowledgeBase knowledge, TextInterpreter textInterpreter) {
        return new Assessor(knowledge, textInterpreter);
    }

    /** An assessor over the built-in knowledge that refuses free text. */
    public static Assessor withoutText(KnowledgeBase knowledge) {
        return new Assessor(knowledge, TextInterpreter.NONE);
    }

    /** An assessor over the built-in knowledge, refusing free text. */
    public static Assessor builtIn() {
        return withoutText(KnowledgeLoader.builtIn());
    }

    /** The knowledge this assessor runs on, in the base language ({@link KnowledgeBase#in} gives the others). */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Assesses the input, answering in the language of the input. */
    public AssessmentResult assess(AssessmentInput input) {
        return assess(input, Set.of());
    }

    /**
     * Assesses the input, not offering the skipped items as the next question again; answers in the
     * language of the input.
     *
     * @param skipped items the person said "I don't know" to; they stay unanswered
     */
    public AssessmentResult assess(AssessmentInput input, Set<String> skipped) {
        return assess(input, skipped, null);
    }

    /**
     * Assesses the input and answers in {@code language}, whatever language the input is in: what
     * the person asked to read (a command-line option, an HTTP {@code Accept-Language}).
     *
     * @param skipped items the person said "I don't know" to; they stay unanswered
     */
    public AssessmentResult assessIn(Language language, AssessmentInput input, Set<String> skipped) {
        return assess(input, skipped, java.util.Objects.requireNonNull(language, "language"));
    }

    /** @param asked the language to answer in, or null for the input's own */
    private AssessmentResult assess(AssessmentInput input, Set<String> skipped, Language asked) {
        Map<String, Object> explicit = normalizer.normalize(input.answers(), "answers.");
        TextReading reading = readText(input.text(), input.language());
        Map<String, Object> fromText = normalizer.normalize(reading.answers(), "text:");
        Map<String, Object> answers = fromText.isEmpty() ? explicit : merge(explicit, fromText);
        List<String> textItems = fromText.isEmpty() ? List.of()
                : fromText.keySet().stream().filter(id -> !explicit.containsKey(id)).toList();
        List<TextEvidence> evidence = textItems.isEmpty() ? List.of()
                : reading.evidence().stream().filter(e -> textItems.contains(e.item())).toList();
        List<Confirmation> toConfirm = reading.toConfirm().stream().filter(c -> !answers.containsKey(c.item())).toList();
        Map<String, String> quotes = new LinkedHashMap<>();
        toConfirm.forEach(c -> quotes.putIfAbsent(c.item(), c.quote()));
        Language language = asked != null ? asked : inputLanguage(input, reading);
        Speaker speaker = speakers.get(language);
        TriageOutcome outcome = speaker.engine().evaluate(answers, skipped, quotes.keySet());
        NextQuestion next = outcome.next() == null ? null
                : NextQuestion.of(outcome.next(), quotes.get(outcome.next().id()));
        return new AssessmentResult(knowledge.policyVersion(), outcome.level(), outcome.complete(), next,
                outcome.reasons(), answers, speaker.advice().build(answers, outcome.level()), textItems, evidence,
                toConfirm, language);
    }

    /**
     * The language the person wrote the input in: the input's {@code "language"} when given, else
     * the one its text was read in (detected), else the base language.
     */
    private static Language inputLanguage(AssessmentInput input, TextReading reading) {
        return input.language() != null ? input.language() : reading.language();
    }

    /** Explicit answers win over answers read from text; the result keeps interview order. */
    private Map<String, Object> merge(Map<String, Object> explicit, Map<String, Object> fromText) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (org.crampcare.knowledge.Item item : knowledge.items()) {
            Object v = explicit.containsKey(item.id()) ? explicit.get(item.id()) : fromText.get(item.id());
            if (v != null) {
                merged.put(item.id(), v);
            }
        }
        return java.util.Collections.unmodifiableMap(merged);
    }

    private TextReading readText(String text, Language language) {
        if (text == null || text.isBlank()) {
            return new TextReading(Map.of(), List.of(), List.of(), language == null ? Language.base() : language);
        }
        return textInterpreter.read(text, language);
    }
}
