package org.crampcare.intake;

import java.util.List;
import java.util.Optional;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.TextReading;

/**
 * Reads text with the lexicon of one language: the one engine, run on that language's data.
 *
 * <p>The text is tokenized in the language's word forms, shorthand expanded and slips corrected;
 * ConText scopes are laid over it, and each reader (phrases, contrasts, several places at once,
 * numbers, who it is about) adds what it finds. Immutable and thread-safe.
 */
final class LexiconReader {
    private final Language language;
    private final Lexicon lexicon;
    private final KnowledgeBase kb;
    private final PhraseReader phrases;
    private final MeasureReader measures;
    private final PersonReader persons;
    private final ContrastReader contrasts;
    private final SimultaneityReader simultaneity;

    LexiconReader(Language language, Lexicon lexicon, KnowledgeBase kb) {
        this.language = language;
        this.lexicon = lexicon;
        this.kb = kb;
        this.phrases = new PhraseReader(lexicon, kb);
        this.measures = new MeasureReader(lexicon);
        this.persons = new PersonReader(lexicon);
        this.contrasts = new ContrastReader(lexicon, kb);
        this.simultaneity = new SimultaneityReader(lexicon);
    }

    Language language() {
        return language;
    }

    /** The text's tokens as written, in this language's word forms (before spelling). */
    List<Token> tokens(String text) {
        return Tokenizer.tokenize(text, lexicon.forms());
    }

    /** Whether this language's lexicon uses the word (folded), or reads it as shorthand. */
    boolean knows(String word) {
        return lexicon.spelling().knows(word);
    }

    /** Whether the character is one this language uses and others rarely do. */
    boolean marks(char c) {
        return lexicon.forms().marks(c);
    }

    /**
     * Where the first denial word of this language (a negation cue, or a phrase built on one) starts
     * in the text, or {@link Integer#MAX_VALUE} when there is none.
     */
    int firstDenial(List<Token> written) {
        List<Token> tokens = lexicon.spelling().read(written);
        return lexicon.cues().find(tokens).stream().filter(h -> h.meaning().denies())
                .mapToInt(h -> tokens.get(h.from()).start()).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Reads a text already split by {@link #tokens}, as the report about the person it names (a
     * child, a caregiver's adult, or the adult it opens with when the writer speaks of no cramps of
     * their own: see {@link WhoseText}), or else as the writer's own. When the writer speaks of their
     * own cramps beside the adult the text opens with, it is the writer's, but what the adult's
     * reading would set as a red flag is asked: whose sign it is stays unclear, so it is never
     * dropped (hazard H-20).
     */
    TextReading read(String text, List<Token> written) {
        List<Token> tokens = lexicon.spelling().read(written);
        Optional<Hit<PersonGroup>> reported = People.reportedPerson(lexicon, tokens);
        if (reported.isPresent()) {
            return read(text, tokens, Scopes.of(lexicon, tokens, reported), reported);
        }
        Scopes writerScopes = Scopes.of(lexicon, tokens, Optional.empty());
        TextReading own = read(text, tokens, writerScopes, Optional.empty());
        Optional<Hit<PersonGroup>> opener = People.openingAdult(lexicon, tokens);
        if (opener.isEmpty()) {
            return own;
        }
        TextReading theirs = read(text, tokens, Scopes.of(lexicon, tokens, opener), opener);
        if (WhoseText.writerSpeaksOfOwn(lexicon, tokens, writerScopes, own)) {
            return WhoseText.askingTheirRedFlags(own, theirs, item -> PhraseReader.isRedFlag(kb, item));
        }
        return theirs;
    }

    private TextReading read(String text, List<Token> tokens, Scopes scopes, Optional<Hit<PersonGroup>> child) {
        TextScan scan = TextScan.of(lexicon, tokens, scopes, child);
        Findings findings = new Findings(text);
        phrases.read(scan, findings);
        contrasts.read(scan, findings);
        simultaneity.read(scan, findings);
        measures.read(scan, findings);
        persons.read(scan, child, findings);
        return findings.reading(language);
    }
}
