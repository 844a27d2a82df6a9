package org.crampcare.search;

import java.util.ArrayList;
import java.util.List;
import org.crampcare.knowledge.Basis;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.Phrases;
import org.crampcare.knowledge.Rule;

/**
 * Turns the knowledge base into searchable passages: every content entry, and one warning-sign
 * passage per triage rule.
 *
 * <p>Warning-sign passages let questions such as "when should I see a doctor" reach the policy
 * itself: each joins the rule's explanation with its items' questions and help and the level's
 * advice, so the passage reads on its own. Passages are in the language of the knowledge given;
 * only English entries carry search phrasings (questions, keywords) of their own.
 */
final class Passages {
    /** The topic id given to warning-sign passages. */
    static final String WARNING_SIGNS = "warning-signs";
    private static final float RULE_WEIGHT = 0.6f;
    /** Practical tips rest on no source, so a sourced entry that matches as well is preferred. */
    private static final float TIP_WEIGHT = 0.8f;

    private Passages() {
    }

    /** All passages of the knowledge base: entries in topic order, then the rules in policy order. */
    static List<Passage> of(KnowledgeBase kb) {
        List<Passage> out = new ArrayList<>();
        kb.topics().forEach(t -> t.entries().forEach(e -> out.add(entry(e))));
        kb.rules().forEach(r -> out.add(rule(kb, r)));
        return out;
    }

    private static Passage entry(ContentEntry e) {
        return new Passage(e.id(), e.topic(), e.title(), e.text(), e.steps(), e.questions(), e.keywords(),
                e.sources(), e.basis().key(), e.tip() ? TIP_WEIGHT : 1f);
    }

    /** What a warning sign is called, as a keyword of every warning-sign passage. */
    private static String warningSign(Language language) {
        return switch (language) {
            case EN -> "warning sign";
            case ES -> "señal de alarma";
        };
    }

    private static Passage rule(KnowledgeBase kb, Rule r) {
        LevelInfo level = kb.level(r.level());
        List<Item> items = r.items().stream().flatMap(id -> kb.item(id).stream()).toList();
        String help = String.join(" ", items.stream().map(i -> Phrases.ruleMention().matcher(i.help()).replaceAll("")).toList());
        List<String> questions = items.stream().map(Item::question).toList();
        List<String> keywords = new ArrayList<>(List.of(warningSign(kb.language()), level.label()));
        if (kb.language() == Language.EN) {
            items.forEach(i -> keywords.add(i.id().replace('_', ' ')));
        }
        return new Passage("rule." + r.id(), WARNING_SIGNS, Phrases.warningSignTitle(kb.language(), level.label(), r.explanation()),
                help + " " + level.action(), List.of(), questions, keywords, r.sources(), Basis.SOURCES.key(),
                RULE_WEIGHT);
    }
}
