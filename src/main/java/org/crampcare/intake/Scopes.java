package org.crampcare.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ConText reading of one text: for every token, its sentence and clause, and whether it lies
 * in a negation, a hypothetical, an uncertain, a resolved-past or another person's scope.
 *
 * <p>Negation, hypothetical and uncertainty scopes run forward from their cue and end at a
 * sentence end, a clause break ("but"), a terminator ("just") or a comma or "and" that starts a new
 * clause; negation also stops after {@link #NEGATION_WORDS} words, as NegEx does, so a "no" early in
 * a long sentence does not silence a symptom at its end, and at a comma unless a list of
 * alternatives follows it ("no swelling, redness or warmth"), so a terse "not swollen, can't take
 * this pain" keeps its red flag. A resolved-past cue covers its
 * comma-bounded clause in both directions ("a clot three years ago, long gone"), at most
 * {@link ResolvedPast#RESOLVED_PAST_WORDS} words each way. Another person's
 * scope runs to the end of the clause or to the first word about the writer ("my husband has
 * swelling, but I..."). Two cues look backwards: a fronted denial ("hinchada no la tengo", "caliente
 * no está") denies the few words that open its clause, and a resolution after a clause break
 * ("tuve hormigueo, pero ya no.") silences the clause before it. Scopes only ever remove facts, so
 * erring towards short scopes errs towards reading a symptom, which is the safe side.
 */
final class Scopes {
    static final int NEGATION_WORDS = 6;
    /**
     * How many words a contrast denies ("sore rather than AGONY", "more of an ache than ANYTHING
     * UNBEARABLE"): only the term set against the one affirmed, never a clause beyond it ("rather than
     * easing off it got unbearable" keeps its red flag).
     */
    static final int CONTRAST_DENIAL_WORDS = 2;
    static final String UNCERTAIN = "uncertain";
    static final String HYPOTHETICAL = "hypothetical";
    static final String SOMEONE_ELSE = "someone else";
    /**
     * Another person's topic carried on by a word that may also mean the writer's thing ("her leg,
     * IT blew up"): silenced as someone else's, but a red flag there is asked, quoting the words.
     */
    static final String CARRIED = "someone else, carried on";
    /** Why a mention the writer took back sets nothing ("cramps all over. Well, I exaggerate: ..."). */
    static final String RETRACTED = "retracted";
    static final int POST_NEGATION_WORDS = 4;
    /** How many words before it a checklist's cross denies ("numb toes ❌"). */
    static final int CROSS_WORDS = 2;
    /** How many words before it a fronted denial can reach, from the start of its clause. */
    static final int TRAILING_NEGATION_WORDS = 3;
    /** How far after a pronoun a telling or noticing word still makes it a witness ("She ALSO SAID"). */
    static final int REPORT_REACH = 3;

    private final int[] sentence;
    private final int[] clause;
    private final int[] negationCue;
    private final int[] trailingNegationCue;
    private final String[] silenced;
    private final boolean[] feared;

    private Scopes(int size) {
        sentence = new int[size];
        clause = new int[size];
        negationCue = new int[size];
        trailingNegationCue = new int[size];
        silenced = new String[size];
        feared = new boolean[size];
        Arrays.fill(negationCue, -1);
        Arrays.fill(trailingNegationCue, -1);
    }

    /** Reads the scopes of a tokenized text; {@code reported} is the child or adult it reports about, if any. */
    static Scopes of(Lexicon lexicon, List<Token> tokens, Optional<Hit<PersonGroup>> reported) {
        Scopes s = new Scopes(tokens.size());
        Boundaries b = Boundaries.of(lexicon, tokens);
        s.number(tokens, b);
        int[] segment = ResolvedPast.segments(tokens, b);
        AlignedAnswers aligned = AlignedAnswers.of(tokens, b);
        s.denyAlignedItems(aligned);
        for (Hit<CueKind> cue : b.cues()) {
            switch (cue.meaning()) {
                case NEGATION -> s.negation(lexicon, tokens, b, cue, NEGATION_WORDS);
                case CONTRAST_DENIAL -> s.negation(lexicon, tokens, b, cue, CONTRAST_DENIAL_WORDS);
                case POST_NEGATION -> {
                    if (!aligned.isAnswer(cue.from())) {
                        s.postNegation(tokens, b, cue);
                    }
                }
                case TRAILING_NEGATION -> {
                    s.negation(lexicon, tokens, b, cue, NEGATION_WORDS);
                    s.trailingNegation(lexicon, tokens, b, cue);
                }
                case RESOLVED_BEFORE -> s.resolvedBefore(tokens, b, cue);
                case RETRACTION -> s.retraction(lexicon, tokens, b, cue);
                case HYPOTHETICAL -> s.forward(lexicon, tokens, b, cue.to(), HYPOTHETICAL, false);
                case CONDITIONAL -> s.forward(lexicon, tokens, b, cue.to(), HYPOTHETICAL, true);
                case UNCERTAIN -> s.forward(lexicon, tokens, b, cue.to(), UNCERTAIN, false);
                case FEARED -> s.feared(lexicon, tokens, b, cue.to());
                case RESOLVED_PAST -> s.pastSegment(tokens, segment, cue);
                default -> { }
            }
        }
        s.resolvedSinceAPastLead(lexicon, tokens, b);
        s.otherPeople(lexicon, tokens, b, People.others(lexicon, tokens, reported), reported.isPresent());
        return s;
    }

    int sentence(int token) {
        return sentence[token];
    }

    int clause(int token) {
        return clause[token];
    }

    /** The token where the negation governing this token starts, or -1 when it is not negated. */
    int negationCue(int token) {
        return negationCue[token];
    }

    /**
     * The last token of a fronted denial after this token ("hinchada NO LA TENGO"), or -1. Kept
     * apart from {@link #negationCue}: it denies a sign, never a place or a number.
     */
    int trailingNegationCue(int token) {
        return trailingNegationCue[token];
    }

    /**
     * Whether the token lies in what the writer fears it is ("I'm terrified this is ALS", "me aterra
     * que sea un coágulo"). Kept apart from {@link #silenced}: only a condition named there is left
     * unstated; a sign there reads as stated, since people write "worried it's swollen" of a fact and
     * a fear may be well founded (hazard H-03: prefer over-triage).
     */
    boolean feared(int token) {
        return feared[token];
    }

    /** Whether the reason a mention is silenced is that it is about another person. */
    static boolean someoneElse(String why) {
        return SOMEONE_ELSE.equals(why) || CARRIED.equals(why);
    }

    /** Why a mention here must set nothing ("hypothetical", "someone else"...), or null. */
    String silenced(int token) {
        return silenced[token];
    }

    /**
     * Numbers every token's sentence and clause. A run of sentence ends (".\n", "?!", "...") ends one
     * sentence, so the sentence after it is still the next one ("I walk to the shop.\nI must stop").
     */
    private void number(List<Token> tokens, Boundaries b) {
        int s = 0;
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (b.hard(i) && i > 0) {
                c++;
            }
            sentence[i] = s;
            clause[i] = c;
            if (tokens.get(i).endsSentence() && !(i + 1 < tokens.size() && tokens.get(i + 1).endsSentence())) {
                s++;
            }
        }
    }

    private void negation(Lexicon lexicon, List<Token> tokens, Boundaries b, Hit<CueKind> cue, int reach) {
        int words = 0;
        for (int j = cue.to(); j < tokens.size() && !b.hard(j) && !b.soft(j); j++) {
            if (tokens.get(j).kind() != Token.Kind.PUNCTUATION && ++words > reach) {
                return;
            }
            if (separatesFragments(tokens, j) && !alternativesAhead(lexicon, tokens, b, j, reach - words)) {
                return;
            }
            if (negationCue[j] < 0) {
                negationCue[j] = cue.from();
            }
        }
    }

    /**
     * Whether a new fragment starts at this token: a comma (a dash set apart by spaces is read as one,
     * see {@link Tokenizer}) or a semicolon.
     */
    static boolean separatesFragments(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return t.kind() == Token.Kind.PUNCTUATION && (t.word().equals(",") || t.word().equals(";"));
    }

    /** Whether the token before this one is the comma a spaced dash stands for (see {@link Tokenizer}). */
    private static boolean dashReadAsComma(List<Token> tokens, int token) {
        return token > 0 && tokens.get(token - 1).word().equals(",") && tokens.get(token).hyphenBefore();
    }

    /**
     * Whether a list of alternatives closes within {@code words} words after the separator at
     * {@code comma}, before the clause ends: "no swelling, redness or warmth", "sin hinchazón, calor ni rojez".
     */
    private static boolean alternativesAhead(Lexicon lexicon, List<Token> tokens, Boundaries b, int comma, int words) {
        int seen = 0;
        for (int j = tokens.get(comma).kind() == Token.Kind.PUNCTUATION ? comma + 1 : comma;
             j < tokens.size() && !b.hard(j) && seen <= words; j++) {
            Token t = tokens.get(j);
            if (lexicon.grammar().or().contains(t.word())) {
                return true;
            }
            seen += t.kind() == Token.Kind.PUNCTUATION ? 0 : 1;
        }
        return false;
    }

    /**
     * Other people's scopes: from each mention, and from a later "she", "his" or referent ("a él le")
     * in the same sentence ("my friend thinks I should worry because her cramps turned out to be MS"), to the
     * clause end or the next word about the writer. Not in a report about a child, whose pronouns
     * are the person's own. Sexless third-person words ({@link PersonLinks#pronouns}: "se le duerme",
     * "a él le dan") carry the scope on as "she" does; a topic word ("her leg, IT blew up") carries
     * it on only right after a clause boundary that ended another person's scope in the same
     * sentence, with no word about the writer between, and marks it {@link #CARRIED}.
     */
    private void otherPeople(Lexicon lexicon, List<Token> tokens, Boundaries b, List<Hit<PersonGroup>> others,
                             boolean proxy) {
        boolean[] pronoun = starts(tokens.size(), lexicon.personLinks().pronouns().find(tokens));
        boolean[] topic = starts(tokens.size(), lexicon.personLinks().topic().find(tokens));
        boolean[] personAt = new boolean[tokens.size()];
        lexicon.people().find(tokens).forEach(h -> personAt[h.from()] = true);
        int reached = -1;
        int next = 0;
        int otherSentence = -1;
        boolean topicOpen = false;
        for (int j = 0; j < tokens.size(); j++) {
            while (next < others.size() && others.get(next).from() <= j) {
                Hit<PersonGroup> person = others.get(next++);
                otherSentence = sentence[j];
                if (person.to() >= reached) {
                    reached = otherPerson(lexicon, tokens, b, person.to(), SOMEONE_ELSE);
                    topicOpen = endedByBoundary(lexicon, tokens, b, reached)
                            && namesThemAgain(lexicon, tokens, person.to(), reached);
                }
            }
            if (j < reached) {
                continue;
            }
            boolean sameSentence = otherSentence == sentence[j];
            topicOpen &= sameSentence && !lexicon.firstPerson().has(tokens.get(j));
            boolean third = lexicon.pronounSex().containsKey(tokens.get(j).stem()) || pronoun[j];
            if (!proxy && third && !sameSentence && otherSentence >= 0
                    && goesOnAbout(lexicon, tokens, personAt, otherSentence, j)) {
                otherSentence = sentence[j];
                reached = carriedSentence(lexicon, tokens, b, j);
                topicOpen = false;
            } else if (!proxy && sameSentence && third && !toldTo(lexicon, tokens, j)) {
                int from = j;
                reached = otherPerson(lexicon, tokens, b, j, SOMEONE_ELSE);
                topicOpen = endedByBoundary(lexicon, tokens, b, reached) && namesThemAgain(lexicon, tokens, from, reached);
            } else if (topicOpen && topic[j] && j > 0 && (b.hard(j - 1) || tokens.get(j - 1).word().equals(","))) {
                reached = otherPerson(lexicon, tokens, b, j, CARRIED);
                topicOpen = endedByBoundary(lexicon, tokens, b, reached);
            }
        }
    }

    /**
     * Whether the sentence starting at {@code j} goes on about the person of sentence {@code other}:
     * it is the next sentence, opens with a third-person word ("My aunt had a stroke. SHE had a
     * numb hand", "... mi comadre. ELLA tenía la mano dormida"); the stretch it silences ends at the
     * sentence end or where the writer comes back ("..., but MY calf").
     * Why: the pronoun sentence read as the writer's over-triaged them on another person's signs.
     * Not when the other person's sentence also speaks of the writer ("My sister checked MY leg. She
     * said it's hot") or the pronoun tells or notices ("He SAYS the calf is red"): then the person is
     * a witness, and what they saw is likely the writer's, so its signs stay the writer's (hazard H-03).
     * The telling word may stand up to {@link #REPORT_REACH} words after the pronoun ("She also
     * said", "He could see").
     * Its red flags are {@link #CARRIED}, so asked, never dropped: the sentence names no one.
     */
    private boolean goesOnAbout(Lexicon lexicon, List<Token> tokens, boolean[] personAt, int other, int j) {
        if (sentence[j] != other + 1 || j > 0 && !tokens.get(j - 1).endsSentence()) {
            return false;
        }
        for (int k = j + 1; k <= j + REPORT_REACH && k < tokens.size() && sentence[k] == sentence[j]; k++) {
            if (lexicon.personLinks().reports().contains(tokens.get(k).word())) {
                return false;
            }
        }
        return !speaksOfTheWriter(lexicon, tokens, personAt, j);
    }

    /**
     * Whether the third-person word at {@code j} is told something ("I told HER the pain is
     * unbearable", "le dije"): what follows is what was told, so it opens no stretch of theirs.
     */
    private static boolean toldTo(Lexicon lexicon, List<Token> tokens, int j) {
        return j > 0 && lexicon.personLinks().reports().contains(tokens.get(j - 1).word());
    }

    /**
     * Whether the sentence that ends right before {@code next} has a word about the writer other than
     * the determiner of a person word ("MY sister" and "la amiga de MI hermana" do not count, "checked
     * MY leg" and "thinks I'M overreacting" do). It reads only that sentence, so each sentence is
     * read once and the work stays linear.
     */
    private boolean speaksOfTheWriter(Lexicon lexicon, List<Token> tokens, boolean[] personAt, int next) {
        int s = sentence[next - 1];
        int from = next - 1;
        while (from > 0 && sentence[from - 1] == s) {
            from--;
        }
        for (int k = from; k < next; k++) {
            if (lexicon.firstPerson().has(tokens.get(k)) && !determinesAPerson(personAt, k, next)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person word starts within the person adjectives after the word at {@code k}. */
    private static boolean determinesAPerson(boolean[] personAt, int k, int end) {
        for (int h = k + 1; h <= k + 1 + People.ADJECTIVES && h < end; h++) {
            if (personAt[h]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Silences a sentence that goes on about another person, as {@link #CARRIED}, from {@code from}
     * to its clause end ("She massaged it BUT it's still unbearable", "she felt the calf AND IT was
     * hot") or to where the writer comes back ("..., MY calf is swollen"), and returns where it
     * stopped. A next clause may be the writer's, so it is read as theirs: over-triage, the safe side.
     */
    private int carriedSentence(Lexicon lexicon, List<Token> tokens, Boundaries b, int from) {
        int j = from;
        for (; j < tokens.size() && sentence[j] == sentence[from]; j++) {
            if (b.hard(j) || PersonStretch.endsAt(lexicon, tokens, from, j)) {
                return j;
            }
            silence(j, CARRIED);
        }
        return j;
    }

    /**
     * Whether another person's stretch speaks of them with a pronoun ("with HER leg"): only then may
     * "it" or "they" in the next clause carry their topic on. Without it, "my husband had a look at
     * it, it is swollen" is the writer's swelling (hazard H-03).
     */
    private static boolean namesThemAgain(Lexicon lexicon, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.pronounSex().containsKey(tokens.get(k).stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another person's scope stopped at a clause boundary inside its sentence rather than at
     * a word about the writer: the next clause may still speak of that person ("her leg, it blew up").
     */
    private static boolean endedByBoundary(Lexicon lexicon, List<Token> tokens, Boundaries b, int stop) {
        return stop < tokens.size() && (b.hard(stop) || tokens.get(stop).word().equals(","))
                && !tokens.get(stop).endsSentence() && !lexicon.firstPerson().has(tokens.get(stop));
    }

    /** For every token, whether one of the hits starts there. */
    private static boolean[] starts(int size, List<Hit<Boolean>> hits) {
        boolean[] at = new boolean[size];
        hits.forEach(h -> at[h.from()] = true);
        return at;
    }

    /**
     * "Swelling: none", "Numbness? None." or "swelling - no" denies the few words before the colon,
     * question mark or dash, when the cue closes its clause: in "the pain is unbearable - no swelling"
     * the "no" denies what follows it, not the red flag before the dash.
     */
    private void postNegation(List<Token> tokens, Boundaries b, Hit<CueKind> cue) {
        if (tokens.get(cue.from()).kind() == Token.Kind.PUNCTUATION) {
            checklistCross(tokens, cue);
            return;
        }
        boolean dash = tokens.get(cue.from()).hyphenBefore();
        int colon = cue.from() - (dash && !dashReadAsComma(tokens, cue.from()) ? 0 : 1);
        if (colon < 1 || !dash && !(tokens.get(colon).word().equals(":") || tokens.get(colon).word().equals("?"))) {
            return;
        }
        if (cue.to() < tokens.size() && tokens.get(cue.to()).kind() != Token.Kind.PUNCTUATION && !b.hard(cue.to())) {
            return;
        }
        for (int j = colon - 1; j >= Math.max(0, colon - POST_NEGATION_WORDS) && !tokens.get(j).endsSentence()
                && !tokens.get(j).word().equals(","); j--) {
            if (negationCue[j] < 0) {
                negationCue[j] = cue.from();
            }
            if (b.hard(j)) {
                return;
            }
        }
    }

    /**
     * "redness ✘ numbness ✘": a checklist's cross denies the {@link #CROSS_WORDS} words before it, back
     * to the previous mark (another cross or tick, a comma, a sentence end), so "cramps ✔ swelling ✘"
     * denies only the swelling. Two words at most: items written without marks ("unbearable pain yes
     * swelling ✘") must not have the sign before the denied one read as "no".
     */
    private void checklistCross(List<Token> tokens, Hit<CueKind> cue) {
        for (int j = cue.from() - 1; j >= Math.max(0, cue.from() - CROSS_WORDS)
                && tokens.get(j).kind() != Token.Kind.PUNCTUATION && !tokens.get(j).endsSentence(); j--) {
            if (negationCue[j] < 0) {
                negationCue[j] = cue.from();
            }
        }
    }

    /**
     * "Hinchada no la tengo", "y caliente no está": the denial comes after what it denies, which
     * opens the clause (it also denies forwards, as any negation: "no está hinchada"). Only when the clause starts at most {@link #TRAILING_NEGATION_WORDS} words
     * before the cue with no mark between, and the cue closes the clause or another denial follows it
     * ("hinchazón no tengo ni enrojecimiento"): "pie hinchado no está rojo" denies only the redness,
     * "tengo hormigueo, no está rojo" keeps its tingling. A word that opens a clause inside the
     * sentence ("la verdad es que roja no está") counts as the clause's start.
     */
    private void trailingNegation(Lexicon lexicon, List<Token> tokens, Boundaries b, Hit<CueKind> cue) {
        if (!closesClause(lexicon, tokens, b, cue.to()) && !anotherDenialFollows(lexicon, tokens, b, cue.to())) {
            return;
        }
        for (int k = cue.from() - 1; k >= Math.max(0, cue.from() - TRAILING_NEGATION_WORDS); k--) {
            if (tokens.get(k).kind() == Token.Kind.PUNCTUATION) {
                return;
            }
            if (b.clauseStartsAt(tokens, lexicon, k) || lexicon.grammar().opens().contains(tokens.get(k - 1).word())) {
                for (int j = k; j < cue.from(); j++) {
                    trailingNegationCue[j] = cue.to() - 1;
                }
                return;
            }
        }
    }

    /** Whether a denial of a list's next item starts at this token: "hinchazón no tengo NI enrojecimiento". */
    private static boolean anotherDenialFollows(Lexicon lexicon, List<Token> tokens, Boundaries b, int at) {
        return at < tokens.size() && b.denialOnly(at) && lexicon.grammar().or().contains(tokens.get(at).word());
    }

    /** Whether a clause ends right before this token: the text ends, or a mark, a joiner or a boundary follows. */
    static boolean closesClause(Lexicon lexicon, List<Token> tokens, Boundaries b, int at) {
        return at >= tokens.size() || tokens.get(at).kind() == Token.Kind.PUNCTUATION || b.hard(at)
                || lexicon.grammar().and().contains(tokens.get(at).word());
    }

    /**
     * "Tuve hormigueo, pero ya no.": silences the clause before the cue, back to its start or the
     * sentence's, and the cue's own words.
     */
    private void resolvedBefore(List<Token> tokens, Boundaries b, Hit<CueKind> cue) {
        for (int j = cue.from() - 1; j >= 0 && !tokens.get(j).endsSentence(); j--) {
            silence(j, "resolved past");
            if (b.hard(j) && j < cue.from() - 1) {
                break;
            }
        }
        for (int j = cue.from(); j < cue.to(); j++) {
            silence(j, "resolved past");
        }
    }

    /**
     * "Me dan calambres en todo el cuerpo. Bueno, exagero: ...", "my calves, sorry, I meant my thighs":
     * the writer takes back what they just said. Silences the fragment right before the cue (back to a
     * comma, an "and", a clause break or the sentence's start, so "the cramp was in my calf and it
     * didn't swell... well, no" keeps the calf; the previous sentence when the cue opens one), and
     * nothing after it, which counts as said. Only the last fragment: a longer reach would take back
     * ages, medicines and signs said before, and what is taken back is seldom more than the last thing
     * said. A red flag taken back is asked, quoting the person (see {@link PhraseReader}).
     */
    private void retraction(Lexicon lexicon, List<Token> tokens, Boundaries b, Hit<CueKind> cue) {
        int j = cue.from() - 1;
        while (j >= 0 && tokens.get(j).kind() == Token.Kind.PUNCTUATION) {
            j--;
        }
        for (; j >= 0 && !ResolvedPast.endsClause(tokens, b, j) && !lexicon.grammar().and().contains(tokens.get(j).word()); j--) {
            silence(j, RETRACTED);
        }
    }

    /** Denies each item of an aligned question-and-answer list that its own answer denies ("swelling/redness? no/yes"). */
    private void denyAlignedItems(AlignedAnswers aligned) {
        for (int j = 0; j < negationCue.length; j++) {
            if (aligned.deniedBy(j) >= 0) {
                negationCue[j] = aligned.deniedBy(j);
            }
        }
    }

    /** Silences the segment around a resolved-past cue ("a clot three years ago, long gone"). */
    private void pastSegment(List<Token> tokens, int[] segment, Hit<CueKind> cue) {
        int[] range = ResolvedPast.aroundCue(tokens, segment, cue);
        for (int k = range[0]; k < range[1]; k++) {
            silence(k, "resolved past");
        }
    }

    /** Silences what a resolution after a past lead closes ("last year my calf swelled up, but it went away"). */
    private void resolvedSinceAPastLead(Lexicon lexicon, List<Token> tokens, Boundaries b) {
        boolean[] past = ResolvedPast.sinceAPastLead(lexicon, tokens, b, j -> negationCue[j] >= 0);
        for (int j = 0; j < past.length; j++) {
            if (past[j]) {
                silence(j, "resolved past");
            }
        }
    }

    /** Silences forward to the next boundary; {@code throughDenials}: past a denial's start too ("si algún día no..."). */
    private void forward(Lexicon lexicon, List<Token> tokens, Boundaries b, int from, String why,
                         boolean throughDenials) {
        int end = forwardEnd(lexicon, tokens, b, from, throughDenials);
        for (int j = from; j < end; j++) {
            silence(j, why);
        }
    }

    /** Where a scope running forward from {@code from} ends: a clause end, a comma or a new statement. */
    private static int forwardEnd(Lexicon lexicon, List<Token> tokens, Boundaries b, int from, boolean throughDenials) {
        int j = from;
        while (j < tokens.size() && !b.hard(j) && (!b.soft(j) || throughDenials && b.denialOnly(j)
                || throughDenials && b.terminatorOnly(j)) && !tokens.get(j).word().equals(",")
                && !(j >= from + Restarts.RESTART_GAP && Restarts.startsStatement(lexicon, tokens, j))) {
            j++;
        }
        return j;
    }

    /** Marks a feared stretch, from the cue to where a hypothetical from there would end. */
    private void feared(Lexicon lexicon, List<Token> tokens, Boundaries b, int from) {
        int end = forwardEnd(lexicon, tokens, b, from, false);
        for (int j = from; j < end; j++) {
            feared[j] = true;
        }
    }

    /**
     * Silences from {@code from} to the clause end or the first word about the writer (not the "mine" of
     * "a friend of mine"); what follows a telling or noticing word ("My husband rang 111 and TOLD them
     * the pain was unbearable") is {@link #CARRIED}, so its red flags are asked, not dropped: a
     * witness's report is often about the writer (hazard H-03). Returns
     * where it stopped: a later mention inside this scope would stop at the same place, so the
     * caller skips it and the work stays linear.
     */
    private int otherPerson(Lexicon lexicon, List<Token> tokens, Boundaries b, int from, String why) {
        int j = from;
        String reason = why;
        for (; j < tokens.size() && (!b.hard(j) || PersonStretch.setsOffAnAge(lexicon, tokens, j)); j++) {
            if (PersonStretch.endsAt(lexicon, tokens, from, j)) {
                return j;
            }
            silence(j, reason);
            if (lexicon.personLinks().reports().contains(tokens.get(j).word())) {
                reason = CARRIED;
            }
        }
        return j;
    }

    private void silence(int token, String why) {
        if (silenced[token] == null) {
            silenced[token] = why;
        }
    }
}
