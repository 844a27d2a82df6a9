package org.crampcare.intake;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.KnowledgeBase;

/**
 * Turns the lexicon's item phrases found in a text into answers, honouring their ConText scope.
 *
 * <p>A clear negation sets a boolean item false and adds nothing to a list ("I don't take water
 * pills" says nothing about other medicines). A hypothetical, uncertain, resolved-past or other
 * person's mention sets nothing, so the interview asks the item. A body part counts as a cramp
 * site only in a clause that speaks of a cramp, pain or spasm.
 */
final class PhraseReader {
    private static final String LOCATIONS = "locations";
    /** The item a feared stretch leaves unstated ("terrified this is ALS"): see {@link Scopes#feared}. */
    private static final String CONDITIONS = "conditions";
    private static final int LIST_GAP = 4;
    /** Screens whose items are confirmed rather than set when the evidence is weak. */
    private static final java.util.Set<String> RED_FLAG_SCREENS = java.util.Set.of("emergency", "urgent");
    private static final java.util.Set<String> JOINING_MARKS = java.util.Set.of(",", ";", "/", "+", "&");

    private final Lexicon lexicon;
    private final KnowledgeBase kb;

    PhraseReader(Lexicon lexicon, KnowledgeBase kb) {
        this.lexicon = lexicon;
        this.kb = kb;
    }

    void read(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        Scopes scopes = scan.scopes();
        Map<Vocabulary<Boolean>, List<Hit<Boolean>>> needsFound = new IdentityHashMap<>();
        List<Hit<Boolean>> regions = lexicon.composition().regions().find(tokens);
        int nextRegion = 0;
        int lastPlace = -1;
        java.util.Set<Integer> listedBefore = listedBeforeCramping(scan, regions);
        boolean[] inPhrase = phraseTokens(scan);
        List<Hit<Boolean>> ellipses = lexicon.composition().ellipticalDenials().find(tokens);
        for (Hit<Sense> hit : scan.phrases()) {
            Sense sense = hit.meaning();
            if (sense.reads() == Reads.IGNORE || silencedFor(scan, sense, hit, findings)) {
                deniedByEllipsis(scan, sense, hit, ellipses, findings);
                continue;
            }
            if (LOCATIONS.equals(sense.item())) {
                for (; nextRegion < regions.size() && regions.get(nextRegion).to() <= hit.from(); nextRegion++) {
                    lastPlace = placeListedTo(scan, regions.get(nextRegion), lastPlace);
                }
                if (!scan.aboutCramp(hit.from()) && !listedAfter(lexicon, tokens, lastPlace, hit.from())
                        && !listedBefore.contains(hit.from())) {
                    continue;
                }
                lastPlace = hit.to();
            }
            Span span = sense.needs() == null ? Span.of(tokens, hit.from(), hit.to())
                    : withNeeds(tokens, scopes, hit, needsFound.computeIfAbsent(sense.needs(), v -> v.all(tokens)),
                            sense.needsReach());
            if (span != null) {
                boolean weakened = sense.confirmNear() != null && nearInClause(scopes, hit,
                        needsFound.computeIfAbsent(sense.confirmNear(), v -> v.all(tokens)));
                apply(sense, weakened, tokens, scopes, hit, span, inPhrase, findings);
            }
        }
    }

    /**
     * Whether a scope silences the phrase. A red flag the writer seems to take back still counts:
     * what a correction takes back is not always clear ("calf is swollen. Well, I exaggerated the
     * cramp"), and a red flag asked instead of set lowers the level until it is answered, so the
     * reader errs towards the red flag (hazard H-03); other items taken back set nothing. Another person's scope does not silence a shared
     * exposure in a sentence that also speaks of the writer; elsewhere it makes the exposure a sign
     * to confirm, so the interview asks it first, quoting the words. A red flag in a topic carried on
     * from another person ("her leg, it blew up") may still be the writer's, so it is asked too. What
     * the writer fears silences only a condition named there ("terrified this is ALS"); a sign there
     * reads as stated ("worried it's swollen").
     */
    private boolean silencedFor(TextScan scan, Sense sense, Hit<Sense> hit, Findings findings) {
        if (CONDITIONS.equals(sense.item()) && scan.scopes().feared(hit.from())) {
            return true;
        }
        String why = scan.scopes().silenced(hit.from());
        if (why == null) {
            return false;
        }
        if (Scopes.RETRACTED.equals(why) && isRedFlag(sense)) {
            return false;
        }
        if (Scopes.CARRIED.equals(why) && sense.reads() == Reads.PRESENT && isRedFlag(sense)) {
            findings.confirm(sense.item(), Span.of(scan.tokens(), hit.from(), hit.to()));
            return true;
        }
        if (!sense.shared() || !Scopes.someoneElse(why) || sense.reads() != Reads.PRESENT) {
            return true;
        }
        if (scan.aboutWriter(scan.scopes().sentence(hit.from()))) {
            return false;
        }
        findings.confirm(sense.item(), Span.of(scan.tokens(), hit.from(), hit.to()));
        return true;
    }

    /**
     * "Would it be different if I were pregnant? I'm not.": a hypothetical yes-or-no sign that a short
     * denial answers at once (nothing but marks between, or the denial opening the next sentence) is
     * denied; the denial must end its own clause, so "I'm not sure" or "I'm not pregnant but..." does
     * not count. Only ever sets a "no" the writer has said in so many words.
     */
    private void deniedByEllipsis(TextScan scan, Sense sense, Hit<Sense> hit, List<Hit<Boolean>> ellipses,
                                  Findings findings) {
        if (sense.reads() != Reads.PRESENT || sense.value() != null
                || !Scopes.HYPOTHETICAL.equals(scan.scopes().silenced(hit.from()))
                || kb.item(sense.item()).map(i -> i.type() != ItemType.BOOLEAN).orElse(true)) {
            return;
        }
        List<Token> tokens = scan.tokens();
        Scopes scopes = scan.scopes();
        for (Hit<Boolean> e : ellipses) {
            if (e.from() < hit.to()) {
                continue;
            }
            boolean marksOnly = tokens.subList(hit.to(), e.from()).stream().allMatch(t -> t.kind() == Token.Kind.PUNCTUATION);
            boolean nextSentence = scopes.sentence(e.from()) == scopes.sentence(hit.from()) + 1
                    && tokens.get(e.from() - 1).endsSentence();
            boolean closes = e.to() >= tokens.size() || tokens.get(e.to()).kind() == Token.Kind.PUNCTUATION;
            if ((marksOnly || nextSentence) && closes) {
                findings.bool(sense.item(), false, new Span(tokens.get(hit.from()).start(), tokens.get(e.to() - 1).end()),
                        "negated");
            }
            return;
        }
    }

    /**
     * The tokens inside an item's phrase. A denial that another phrase has read as its own ("stretching
     * DOESN'T really do much for the foot cramps") says that phrase's fact and denies no cramping place after it.
     */
    private static boolean[] phraseTokens(TextScan scan) {
        boolean[] in = new boolean[scan.tokens().size()];
        for (Hit<Sense> hit : scan.phrases()) {
            if (hit.meaning().reads() != Reads.IGNORE) {
                java.util.Arrays.fill(in, hit.from(), hit.to(), true);
            }
        }
        return in;
    }

    /**
     * The starts of places that open a list ending in a cramping place, joined only by commas,
     * "and" and the like: in "my hands and both calves and my stomach are all cramping" the hands
     * and calves are cramp sites too, though only the last clause names the cramp.
     */
    private java.util.Set<Integer> listedBeforeCramping(TextScan scan, List<Hit<Boolean>> regions) {
        List<int[]> places = new java.util.ArrayList<>();
        for (Hit<Sense> hit : scan.phrases()) {
            if (LOCATIONS.equals(hit.meaning().item()) && hit.meaning().reads() != Reads.IGNORE
                    && scan.scopes().silenced(hit.from()) == null) {
                places.add(new int[] {hit.from(), hit.to()});
            }
        }
        for (Hit<Boolean> region : regions) {
            if (scan.scopes().silenced(region.from()) == null) {
                places.add(new int[] {region.from(), region.to()});
            }
        }
        places.sort(java.util.Comparator.comparingInt(p -> p[0]));
        java.util.Set<Integer> listed = new java.util.HashSet<>();
        int next = -1;
        for (int k = places.size() - 1; k >= 0; k--) {
            int[] place = places.get(k);
            if (scan.aboutCramp(place[0])) {
                next = place[0];
            } else if (next >= place[1] && listedAfter(lexicon, scan.tokens(), place[1], next)) {
                listed.add(place[0]);
                next = place[0];
            } else {
                next = -1;
            }
        }
        return listed;
    }

    /**
     * Where a list of cramping places ends after a body region the contract has no value for
     * ("calambres en las piernas, los brazos y la barriga"): the region ends it when it is itself a
     * cramp site or continues the list; otherwise the list stays where it was.
     */
    private int placeListedTo(TextScan scan, Hit<Boolean> region, int lastPlace) {
        boolean cramping = scan.scopes().silenced(region.from()) == null
                && (scan.aboutCramp(region.from()) || listedAfter(lexicon, scan.tokens(), lastPlace, region.from()));
        return cramping ? region.to() : lastPlace;
    }

    /**
     * Whether a place continues a list of cramping places that ended at {@code previousEnd}, joined
     * only by commas, "and" and the like: "both calves AND my feet AND my back" are all cramp sites,
     * though "and my" starts a clause of its own.
     */
    static boolean listedAfter(Lexicon lexicon, List<Token> tokens, int previousEnd, int from) {
        if (previousEnd < 0 || from - previousEnd > LIST_GAP) {
            return false;
        }
        for (int i = previousEnd; i < from; i++) {
            if (!lexicon.grammar().list().contains(tokens.get(i).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words to quote, including a needed phrase in the same sentence that does not overlap the
     * hit; null when there is none. {@code needs} holds every needed phrase in the text in order,
     * so the search starts at the hit and only steps over the few needed phrases that overlap it.
     */
    private static Span withNeeds(List<Token> tokens, Scopes scopes, Hit<Sense> hit, List<Hit<Boolean>> needs,
                                  int reach) {
        int sentence = scopes.sentence(hit.from());
        int at = firstFrom(needs, hit.from());
        for (int k = at; k < needs.size() && scopes.sentence(needs.get(k).from()) <= sentence + reach; k++) {
            if (needs.get(k).from() >= hit.to()) {
                return joined(tokens, hit, needs.get(k));
            }
        }
        for (int k = at - 1; k >= 0 && scopes.sentence(needs.get(k).from()) == sentence; k--) {
            if (needs.get(k).to() <= hit.from()) {
                return joined(tokens, hit, needs.get(k));
            }
        }
        return null;
    }

    /** Whether one of the phrases found stands in the hit's clause. */
    private static boolean nearInClause(Scopes scopes, Hit<Sense> hit, List<Hit<Boolean>> found) {
        int clause = scopes.clause(hit.from());
        for (Hit<Boolean> h : found) {
            if (scopes.clause(h.from()) == clause) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first hit starting at or after {@code token} (hits sorted by start). */
    private static int firstFrom(List<Hit<Boolean>> hits, int token) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).from() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Span joined(List<Token> tokens, Hit<Sense> hit, Hit<Boolean> need) {
        return Span.of(tokens, Math.min(hit.from(), need.from()), Math.max(hit.to(), need.to()));
    }

    /**
     * Whether an emergency or urgent sign was found only through a correction at the far end of the
     * spelling tolerance: a guess, so the sign is confirmed with the person instead of set.
     */
    private boolean guessedRedFlag(Sense sense, List<Token> tokens, Hit<Sense> hit) {
        if (!isRedFlag(sense)) {
            return false;
        }
        for (int i = hit.from(); i < hit.to(); i++) {
            if (tokens.get(i).distantCorrection()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a one-word red flag is the first half of a hyphenated compound whose second half gives
     * it another sense ("hot-desking", "numb-skulled", "red-eye"; {@link Composition#compoundTails}):
     * asked, quoting the person, rather than set. Any other second half keeps the sign ("numb-ish",
     * "hot-to-touch", "swollen-looking", "hinchada-dura"), since people add such tails to a sign far
     * more often than they write a compound of another sense (hazard H-03: prefer over-triage).
     */
    private boolean inCompound(Sense sense, List<Token> tokens, Hit<Sense> hit, boolean[] inPhrase) {
        int tail = hit.to();
        return hit.to() - hit.from() == 1 && tail < tokens.size() && tokens.get(tail).hyphenBefore()
                && tokens.get(tail).kind() == Token.Kind.WORD && !inPhrase[tail]
                && lexicon.composition().compoundTails().contains(tokens.get(tail).stem()) && isRedFlag(sense);
    }

    /** Whether the phrase's item is an emergency or urgent sign. */
    private boolean isRedFlag(Sense sense) {
        return isRedFlag(kb, sense.item());
    }

    /** Whether the item is an emergency or urgent sign of the knowledge base. */
    static boolean isRedFlag(KnowledgeBase kb, String item) {
        return kb.item(item).map(i -> RED_FLAG_SCREENS.contains(i.screen())).orElse(false);
    }

    private boolean isEmergencySign(Sense sense) {
        return kb.item(sense.item()).map(i -> "emergency".equals(i.screen())).orElse(false);
    }

    /**
     * Whether a joining word or mark stands between a denial and an emergency sign: "and", "&", "+",
     * "/", a comma or a spaced dash. An emergency sign is denied only in its own fragment ("no
     * unbearable pain", "the pain is not unbearable"), never by a list that began with another sign
     * ("no swelling and cramps all over my body at once"): a wrong denial is never asked again, so
     * the rare list that really denies one ("no swelling, redness or unbearable pain") is read as the
     * sign, over-triage on purpose (hazard H-03).
     */
    private boolean joinedBetween(List<Token> tokens, int cue, int sign) {
        for (int k = cue + 1; k < sign; k++) {
            Token t = tokens.get(k);
            boolean mark = t.kind() == Token.Kind.PUNCTUATION && JOINING_MARKS.contains(t.word());
            if (mark || lexicon.grammar().and().contains(t.word())) {
                return true;
            }
        }
        return false;
    }

    private void apply(Sense sense, boolean weakened, List<Token> tokens, Scopes scopes, Hit<Sense> hit, Span span,
                       boolean[] inPhrase, Findings findings) {
        boolean isList = kb.item(sense.item()).map(i -> i.type() == ItemType.LIST).orElse(false);
        int cue = scopes.negationCue(hit.from());
        if (cue >= 0 && isEmergencySign(sense) && joinedBetween(tokens, cue, hit.from())) {
            cue = -1;
        }
        if (cue < 0 && !isList) {
            cue = scopes.trailingNegationCue(hit.from());
        }
        if (cue >= 0 && cue < hit.from() && inPhrase[cue] && LOCATIONS.equals(sense.item())) {
            cue = -1;
        }
        boolean negated = cue >= 0;
        if (!negated && sense.reads() == Reads.PRESENT
                && (sense.confirm() || weakened || guessedRedFlag(sense, tokens, hit)
                    || inCompound(sense, tokens, hit, inPhrase))) {
            findings.confirm(sense.item(), span);
            return;
        }
        Span quoted = negated ? new Span(Math.min(tokens.get(cue).start(), span.start()),
                Math.max(tokens.get(cue).end(), span.end())) : span;
        switch (sense.reads()) {
            case PRESENT -> {
                if (!isList) {
                    findings.bool(sense.item(), !negated, quoted, negated ? "negated" : "affirmed");
                } else if (!negated && sense.fallback()) {
                    findings.fallback(sense.item(), sense.value(), span);
                } else if (!negated) {
                    findings.add(sense.item(), sense.value(), span);
                }
            }
            case ABSENT -> {
                if (!negated) {
                    findings.bool(sense.item(), false, span, "affirmed");
                }
            }
            case NONE -> {
                if (!negated) {
                    findings.none(sense.item(), span, "affirmed");
                }
            }
            case NONE_IF_NEGATED -> {
                if (negated) {
                    findings.none(sense.item(), quoted, "negated");
                }
            }
            default -> { }
        }
    }
}
