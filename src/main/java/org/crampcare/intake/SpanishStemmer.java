package org.crampcare.intake;

/**
 * A deliberately light Spanish stemmer for accent-folded words: number, gender and the commonest
 * verb endings, so "hinchado", "hinchada" and "hinchadas" all become "hinchad", "mano" and "manos"
 * "man", "duele" and "duelen" "duel", "veces" "vez".
 *
 * <p>Rules, each applied only when at least three letters remain: a plural "-ces" becomes "-z"; a
 * final "-s" goes (plural); otherwise the "-n" of "-an"/"-en" goes (third person plural); then a
 * final "a", "e" or "o" goes (gender, and the first/third person of most verbs: "tomo", "toma",
 * "tomé" → "tom"). Words of three letters or fewer are kept whole ("no", "sin", "mas", "dia").
 *
 * <p>Lucene's SpanishLightStemmer leaves words of five letters or fewer alone, so "mano"/"manos",
 * "roja"/"rojas" and "pie"/"pies" would not meet; and it has no verb endings. Like the English
 * stemmer this one only has to be consistent, since the lexicon and the text go through it both:
 * irregular forms ("duermo", "tuve") are listed in the lexicon, and the rare words it joins that
 * mean different things ("nada"/"nado") are written there as exact words.
 */
final class SpanishStemmer {
    private static final int SHORTEST = 3;

    private SpanishStemmer() {
    }

    static String stem(String word) {
        int n = word.length();
        if (n <= SHORTEST || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        String w = word;
        if (w.endsWith("ces") && n - 2 >= SHORTEST) {
            return w.substring(0, n - 3) + "z";
        }
        if (w.endsWith("s")) {
            w = w.substring(0, n - 1);
        } else if (w.endsWith("an") || w.endsWith("en")) {
            w = w.substring(0, n - 1);
        }
        int m = w.length();
        char last = w.charAt(m - 1);
        if ((last == 'a' || last == 'e' || last == 'o') && m - 1 >= SHORTEST) {
            w = w.substring(0, m - 1);
        }
        return w;
    }
}
