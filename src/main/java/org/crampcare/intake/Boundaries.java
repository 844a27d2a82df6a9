package org.crampcare.intake;

import java.util.List;

/**
 * Where scopes must stop in one text.
 *
 * <p>Hard boundaries split clauses: a sentence end, a clause break ("but", "although", or a cue
 * that resolves the clause before it, "pero ya se me quitó"), or a comma
 * or "and" followed by a clause start ("and I", ", it"), except in a list after a colon
 * ("cramps all over: both calves, my hands, even my stomach"). Soft boundaries are terminators ("just",
 * "when") and the start of any other cue; they end scopes but not clauses. A conditional scope ("si
 * algún día", "in case") runs on past a soft boundary that only starts a denial: "si algún día no
 * lo aguanto" is as hypothetical as "si algún día es insoportable". A conditional also runs on past
 * a bare terminator, to its clause's end: "if the cramps start after touching pesticide" is a
 * condition whole, while a question ("is it dangerous to get cramps after using flea spray?") ends
 * at the terminator, as what follows it often happened.
 */
record Boundaries(List<Hit<CueKind>> cues, boolean[] hardAt, boolean[] softAt, boolean[] denialOnlyAt,
                  boolean[] terminatorOnlyAt) {

    static Boundaries of(Lexicon lexicon, List<Token> tokens) {
        List<Hit<CueKind>> cues = lexicon.cues().find(tokens);
        boolean[] hard = new boolean[tokens.size()];
        boolean[] soft = new boolean[tokens.size()];
        boolean inList = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean joiner = t.word().equals(",") || lexicon.grammar().and().contains(t.word());
            hard[i] = t.endsSentence() || (joiner && !inList && i + 1 < tokens.size()
                    && lexicon.clauseStarts().has(tokens.get(i + 1)));
            inList = (inList || t.word().equals(":")) && !t.endsSentence();
        }
        boolean[] denial = new boolean[tokens.size()];
        boolean[] terminator = new boolean[tokens.size()];
        boolean[] other = new boolean[tokens.size()];
        for (Hit<CueKind> cue : cues) {
            if (cue.meaning() == CueKind.CLAUSE_BREAK || cue.meaning() == CueKind.RESOLVED_BEFORE
                    || cue.meaning() == CueKind.RETRACTION) {
                hard[cue.from()] = true;
            } else {
                soft[cue.from()] = true;
                (cue.meaning().denies() ? denial : cue.meaning() == CueKind.TERMINATOR ? terminator : other)[cue.from()] = true;
            }
        }
        for (int i = 0; i < denial.length; i++) {
            boolean denies = denial[i];
            denial[i] = denies && !other[i] && !terminator[i];
            terminator[i] = terminator[i] && !other[i] && !denies;
        }
        return new Boundaries(List.copyOf(cues), hard, soft, denial, terminator);
    }

    boolean hard(int token) {
        return hardAt[token];
    }

    boolean soft(int token) {
        return softAt[token];
    }

    /** Whether the soft boundary here is only a terminator ("just", "after", "when"), no cue of another kind. */
    boolean terminatorOnly(int token) {
        return terminatorOnlyAt[token];
    }

    /** Whether the soft boundary here only starts a denial ("no", "sin", "no lo aguanto"). */
    boolean denialOnly(int token) {
        return denialOnlyAt[token];
    }

    /** Whether a clause starts at this token: the text's start, or right after a mark or a boundary. */
    boolean clauseStartsAt(List<Token> tokens, Lexicon lexicon, int token) {
        if (token == 0 || hardAt[token]) {
            return true;
        }
        Token before = tokens.get(token - 1);
        return before.kind() == Token.Kind.PUNCTUATION || hardAt[token - 1]
                || lexicon.grammar().and().contains(before.word());
    }
}
