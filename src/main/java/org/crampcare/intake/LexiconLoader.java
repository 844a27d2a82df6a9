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
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Problem;
import org.crampcare.knowledge.YamlDocuments;

/**
 * Reads one language's lexicon file, checks it against the shared schema and the knowledge base,
 * and compiles it in that language's word forms.
 *
 * <p>All or nothing like the knowledge loader: every problem (unknown item, value not allowed for
 * the item, phrase that cannot match) is collected with its path before anything is thrown.
 */
final class LexiconLoader {
    static final String SCHEMA = "lexicon.schema.json";
    /** Items the number and person readers fill, with the type each must have. */
    private static final Map<String, ItemType> CODE_ITEMS = Map.of("pain_score", ItemType.INTEGER,
            "episodes_per_week", ItemType.NUMBER, "episode_minutes", ItemType.NUMBER, "age", ItemType.INTEGER,
            "sex", ItemType.CHOICE);

    private final KnowledgeBase kb;
    private final String file;
    private final WordForms forms;
    private final List<Problem> problems;
    private final WordLists lists;

    private LexiconLoader(KnowledgeBase kb, Language language, List<Problem> problems) {
        this.kb = kb;
        this.file = fileName(language);
        this.forms = WordForms.of(language);
        this.problems = problems;
        this.lists = new WordLists(file, forms, problems);
    }

    /** The lexicon file of a language: {@code lexicon.yaml} for the base language, else {@code lexicon.<tag>.yaml}. */
    static String fileName(Language language) {
        return language == Language.base() ? "lexicon.yaml" : "lexicon." + language.tag() + ".yaml";
    }

    /** Loads one language's lexicon; throws with every problem found. */
    static Lexicon load(KnowledgeFiles files, KnowledgeBase kb, Language language) {
        List<Problem> problems = new ArrayList<>();
        Optional<Lexicon> lexicon = load(files, kb, language, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return lexicon.orElseThrow();
    }

    /** Loads one language's lexicon, adding its problems to {@code problems}; empty when it has any. */
    static Optional<Lexicon> load(KnowledgeFiles files, KnowledgeBase kb, Language language, List<Problem> problems) {
        int before = problems.size();
        LexiconLoader loader = new LexiconLoader(kb, language, problems);
        Optional<JsonNode> doc = YamlDocuments.readChecked(files, loader.file, SCHEMA, problems);
        Optional<Lexicon> lexicon = doc.map(loader::compile);
        return problems.size() == before ? lexicon : Optional.empty();
    }

    private Lexicon compile(JsonNode doc) {
        checkCodeItems();
        lists.useClasses(WordClasses.of(doc.get("classes")));
        JsonNode cues = doc.get("cues");
        JsonNode people = doc.get("people");
        JsonNode self = doc.get("self");
        Vocabulary<Sense> phrases = phrases(doc);
        // Read before the spelling, which must know every word of every other section ("told" of
        // people.links.reports is no slip of "cold").
        ProxyReports proxyReports = proxyReports(people.get("reports"));
        Set<String> indefinites = people.has("indefinites")
                ? lists.stems(people.get("indefinites"), "$.people.indefinites") : Set.of();
        PersonLinks personLinks = personLinks(people.get("links"));
        return new Lexicon(forms, phrases, cueVocabulary(cues),
                lists.stemsOrExact(cues.get("clauseStarts"), "$.cues.clauseStarts"),
                lists.stemsOrExact(cues.get("firstPerson"), "$.cues.firstPerson"), lists.flags(cues, "crampWords", "$.cues"),
                lists.flags(cues, "durationLeads", "$.cues"), lists.flags(cues, "weakDurationLeads", "$.cues"),
                lists.flags(cues, "painWords", "$.cues"), lists.flags(cues, "contrastNegation", "$.cues"),
                lists.stems(people.get("determiners"), "$.people.determiners"), people(people.get("groups")),
                pronouns(people.get("pronouns")),
                lists.flags(self, "leads", "$.self"), selfSex(self.get("sex")),
                lists.stems(self.get("ageFollowers"), "$.self.ageFollowers"), ages(self.get("age")),
                NumbersLoader.numbers(lists, doc.get("numbers")), grammar(doc.get("grammar")), composition(cues),
                spelling(doc.get("spelling")), proxyReports, indefinites, personLinks);
    }

    private ProxyReports proxyReports(JsonNode reports) {
        if (reports == null) {
            return ProxyReports.none();
        }
        return new ProxyReports(lists.flags(reports, "leads", "$.people.reports"),
                lists.words(reports, "ageLinks", "$.people.reports"), optionalWords(reports, "names", "$.people.reports"));
    }

    private PersonLinks personLinks(JsonNode links) {
        if (links == null) {
            return PersonLinks.none();
        }
        String path = "$.people.links";
        return new PersonLinks(optionalWords(links, "possessors", path),
                optionalWords(links, "places", path), lists.optionalFlags(links, "pronouns", path),
                lists.optionalFlags(links, "topic", path), optionalWords(links, "resumes", path),
                optionalWords(links, "adjectives", path), optionalWords(links, "feelings", path),
                optionalWords(links, "reports", path));
    }

    private void checkCodeItems() {
        CODE_ITEMS.forEach((id, type) -> {
            Optional<Item> item = kb.item(id);
            if (item.isEmpty() || item.get().type() != type) {
                lists.problem("$", "the text reader fills item '" + id + "' of type "
                        + type.name().toLowerCase() + ", but the knowledge base has no such item");
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
            sense(n, path).ifPresent(sense -> lists.addAll(b, n.get("say"), path + ".say", exact, sense));
        }
        lists.addAll(b, doc.get("ignore"), "$.ignore", false, Sense.IGNORED);
        return b.build();
    }

    private Optional<Sense> sense(JsonNode n, String path) {
        String id = n.get("item").asText();
        String value = n.has("value") ? n.get("value").asText() : null;
        Reads reads = Reads.named(n.path("reads").asText("present"));
        Optional<Item> item = kb.item(id);
        if (item.isEmpty()) {
            lists.problem(path + ".item", "unknown item id '" + id + "'");
            return Optional.empty();
        }
        String wrong = Reads.mismatch(item.get(), value, reads);
        if (wrong != null) {
            lists.problem(path + (wrong.startsWith("value") ? ".value" : ""), wrong);
            return Optional.empty();
        }
        Vocabulary<Boolean> needs = n.has("needs") ? lists.flags(n, "needs", path) : null;
        Vocabulary<Boolean> confirmNear = n.has("confirmNear") ? lists.flags(n, "confirmNear", path) : null;
        return Optional.of(new Sense(id, value, reads, needs, n.path("fallback").asBoolean(false),
                n.path("confirm").asBoolean(false), n.path("shared").asBoolean(false), n.path("needsReach").asInt(0),
                confirmNear));
    }

    private Vocabulary<CueKind> cueVocabulary(JsonNode cues) {
        Vocabulary.Builder<CueKind> b = new Vocabulary.Builder<>();
        lists.addAll(b, cues.get("negation"), "$.cues.negation", false, CueKind.NEGATION);
        lists.addAll(b, cues.get("postNegation"), "$.cues.postNegation", false, CueKind.POST_NEGATION);
        lists.addAll(b, cues.get("hypothetical"), "$.cues.hypothetical", false, CueKind.HYPOTHETICAL);
        lists.addAll(b, cues.get("uncertain"), "$.cues.uncertain", false, CueKind.UNCERTAIN);
        lists.addAll(b, cues.get("resolvedPast"), "$.cues.resolvedPast", false, CueKind.RESOLVED_PAST);
        lists.addAll(b, cues.get("pseudo"), "$.cues.pseudo", false, CueKind.PSEUDO);
        optional(b, cues, "trailingNegation", CueKind.TRAILING_NEGATION);
        optional(b, cues, "resolvedBefore", CueKind.RESOLVED_BEFORE);
        optional(b, cues, "retraction", CueKind.RETRACTION);
        optional(b, cues, "conditional", CueKind.CONDITIONAL);
        optional(b, cues, "feared", CueKind.FEARED);
        optional(b, cues, "contrastDenial", CueKind.CONTRAST_DENIAL);
        lists.addAll(b, cues.get("clauseBreaks"), "$.cues.clauseBreaks", false, CueKind.CLAUSE_BREAK);
        lists.addAll(b, cues.get("terminators"), "$.cues.terminators", false, CueKind.TERMINATOR);
        return b.build();
    }

    private void optional(Vocabulary.Builder<CueKind> b, JsonNode cues, String field, CueKind kind) {
        if (cues.has(field)) {
            lists.addAll(b, cues.get(field), "$.cues." + field, false, kind);
        }
    }

    private Composition composition(JsonNode cues) {
        return new Composition(lists.optionalFlags(cues, "activities", "$.cues"),
                lists.optionalFlags(cues, "otherMeasures", "$.cues"), lists.optionalFlags(cues, "simultaneity", "$.cues"),
                lists.optionalFlags(cues, "spreading", "$.cues"), lists.optionalFlags(cues, "regions", "$.cues"),
                lists.optionalFlags(cues, "settings", "$.cues"), lists.optionalFlags(cues, "pastLeads", "$.cues"),
                lists.optionalFlags(cues, "resolutions", "$.cues"), lists.optionalFlags(cues, "resolutionTails", "$.cues"),
                lists.optionalFlags(cues, "presentMarks", "$.cues"), lists.optionalFlags(cues, "ellipticalDenials", "$.cues"),
                cues.has("compoundTails") ? lists.stems(cues.get("compoundTails"), "$.cues.compoundTails") : Set.of());
    }

    private Grammar grammar(JsonNode n) {
        return new Grammar(lists.words(n, "and", "$.grammar"), lists.words(n, "afterComma", "$.grammar"),
                lists.words(n, "list", "$.grammar"), lists.words(n, "articles", "$.grammar"), lists.words(n, "or", "$.grammar"),
                lists.words(n, "continuers", "$.grammar"), lists.words(n, "subjects", "$.grammar"),
                lists.words(n, "verbs", "$.grammar"), n.has("opens") ? lists.words(n, "opens", "$.grammar") : Set.of());
    }

    private AgeWords ages(JsonNode n) {
        return new AgeWords(lists.words(n, "leads", "$.self.age"), lists.words(n, "childLinks", "$.self.age"),
                lists.flags(n, "units", "$.self.age"), lists.words(n, "sexLinks", "$.self.age"),
                optionalWords(n, "leadSkips", "$.self.age"), optionalWords(n, "notAfter", "$.self.age"),
                lists.optionalFlags(n, "coming", "$.self.age"), optionalWords(n, "years", "$.self.age"));
    }

    private Set<String> optionalWords(JsonNode n, String field, String path) {
        return n.has(field) ? lists.words(n, field, path) : Set.of();
    }

    private Vocabulary<PersonGroup> people(JsonNode groups) {
        Vocabulary.Builder<PersonGroup> b = new Vocabulary.Builder<>();
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            String sex = g.has("sex") ? checkedSex(g.get("sex").asText(), "$.people.groups[" + i + "].sex") : null;
            lists.addAll(b, g.get("say"), "$.people.groups[" + i + "].say", false,
                    new PersonGroup(sex, g.path("child").asBoolean(false)));
        }
        return b.build();
    }

    private Map<String, String> pronouns(JsonNode pronouns) {
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pronouns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String sex = checkedSex(e.getKey(), "$.people.pronouns." + e.getKey());
            lists.stems(e.getValue(), "$.people.pronouns." + e.getKey()).forEach(s -> out.put(s, sex));
        }
        return Map.copyOf(out);
    }

    private Vocabulary<String> selfSex(JsonNode sexes) {
        Vocabulary.Builder<String> b = new Vocabulary.Builder<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = sexes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String sex = checkedSex(e.getKey(), "$.self.sex." + e.getKey());
            lists.addAll(b, e.getValue(), "$.self.sex." + e.getKey(), false, sex);
        }
        return b.build();
    }

    private String checkedSex(String sex, String path) {
        boolean ok = kb.item("sex").map(i -> i.allows(sex)).orElse(false);
        if (!ok) {
            lists.problem(path, "'" + sex + "' is not a value of item 'sex'");
        }
        return sex;
    }

    /** Built last: its targets are the words of every other section. */
    private TextSpelling spelling(JsonNode n) {
        Map<String, List<String>> shorthand = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("shorthand").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Token> from = lists.tokenize(e.getKey());
            List<String> to = lists.tokenize(e.getValue().asText()).stream().map(Token::word).toList();
            if (from.size() != 1 || to.isEmpty()) {
                lists.problem("$.spelling.shorthand['" + e.getKey() + "']", "must map one written word to one or more words");
            } else {
                shorthand.put(from.get(0).word(), to);
                lists.words().addAll(to);
            }
        }
        Set<String> real = new HashSet<>();
        n.get("realWords").forEach(w -> real.add(w.asText()));
        Set<String> abbreviations = n.has("abbreviations")
                ? lists.stems(n.get("abbreviations"), "$.spelling.abbreviations") : Set.of();
        return new TextSpelling(forms, shorthand, lists.words(), real, abbreviations);
    }
}
