package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one language's translation against the English, unit by unit, and keeps the translated
 * texts that pass.
 *
 * <p>Every English text needs its translation; a translation of an id the English file does not
 * have, a missing or extra field, a different number of steps, and a translation made from older
 * English (its {@code from} hash differs from the English text's hash now) are all problems, so
 * a change to the English forces the translation to be looked at again.
 */
final class TranslationCheck {
    private final Language language;
    private final List<Problem> problems;

    TranslationCheck(Language language, List<Problem> problems) {
        this.language = language;
        this.problems = problems;
    }

    /**
     * The translated units by {@code kind:id}, checked against {@code english}; problems are added
     * for everything wrong, and the map is complete only when none were.
     */
    Map<String, TranslatedUnit> check(List<TextUnit> english, KnowledgeFiles files, Locations where) {
        TranslationReader reader = new TranslationReader(files, language, problems, where);
        Map<String, TranslatedUnit> out = new LinkedHashMap<>();
        Set<String> englishFiles = new LinkedHashSet<>();
        english.forEach(u -> englishFiles.add(u.file()));
        for (String file : englishFiles) {
            Optional<List<TranslatedUnit>> translated = reader.read(file);
            if (translated.isEmpty()) {
                continue;
            }
            Map<String, TranslatedUnit> byKey = new LinkedHashMap<>();
            translated.get().forEach(t -> byKey.putIfAbsent(t.kind() + ":" + t.id(), t));
            for (TextUnit unit : english) {
                if (unit.file().equals(file)) {
                    TranslatedUnit t = byKey.remove(unit.kind() + ":" + unit.id());
                    if (t == null) {
                        missing(unit);
                    } else if (matches(unit, t)) {
                        out.put(unit.kind() + ":" + unit.id(), t);
                    }
                }
            }
            byKey.values().forEach(t -> problems.add(new Problem(t.file(), t.path() + (t.path().equals("$") ? ".topic" : ".id"),
                    "translates unknown " + t.kind() + " '" + t.id() + "': " + file + " has none")));
        }
        return out;
    }

    private void missing(TextUnit unit) {
        String section = unit.section();
        problems.add(new Problem(TranslationReader.fileFor(language, unit.file()), section.isEmpty() ? "$" : "$." + section,
                "no translation of " + unit.kind() + " '" + unit.id() + "' (" + unit.file() + " " + unit.path()
                        + "); translate it with from: " + unit.hash()));
    }

    /** A field as messages name it: {@code 'caveat'}, or {@code the label of value 'calf'}. */
    private static String describe(String field) {
        return field.startsWith("values.") ? "the label of value '" + field.substring("values.".length()) + "'"
                : "'" + field + "'";
    }

    /** Whether the translation has exactly the English fields and was made from the English as it is now. */
    private boolean matches(TextUnit unit, TranslatedUnit t) {
        List<Problem> found = new ArrayList<>();
        unit.fields().forEach((field, texts) -> {
            List<String> translated = t.fields().get(field);
            if (translated == null) {
                found.add(new Problem(t.file(), t.path(), "missing " + describe(field) + ": the English "
                        + unit.kind() + " '" + unit.id() + "' has it"));
            } else if (translated.size() != texts.size()) {
                found.add(new Problem(t.file(), t.fieldPaths().get(field), translated.size() + " " + field
                        + " where the English has " + texts.size()));
            }
        });
        t.fields().keySet().stream().filter(f -> !unit.fields().containsKey(f)).forEach(f -> found.add(new Problem(
                t.file(), t.fieldPaths().get(f), describe(f) + " has no English text to translate in "
                        + unit.kind() + " '" + unit.id() + "'")));
        String now = unit.hash();
        if (!now.equals(t.from())) {
            found.add(new Problem(t.file(), t.path() + ".from", "stale: translated from " + t.from() + ", but the English of "
                    + unit.kind() + " '" + unit.id() + "' (" + unit.file() + " " + unit.path() + ") is now " + now
                    + "; check the translation against the English, then set from: " + now));
        }
        problems.addAll(found);
        return found.isEmpty();
    }
}
