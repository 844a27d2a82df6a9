package org.crampcare.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds mentions of other people ("my husband", "my 4 year old") and decides whom a text is about.
 *
 * <p>A text whose first sentence names the writer's child ("My daughter is 8 and...") is read as
 * a parent's report about that child: children rarely write for themselves. Adults named first
 * ("My sister gets cramps all over") stay other people, so their symptoms set nothing; if the text
 * really was about them, the interview still asks every item, which is the safe outcome.
 */
final class People {
    /** The most words a first sentence may have and still only open the text ("Mum here."). */
    static final int SHORT_OPENER = 3;
    private People() {
    }

    /** The child the text reports about, when it is a parent's report. */
    static Optional<Hit<PersonGroup>> reportedChild(Lexicon lexicon, List<Token> tokens) {
        int firstSentenceEnd = firstSentenceEnd(tokens);
        for (Hit<PersonGroup> h : mentions(lexicon, tokens)) {
            if (h.from() <= firstSentenceEnd && h.meaning().child()) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Mentions that open another person's scope (the reported child's own do not). */
    static List<Hit<PersonGroup>> others(Lexicon lexicon, List<Token> tokens, boolean proxy) {
        List<Hit<PersonGroup>> out = new ArrayList<>();
        for (Hit<PersonGroup> h : mentions(lexicon, tokens)) {
            if (!(proxy && h.meaning().child())) {
                out.add(h);
            }
        }
        return out;
    }

    /** The sex a pronoun after {@code from} gives ("he's cramping" → male), if any. */
    static Optional<String> pronounSex(Lexicon lexicon, List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            String sex = lexicon.pronounSex().get(tokens.get(i).stem());
            if (sex != null) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }

    private static List<Hit<PersonGroup>> mentions(Lexicon lexicon, List<Token> tokens) {
        List<Hit<PersonGroup>> out = new ArrayList<>();
        for (Hit<PersonGroup> h : lexicon.people().find(tokens)) {
            if (determined(lexicon, tokens, h.from())) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether "my", "our"... stands before the person word, perhaps with an age between. */
    private static boolean determined(Lexicon lexicon, List<Token> tokens, int at) {
        int i = at - 1;
        if (i >= 0 && tokens.get(i).isNumber()) {
            i--;
        }
        return i >= 0 && lexicon.determiners().contains(tokens.get(i).stem());
    }

    /**
     * The index of the token ending the first sentence, or the last index when there is none. A
     * short opener ("Mum here.", "Hi all!") is not the first sentence: the one after it is.
     */
    private static int firstSentenceEnd(List<Token> tokens) {
        int words = 0;
        boolean openerSkipped = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).endsSentence()) {
                words += tokens.get(i).kind() == Token.Kind.WORD ? 1 : 0;
            } else if (!openerSkipped && words <= SHORT_OPENER) {
                openerSkipped = true;
            } else {
                return i;
            }
        }
        return tokens.size();
    }
}
