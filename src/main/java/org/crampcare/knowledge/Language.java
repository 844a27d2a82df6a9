package org.crampcare.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language CrampCare speaks, named by its BCP 47 primary tag ({@code en}, {@code es}).
 *
 * <p>English is the language the knowledge is written in first; every other language is a
 * translation of it. The list is closed on purpose: adding a language means translating every
 * shipped text, which the knowledge validator checks.
 */
public enum Language {
    EN("en"), ES("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language's BCP 47 primary tag, as used in {@code lang} attributes and the API. */
    public String tag() {
        return tag;
    }

    /**
     * Where this language's own copy of a knowledge file is: the file itself for the base language,
     * otherwise the same name in the folder named by the tag ({@code es/scope.yaml}).
     */
    public String file(String baseFile) {
        return this == base() ? baseFile : tag + "/" + baseFile;
    }

    /** The language the knowledge is written in first. */
    public static Language base() {
        return EN;
    }

    /** Every language, the base language first. */
    public static List<Language> all() {
        return List.of(values());
    }

    /** The language with this tag ({@code "es"}, {@code "ES"}, {@code "es-MX"}), if CrampCare speaks it. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
