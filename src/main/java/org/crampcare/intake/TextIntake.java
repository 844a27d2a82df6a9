package org.crampcare.intake;

import java.util.List;
import java.util.Optional;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.triage.InputException;
import org.crampcare.triage.TextInterpreter;
import org.crampcare.triage.TextReading;

/**
 * Understands a person's own words: English text in, the contract's answers with their evidence out.
 *
 * <p>Driven by the lexicon ({@code knowledge/lexicon.yaml}), read in the ConText/NegEx style: each
 * phrase found is affirmed, negated ("no swelling" sets swelling false), or silenced when it is
 * hypothetical, uncertain, resolved in the past or about someone else (it then sets nothing, so the
 * interview asks). Immutable and thread-safe: load once, share everywhere.
 */
public final class TextIntake implements TextInterpreter {
    private final Lexicon lexicon;
    private final PhraseReader phrases;
    private final MeasureReader measures;
    private final PersonReader persons;
    private final ContrastReader contrasts;
    private final SimultaneityReader simultaneity;

    private TextIntake(Lexicon lexicon, KnowledgeBase kb) {
        this.lexicon = lexicon;
        this.phrases = new PhraseReader(lexicon, kb);
        this.measures = new MeasureReader(lexicon);
        this.persons = new PersonReader(lexicon);
        this.contrasts = new ContrastReader(lexicon, kb);
        this.simultaneity = new SimultaneityReader(lexicon);
    }

    /**
     * Loads and checks the lexicon from the given knowledge files against the knowledge base.
     *
     * @throws org.crampcare.knowledge.KnowledgeException listing every problem with file and path
     */
    public static TextIntake load(KnowledgeFiles files, KnowledgeBase kb) {
        return new TextIntake(LexiconLoader.load(files, kb), kb);
    }

    /** The built-in lexicon, checked against the knowledge base. */
    public static TextIntake builtIn(KnowledgeBase kb) {
        return load(KnowledgeFiles.builtIn(), kb);
    }

    /**
     * The built-in lexicon when it fits the knowledge base, otherwise an interpreter that refuses
     * text and says why.
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
            return text -> {
                throw new InputException("text", reason);
            };
        }
    }

    @Override
    public TextReading read(String text) {
        List<Token> tokens = lexicon.spelling().read(Tokenizer.tokenize(text));
        Optional<Hit<PersonGroup>> child = People.reportedChild(lexicon, tokens);
        Scopes scopes = Scopes.of(lexicon, tokens, child.isPresent());
        TextScan scan = TextScan.of(lexicon, tokens, scopes);
        Findings findings = new Findings(text);
        phrases.read(scan, findings);
        contrasts.read(scan, findings);
        simultaneity.read(scan, findings);
        measures.read(scan, findings);
        persons.read(scan, child, findings);
        return findings.reading();
    }
}
