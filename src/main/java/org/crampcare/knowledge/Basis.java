package org.crampcare.knowledge;

import java.util.Locale;

/**
 * What a content entry rests on: the cited source articles, or CrampCare's own practical tip.
 *
 * <p>A practical tip is a how-to detail no source describes (how to stretch the sole of a foot,
 * a cloth under a heating pad). It cites no source, is shown as a tip on pages and in the API,
 * and may not make a clinical claim (the validator refuses clinical words in it).
 */
public enum Basis {
    SOURCES, PRACTICAL_TIP;

    /** How a practical tip is labelled wherever it is shown (pages, command line). */
    public static final String TIP_LABEL = "Practical tip from CrampCare (not from a medical source)";

    /** The value used in knowledge files and JSON, e.g. {@code practical-tip}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The basis for a knowledge-file value; the schema has already limited it to known values. */
    static Basis of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
