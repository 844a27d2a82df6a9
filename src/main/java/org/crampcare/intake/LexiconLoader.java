package org.crampcare.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Problem;
import org.crampcare.knowledge.YamlDocuments;

/**
 * Reads {@code lexicon.yaml}, checks it against its schema and the knowledge base, and compiles it.
 *
 * <p>All or nothing like the knowledge loader: every problem (unknown item, value not allowed for
 * the item, phrase that cannot match) is collected with its path before anything is thrown.
 */
final class LexiconLoader {
    static final String FILE = "lexicon.yaml";
    static final String SCHEMA = "lexicon.schema.json";
    /** Items the number and person readers fill, with the type each must have. */
    private static final Map<String, ItemType> CODE_ITEMS = Map.of("pain_score", ItemType.INTEGER,
            "episodes_per_week", ItemType.NUMBER, "episode_minutes", ItemType.NUMBER, "age", ItemType.INTEGER,
            "sex", ItemType.CHOICE);

    private final KnowledgeBase kb;
    private final List<Problem> problems = new ArrayList<>();
    /** Every word the lexicon uses, gathered while compiling: the targets of spelling correction. */
    private final Set<String> words = new HashSet<>();

    private LexiconLoader(KnowledgeBase kb) {
        this.kb = kb;
    }

    static Lexicon load(KnowledgeFiles files, KnowledgeBase kb) {
        LexiconLoader loader = new LexiconLoader(kb);
        Optional<JsonNode> doc = YamlDocuments.readChecked(files, FILE, SCHEMA, loader.problems);
        Lexicon lexicon = doc.map(loader::compile).orElse(null);
        if (!loader.problems.isEmpty()) {
            throw new KnowledgeException(loader.problems);
        }
        return lexicon;
    }

    private Lexicon compile(JsonNode doc) {
        checkCodeItems();
        JsonNode cues = doc.get("cues");
        JsonNode people = doc.get("people");
        JsonNode self = doc.get("self");
        return new Lexicon(phrases(doc), cueVocabulary(cues), stems(cues.get("clauseStarts"), "$.cues.clauseStarts"),
                stems(cues.get("firstPerson"), "$.cues.firstPerson"), flags(cues, "crampWords", "$.cues"),
                flags(cues, "durationLeads", "$.cues"), flags(cues, "weakDurationLeads", "$.cues"),
                flags(cues, "painWords", "$.cues"), flags(cues, "contrastNegation", "$.cues"),
                stems(people.get("determiners"), "$.people.determiners"), people(people.get("groups")),
                pronouns(people.get("pronouns")), flags(self, "leads", "$.self"), selfSex(self.get("sex")),
                stems(self.get("ageFollowers"), "$.self.ageFollowers"), numbers(doc.get("numbers")),
                composition(cues), spelling(doc.get("spelling")));
    }

    private void checkCodeItems() {
        CODE_ITEMS.forEach((id, type) -> {
            Optional<Item> item = kb.item(id);
            if (item.isEmpty() || item.get().type() != type) {
                problems.add(new Problem(FILE, "$", "the text reader fills item '" + id + "' of type "
                        + type.name().toLowerCase() + ", but the knowledge base has no such item"));
            }
        });
    }

    private Vocabulary<Sense> phrases(JsonNode doc) {
        Vocabulary.Builder<Sense> b = new Vocabulary.Builder<>();
        JsonNode list = doc.get("phrases");
        for (int i = 0; i < list.size(); i++) {
            String path = "$.phrases[" + i + "]";
            JsonNode n = list.get(i);
            boolean exact = n.path("exact").asBoolean(false);
            Optional<Sense> sense = sense(n, path);
            if (sense.isPresent()) {
                addAll(b, n.get("say"), path + ".say", exact, sense.get());
            }
        }
        addAll(b, doc.get("ignore"), "$.ignore", false, Sense.IGNORED);
        return b.build();
    }

    private Optional<Sense> sense(JsonNode n, String path) {
        String id = n.get("item").asText();
        String value = n.has("value") ? n.get("value").asText() : null;
        Reads reads = reads(n.path("reads").asText("present"));
        Optional<Item> item = kb.item(id);
        if (item.isEmpty()) {
            problems.add(new Problem(FILE, path + ".item", "unknown item id '" + id + "'"));
            return Optional.empty();
        }
        String wrong = mismatch(item.get(), value, reads);
        if (wrong != null) {
            problems.add(new Problem(FILE, path + (wrong.startsWith("value") ? ".value" : ""), wrong));
            return Optional.empty();
        }
        Vocabulary<Boolean> needs = n.has("needs") ? flags(n, "needs", path) : null;
        return Optional.of(new Sense(id, value, reads, needs, n.path("fallback").asBoolean(false),
                n.path("confirm").asBoolean(false)));
    }

    /** Why a phrase entry does not fit its item, or null when it fits. */
    private static String mismatch(Item item, String value, Reads reads) {
        String id = item.id();
        switch (item.type()) {
            case BOOLEAN:
                if (value != null) {
                    return "value '" + value + "' given for boolean item '" + id + "'";
                }
                return reads == Reads.PRESENT || reads == Reads.ABSENT ? null
                        : "item '" + id + "' is boolean; reads must be present or absent";
            case LIST:
                if (reads == Reads.NONE || reads == Reads.NONE_IF_NEGATED) {
                    return value == null ? null : "value '" + value + "' given with reads " + reads;
                }
                if (reads == Reads.ABSENT) {
                    return "item '" + id + "' is a list; reads absent is only for boolean items";
                }
                if (value == null) {
                    return "value missing for list item '" + id + "'";
                }
                return item.allows(value) ? null : "value '" + value + "' is not allowed for item '" + id
                        + "'; expected one of " + item.values().stream().map(v -> v.value()).toList();
            default:
                return "item '" + id + "' is " + item.type().name().toLowerCase()
                        + "; such items are read from numbers, people and self, not from phrases";
        }
    }

    private static Reads reads(String text) {
        return switch (text) {
            case "absent" -> Reads.ABSENT;
            case "none" -> Reads.NONE;
            case "noneIfNegated" -> Reads.NONE_IF_NEGATED;
            default -> Reads.PRESENT;
        };
    }

    private Vocabulary<CueKind> cueVocabulary(JsonNode cues) {
        Vocabulary.Builder<CueKind> b = new Vocabulary.Builder<>();
        addAll(b, cues.get("negation"), "$.cues.negation", false, CueKind.NEGATION);
        addAll(b, cues.get("postNegation"), "$.cues.postNegation", false, CueKind.POST_NEGATION);
        addAll(b, cues.get("hypothetical"), "$.cues.hypothetical", false, CueKind.HYPOTHETICAL);
        addAll(b, cues.get("uncertain"), "$.cues.uncertain", false, CueKind.UNCERTAIN);
        addAll(b, cues.get("resolvedPast"), "$.cues.resolvedPast", false, CueKind.RESOLVED_PAST);
        addAll(b, cues.get("pseudo"), "$.cues.pseudo", false, CueKind.PSEUDO);
        addAll(b, cues.get("clauseBreaks"), "$.cues.clauseBreaks", false, CueKind.CLAUSE_BREAK);
        addAll(b, cues.get("terminators"), "$.cues.terminators", false, CueKind.TERMINATOR);
        return b.build();
    }

    private Composition composition(JsonNode cues) {
        return new Composition(optionalFlags(cues, "activities", "$.cues"), optionalFlags(cues, "otherMeasures", "$.cues"),
                optionalFlags(cues, "simultaneity", "$.cues"), optionalFlags(cues, "spreading", "$.cues"),
                optionalFlags(cues, "regions", "$.cues"));
    }

    private Vocabulary<PersonGroup> people(JsonNode groups) {
        Vocabulary.Builder<PersonGroup> b = new Vocabulary.Builder<>();
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            String sex = g.has("sex") ? checkedSex(g.get("sex").asText(), "$.people.groups[" + i + "].sex") : null;
            addAll(b, g.get("say"), "$.people.groups[" + i + "].say", false,
                    new PersonGroup(sex, g.path("child").asBoolean(false)));
        }
        return b.build();
    }

    private Map<String, String> pronouns(JsonNode pronouns) {
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pronouns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String sex = checkedSex(e.getKey(), "$.people.pronouns." + e.getKey());
            stems(e.getValue(), "$.people.pronouns." + e.getKey()).forEach(s -> out.put(s, sex));
        }
        return Map.copyOf(out);
    }

    private Vocabulary<String> selfSex(JsonNode sexes) {
        Vocabulary.Builder<String> b = new Vocabulary.Builder<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = sexes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String sex = checkedSex(e.getKey(), "$.self.sex." + e.getKey());
            addAll(b, e.getValue(), "$.self.sex." + e.getKey(), false, sex);
        }
        return b.build();
    }

    private String checkedSex(String sex, String path) {
        boolean ok = kb.item("sex").map(i -> i.allows(sex)).orElse(false);
        if (!ok) {
            problems.add(new Problem(FILE, path, "'" + sex + "' is not a value of item 'sex'"));
        }
        return sex;
    }

    private Numbers numbers(JsonNode n) {
        return new Numbers(values(n.get("words"), "$.numbers.words"),
                values(n.get("durationUnits"), "$.numbers.durationUnits"),
                values(n.get("periods"), "$.numbers.periods"), flags(n, "fillers", "$.numbers"),
                flags(n, "countWords", "$.numbers"), values(n.get("frequencies"), "$.numbers.frequencies"),
                n.has("weekdays") ? values(n.get("weekdays"), "$.numbers.weekdays") : new Vocabulary.Builder<Double>().build(),
                optionalFlags(n, "approximators", "$.numbers"));
    }

    private Vocabulary<Double> values(JsonNode map, String path) {
        Vocabulary.Builder<Double> b = new Vocabulary.Builder<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            compile(e.getKey(), false, path + "['" + e.getKey() + "']").ifPresent(p -> b.add(p, e.getValue().asDouble()));
        }
        return b.build();
    }

    /** A list the schema lets out: empty when absent. */
    private Vocabulary<Boolean> optionalFlags(JsonNode parent, String field, String path) {
        return parent.has(field) ? flags(parent, field, path) : new Vocabulary.Builder<Boolean>().build();
    }

    private Vocabulary<Boolean> flags(JsonNode parent, String field, String path) {
        Vocabulary.Builder<Boolean> b = new Vocabulary.Builder<>();
        addAll(b, parent.get(field), path + "." + field, false, Boolean.TRUE);
        return b.build();
    }

    /** Built last: its targets are the words of every other section. */
    private TextSpelling spelling(JsonNode n) {
        Map<String, List<String>> shorthand = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("shorthand").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Token> from = Tokenizer.tokenize(e.getKey());
            List<String> to = Tokenizer.tokenize(e.getValue().asText()).stream().map(Token::word).toList();
            if (from.size() != 1 || to.isEmpty()) {
                problems.add(new Problem(FILE, "$.spelling.shorthand['" + e.getKey() + "']",
                        "must map one written word to one or more words"));
            } else {
                shorthand.put(from.get(0).word(), to);
                words.addAll(to);
            }
        }
        Set<String> real = new HashSet<>();
        n.get("realWords").forEach(w -> real.add(w.asText()));
        Set<String> abbreviations = n.has("abbreviations") ? stems(n.get("abbreviations"), "$.spelling.abbreviations") : Set.of();
        return new TextSpelling(shorthand, words, real, abbreviations);
    }

    private Set<String> stems(JsonNode list, String path) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            List<Token> tokens = Tokenizer.tokenize(list.get(i).asText());
            if (tokens.size() == 1) {
                out.add(tokens.get(0).stem());
                words.add(tokens.get(0).word());
            } else {
                problems.add(new Problem(FILE, path + "[" + i + "]", "must be a single word or mark"));
            }
        }
        return Set.copyOf(out);
    }

    private <T> void addAll(Vocabulary.Builder<T> b, JsonNode list, String path, boolean exact, T meaning) {
        for (int i = 0; i < list.size(); i++) {
            compile(list.get(i).asText(), exact, path + "[" + i + "]").ifPresent(p -> b.add(p, meaning));
        }
    }

    private Optional<Phrase> compile(String text, boolean exact, String path) {
        List<String> errors = new ArrayList<>();
        Optional<Phrase> phrase = Phrase.compile(text, exact, errors);
        Tokenizer.tokenize(text).stream().filter(t -> t.kind() == Token.Kind.WORD).forEach(t -> words.add(t.word()));
        errors.forEach(e -> problems.add(new Problem(FILE, path, e)));
        return phrase;
    }
}
