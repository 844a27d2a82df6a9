package org.crampcare.spelling;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a Spanish word sounds, as a key that words spelt differently but said alike share:
 * "ielo" and "hielo", "beses" and "veces", "potacio" and "potasio", "calanbre" and "calambre".
 *
 * <p>Spanish spelling has letters that sound the same in Latin America (b and v; s, z, and c
 * before e or i; ll and y; a silent h), and people who type as they speak mix them up. Those slips
 * are often one edit from another real word ("beses" is as close to "bebes" as to "veces"), so
 * edit distance alone picks wrongly; a word that sounds exactly like a known word is that word.
 */
public final class SpanishSounds {
    private SpanishSounds() {
    }

    /** The sound key of a word: lower case, no accents, each sound written one way. */
    public static String key(String word) {
        String w = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        w = w.replace("ch", "X").replace("h", "")
                .replace("gue", "Ge").replace("gui", "Gi").replace("qu", "k")
                .replaceAll("g(?=[ei])", "j").replace('G', 'g')
                .replaceAll("c(?=[ei])", "s").replace('c', 'k').replace('z', 's')
                .replace('v', 'b').replace("ll", "y")
                .replace("nb", "mb").replace("np", "mp");
        return w.replaceAll("(.)\\1+", "$1");
    }
}
