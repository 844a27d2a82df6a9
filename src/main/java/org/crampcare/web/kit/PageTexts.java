package org.crampcare.web.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Problem;
import org.crampcare.knowledge.YamlDocuments;

/**
 * The web pages' own texts in every language: {@code knowledge/pages.yaml} in English and a
 * translation overlay per language ({@code knowledge/es/pages.yaml}), read and checked like the
 * knowledge's translations.
 *
 * <p>Each translated text names the English key it translates and {@code from}, the first eight
 * hex digits of the SHA-256 of the English text it was made from (the hash the knowledge overlays
 * use: {@code text: <the text, white space made single spaces>} and a line end). A missing key,
 * an unknown key, a key given twice, a stale hash, a blank text or a text whose placeholders
 * ({@code {0}}) differ from the English is a problem named with file and path, and any problem
 * stops start-up: a page never shows a half-translated or empty text.
 */
public final class PageTexts {
    /** The English file and each translation's name under its language folder. */
    static final String FILE = "pages.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private final Map<Language, Texts> texts;

    private PageTexts(Map<Language, Texts> texts) {
        this.texts = texts;
    }

    /** The texts shipped inside CrampCare; throws naming every problem if they do not check. */
    public static PageTexts builtIn() {
        return load(KnowledgeFiles.builtIn());
    }

    /** The texts in {@code files}; throws naming every problem if they do not check. */
    public static PageTexts load(KnowledgeFiles files) {
        List<Problem> problems = new ArrayList<>();
        Map<Language, Texts> all = read(files, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("page texts have " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        }
        return new PageTexts(all);
    }

    /** Every problem of the texts in {@code files}, none when they check. */
    public static List<Problem> problems(KnowledgeFiles files) {
        List<Problem> problems = new ArrayList<>();
        read(files, problems);
        return problems;
    }

    /** The texts of {@code language}. */
    public Texts in(Language language) {
        return texts.get(language);
    }

    /** The hash a translation of {@code englishText} records in {@code from}. */
    public static String hash(String englishText) {
        String line = "text: " + englishText.strip().replaceAll("\\s+", " ") + "\n";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Map<Language, Texts> read(KnowledgeFiles files, List<Problem> problems) {
        Map<Language, Texts> all = new EnumMap<>(Language.class);
        Map<String, String> english = entries(files, FILE, "pages.schema.json", Language.base(), problems, null);
        all.put(Language.base(), new Texts(Language.base(), english));
        for (Language language : Language.all()) {
            if (language != Language.base()) {
                String file = language.tag() + "/" + FILE;
                all.put(language, new Texts(language, entries(files, file, "pages.translation.schema.json", language,
                        problems, english)));
            }
        }
        return all;
    }

    /**
     * The texts of one file by key; with {@code english} given, each is checked as its translation
     * and every English key must be there.
     */
    private static Map<String, String> entries(KnowledgeFiles files, String file, String schema, Language language,
                                               List<Problem> problems, Map<String, String> english) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode doc = YamlDocuments.readChecked(files, file, schema, problems).orElse(null);
        if (doc == null) {
            return out;
        }
        if (!language.tag().equals(doc.path("language").asText())) {
            problems.add(new Problem(file, "$.language", "says '" + doc.path("language").asText() + "' but should be '"
                    + language.tag() + "'"));
        }
        JsonNode list = doc.path("texts");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String id = entry.path("id").asText();
            String path = "$.texts[" + i + "]";
            String text = entry.path("text").asText().strip();
            if (out.put(id, text) != null) {
                problems.add(new Problem(file, path + ".id", "'" + id + "' is given twice"));
            }
            if (english != null) {
                checkTranslation(file, path, id, text, entry.path("from"), english, problems);
            }
        }
        if (english != null) {
            english.forEach((id, text) -> {
                if (!out.containsKey(id)) {
                    problems.add(new Problem(file, "$.texts", "no translation of '" + id + "'; translate it with from: "
                            + hash(text)));
                }
            });
        }
        return out;
    }

    private static void checkTranslation(String file, String path, String id, String text, JsonNode from,
                                         Map<String, String> english, List<Problem> problems) {
        String original = english.get(id);
        if (original == null) {
            problems.add(new Problem(file, path + ".id", "translates unknown text '" + id + "': pages.yaml has none"));
            return;
        }
        if (!from.isTextual()) {
            problems.add(new Problem(file, path + ".from", "write the hash in quotes (from: \"963e7368\")"));
        }
        String now = hash(original);
        if (!now.equals(from.asText())) {
            problems.add(new Problem(file, path + ".from", "stale: translated from " + from.asText() + ", but the English of '"
                    + id + "' is now " + now + "; check the translation against the English, then set from: " + now));
        }
        if (!placeholders(original).equals(placeholders(text))) {
            problems.add(new Problem(file, path + ".text", "has the placeholders " + placeholders(text)
                    + " where the English has " + placeholders(original)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
