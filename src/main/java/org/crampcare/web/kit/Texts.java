package org.crampcare.web.kit;

import java.util.Map;
import org.crampcare.knowledge.Language;
import org.crampcare.report.ReportWords;

/**
 * The page texts of one language, by key ({@code layout.skip}, {@code result.why}...).
 *
 * <p>Public because the precompiled templates read their words from it. Every language has every
 * key (checked when the texts are loaded), so an unknown key is a bug in the page asking for it:
 * it throws rather than showing nothing.
 */
public final class Texts implements ReportWords {
    private final Language language;
    private final Map<String, String> texts;

    Texts(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
    }

    /** The language of these texts. */
    public Language language() {
        return language;
    }

    /** The language's BCP 47 tag, for {@code lang} attributes. */
    @Override
    public String tag() {
        return language.tag();
    }

    /** The text of {@code key}. */
    @Override
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no page text '" + key + "' in knowledge/pages.yaml");
        }
        return text;
    }

    /** Whether there is a text for {@code key} (for texts picked by a value, such as a diary word). */
    @Override
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** A diary or assessment word ({@code pain_reliever}) in this language: {@code word.<value>}. */
    public String word(String value) {
        return get("word." + value);
    }
}
