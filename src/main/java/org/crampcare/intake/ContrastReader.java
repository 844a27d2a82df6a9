package org.crampcare.intake;

import java.util.List;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.KnowledgeBase;

/**
 * Reads "my husband has swelling in his legs, but I've got none": the writer denying, by contrast,
 * a symptom just named for someone else, which sets that boolean item false for the writer.
 *
 * <p>Only a contrast phrase right after a clause break ("but", "whereas") in the same sentence
 * counts, and only booleans are set (false never raises a level, so a misreading here cannot
 * under-triage more than leaving the item unanswered would).
 */
final class ContrastReader {
    private static final int BREAK_DISTANCE = 2;

    private final Lexicon lexicon;
    private final KnowledgeBase kb;

    ContrastReader(Lexicon lexicon, KnowledgeBase kb) {
        this.lexicon = lexicon;
        this.kb = kb;
    }

    void read(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        List<Hit<Boolean>> contrasts = lexicon.contrastNegation().find(tokens);
        if (contrasts.isEmpty()) {
            return;
        }
        Hit<Boolean>[] nextContrast = nextContrastInSentence(scan, contrasts);
        for (Hit<Sense> h : scan.phrases()) {
            Hit<Boolean> contrast = nextContrast[h.from()];
            if (contrast != null && Scopes.someoneElse(scan.scopes().silenced(h.from()))
                    && isBooleanPresent(h.meaning()) && !findings.has(h.meaning().item())) {
                findings.bool(h.meaning().item(), false, Span.of(tokens, contrast.from(), contrast.to()), "negated");
            }
        }
    }

    /**
     * For each token, the first contrast after a clause break that follows it in the same sentence,
     * or null: one sweep from the end, so the work stays linear however many contrasts there are.
     */
    @SuppressWarnings("unchecked")
    private Hit<Boolean>[] nextContrastInSentence(TextScan scan, List<Hit<Boolean>> contrasts) {
        List<Token> tokens = scan.tokens();
        Hit<Boolean>[] next = new Hit[tokens.size()];
        int c = contrasts.size() - 1;
        Hit<Boolean> pending = null;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (i + 1 < tokens.size() && scan.scopes().sentence(i + 1) != scan.scopes().sentence(i)) {
                pending = null;
            }
            next[i] = pending;
            while (c >= 0 && contrasts.get(c).from() == i) {
                if (afterBreak(tokens, i)) {
                    pending = contrasts.get(c);
                }
                c--;
            }
        }
        return next;
    }

    private boolean afterBreak(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - BREAK_DISTANCE); k < at; k++) {
            for (Hit<CueKind> cue : lexicon.cues().at(tokens, k)) {
                if (cue.meaning() == CueKind.CLAUSE_BREAK) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isBooleanPresent(Sense sense) {
        return sense.reads() == Reads.PRESENT
                && kb.item(sense.item()).map(i -> i.type() == ItemType.BOOLEAN).orElse(false);
    }
}
