package org.crampcare.intake;

import java.util.List;
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

    private final Lexicon lexicon;
    private final KnowledgeBase kb;

    PhraseReader(Lexicon lexicon, KnowledgeBase kb) {
        this.lexicon = lexicon;
        this.kb = kb;
    }

    void read(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        Scopes scopes = scan.scopes();
        for (Hit<Sense> hit : lexicon.phrases().find(tokens, Sense::hides)) {
            Sense sense = hit.meaning();
            if (sense.reads() == Reads.IGNORE || scopes.silenced(hit.from()) != null) {
                continue;
            }
            if (LOCATIONS.equals(sense.item()) && !scan.aboutCramp(hit.from())) {
                continue;
            }
            Span span = withNeeds(tokens, scopes, hit);
            if (span != null) {
                apply(sense, tokens, scopes, hit, span, findings);
            }
        }
    }

    /** The words to quote, including a needed phrase; null when a needed phrase is missing. */
    private static Span withNeeds(List<Token> tokens, Scopes scopes, Hit<Sense> hit) {
        Vocabulary<Boolean> needs = hit.meaning().needs();
        if (needs == null) {
            return Span.of(tokens, hit.from(), hit.to());
        }
        int sentence = scopes.sentence(hit.from());
        for (int i = 0; i < tokens.size(); i++) {
            if (scopes.sentence(i) != sentence || (i >= hit.from() && i < hit.to())) {
                continue;
            }
            for (Hit<Boolean> need : needs.at(tokens, i)) {
                if (need.to() <= hit.from() || need.from() >= hit.to()) {
                    return Span.of(tokens, Math.min(hit.from(), need.from()), Math.max(hit.to(), need.to()));
                }
            }
        }
        return null;
    }

    private void apply(Sense sense, List<Token> tokens, Scopes scopes, Hit<Sense> hit, Span span, Findings findings) {
        int cue = scopes.negationCue(hit.from());
        boolean negated = cue >= 0;
        Span quoted = negated ? new Span(Math.min(tokens.get(cue).start(), span.start()),
                Math.max(tokens.get(cue).end(), span.end())) : span;
        boolean isList = kb.item(sense.item()).map(i -> i.type() == ItemType.LIST).orElse(false);
        switch (sense.reads()) {
            case PRESENT -> {
                if (!isList) {
                    findings.bool(sense.item(), !negated, quoted, negated ? "negated" : "affirmed");
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
