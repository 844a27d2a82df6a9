package org.crampcare.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing's texts as a translation file gives them: the fields it translates, the hash of the
 * English they were translated from, and where each field is in the file.
 *
 * @param file       the translation file, e.g. {@code es/facts.yaml}
 * @param path       its JSON path there, e.g. {@code $.entries[3]}
 * @param from       the hash of the English texts the translation was made from (see {@link TextUnit#hash})
 * @param fields     the translated texts by field name ({@code values.<value>} for an item's value labels)
 * @param fieldPaths the JSON path of each field, for messages
 * @param questions  a content entry's search phrasings in the language (not translations of the
 *                   English ones, so not hashed or checked against them); empty for other things
 */
record TranslatedUnit(String kind, String id, String file, String path, String from,
                      Map<String, List<String>> fields, Map<String, String> fieldPaths, List<String> questions) {
    TranslatedUnit {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        fieldPaths = Collections.unmodifiableMap(new LinkedHashMap<>(fieldPaths));
        questions = List.copyOf(questions);
    }

    /** The one text of a single-text field (the check has made sure it is there). */
    String text(String field) {
        return fields.get(field).get(0);
    }
}
