package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one English text stands in a translation: what a translator needs to add or refresh it.
 *
 * @param file the translation file it belongs in, e.g. {@code es/facts.yaml}
 * @param kind what it is ({@code item}, {@code entry}...)
 * @param id   the English id, which the translation names
 * @param hash the hash of the English texts as they are now: the {@code from} a fresh translation records
 * @param from the hash the translation says it was made from, or null when there is no translation
 */
public record TranslationState(String file, String kind, String id, String hash, String from) {

    /** Whether the text is translated from the English as it is now, from older English, or not at all. */
    public enum Status { OK, STALE, MISSING }

    /** This text's status. */
    public Status status() {
        return from == null ? Status.MISSING : from.equals(hash) ? Status.OK : Status.STALE;
    }

    /** The state of every English unit in {@code language}, reading its translation files as far as they can be read. */
    static List<TranslationState> of(List<TextUnit> english, KnowledgeFiles files, Language language) {
        TranslationReader reader = new TranslationReader(files, language, new ArrayList<>(), new Locations());
        Map<String, String> from = new HashMap<>();
        english.stream().map(TextUnit::file).distinct().forEach(file -> reader.read(file).ifPresent(units ->
                units.forEach(t -> from.putIfAbsent(file + " " + t.kind() + ":" + t.id(), t.from()))));
        return english.stream().map(u -> new TranslationState(TranslationReader.fileFor(language, u.file()), u.kind(),
                u.id(), u.hash(), from.get(u.file() + " " + u.kind() + ":" + u.id()))).toList();
    }
}
