package org.crampcare.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Problem;
import org.crampcare.triage.InputException;
import org.crampcare.triage.TextInterpreter;
import org.crampcare.triage.TextReading;

/**
 * Understands a person's own words, in English or Spanish: text in, the contract's answers with
 * their evidence out.
 *
 * <p>One engine, driven by each language's lexicon ({@code knowledge/lexicon.yaml},
 * {@code lexicon.es.yaml}), read in the ConText/NegEx style: each phrase found is affirmed,
 * negated ("no swelling", "sin hinchazón" set swelling false), or silenced when it is
 * hypothetical, uncertain, resolved in the past or about someone else (it then sets nothing, so
 * the interview asks). The language is the one asked for, else the one {@link LanguageDetector}
 * finds; when it is unsure, the text is read in every language and the safer reading kept.
 * Immutable and thread-safe: load once, share everywhere.
 */
public final class TextIntake implements TextInterpreter {
    private final Map<Language, LexiconReader> readers;

    private TextIntake(Map<Language, LexiconReader> readers) {
        this.readers = readers;
    }

    /**
     * Loads and checks every language's lexicon from the given knowledge files against the
     * knowledge base.
     *
     * @throws org.crampcare.knowledge.KnowledgeException listing every problem with file and path
     */
    public static TextIntake load(KnowledgeFiles files, KnowledgeBase kb) {
        List<Problem> problems = new ArrayList<>();
        Map<Language, LexiconReader> readers = new EnumMap<>(Language.class);
        for (Language language : Language.all()) {
            Optional<Lexicon> lexicon = LexiconLoader.load(files, kb, language, problems);
            lexicon.ifPresent(l -> readers.put(language, new LexiconReader(language, l, kb)));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new TextIntake(readers);
    }

    /** The built-in lexicons, checked against the knowledge base. */
    public static TextIntake builtIn(KnowledgeBase kb) {
        return load(KnowledgeFiles.builtIn(), kb);
    }

    /**
     * The built-in lexicons when they fit the knowledge base, otherwise an interpreter that
     * refuses text and says why.
     *
     * <p>A knowledge folder with other interview items (a test fixture, a different policy) must
     * still load for everything else; its text is refused with the lexicon's problems rather than
     * read with words that name items it does not have. The shipped knowledge always fits: the
     * intake tests load it with {@link #builtIn}, which throws.
     */
    public static TextInterpreter builtInOrRefusing(KnowledgeBase kb) {
        try {
            return builtIn(kb);
        } catch (KnowledgeException e) {
            String reason = "free-text reading is off: the built-in lexicon does not fit this knowledge ("
                    + e.problems().size() + " problem(s), first: " + e.problems().get(0) + ")";
            return (text, language) -> {
                throw new InputException("text", reason);
            };
        }
    }

    /** The language the text is most likely written in, and whether the evidence is clear. */
    LanguageDetector.Verdict detect(String text) {
        return LanguageDetector.detect(text, tokens(text), readers);
    }

    /**
     * Reads the text in {@code language}, or in the detected language when it is null; when the
     * language cannot be told, or the text is clearly written in another language than the one
     * named, it is read in every language and the safest reading kept.
     *
     * <p>Why the second case: a person who picks Spanish but types English (or a client that sends
     * {@code "language": "es"} with English text) would otherwise get a reading that found nothing,
     * and a missed emergency sign. Reading in both can only add signs, never drop one (hazard H-03).
     */
    @Override
    public TextReading read(String text, Language language) {
        Map<Language, List<Token>> tokens = tokens(text);
        LanguageDetector.Verdict verdict = LanguageDetector.detect(text, tokens, readers);
        Language named = language != null ? language : verdict.language();
        boolean agreed = verdict.sure() && verdict.language() == named;
        if (agreed || language != null && !verdict.sure()) {
            return readers.get(named).read(text, tokens.get(named));
        }
        List<TextReading> all = new ArrayList<>();
        Map<Language, Integer> firstDenial = new EnumMap<>(Language.class);
        readers.forEach((l, reader) -> {
            all.add(reader.read(text, tokens.get(l)));
            firstDenial.put(l, reader.firstDenial(tokens.get(l)));
        });
        return SafestReading.of(all, named, (reading, offset) -> firstDenial.get(reading) < offset);
    }

    private Map<Language, List<Token>> tokens(String text) {
        Map<Language, List<Token>> out = new EnumMap<>(Language.class);
        readers.forEach((l, reader) -> out.put(l, reader.tokens(text)));
        return out;
    }
}
