package org.crampcare.intake;

import org.crampcare.knowledge.Language;

/**
 * How the words of one language are made comparable: lower-casing (and, in Spanish, accent
 * folding), then a light stemming.
 *
 * <p>The lexicon and the text go through the same forms, so matching tolerates inflection and
 * the way people type: Spanish writers often leave out accents and the tilde ("dolia", "pequeno"),
 * so every Spanish word is compared without them. Quotes still show the original characters,
 * since tokens keep their offsets.
 */
enum WordForms {
    /** English: lower case, curly apostrophes straight; a possessive "'s" left out of the stem. */
    ENGLISH {
        @Override
        char fold(char c) {
            return c == '\u2019' ? '\'' : Character.toLowerCase(c);
        }

        @Override
        String stem(String word) {
            return Stemmer.stem(withoutPossessive(word));
        }

        @Override
        boolean marks(char c) {
            return false;
        }
    },
    /** Spanish: lower case without accents, diaeresis or tilde (á → a, ü → u, ñ → n). */
    SPANISH {
        @Override
        char fold(char c) {
            char lower = Character.toLowerCase(c);
            return switch (lower) {
                case 'á', 'à', 'â', 'ä', 'ã' -> 'a';
                case 'é', 'è', 'ê', 'ë' -> 'e';
                case 'í', 'ì', 'î', 'ï' -> 'i';
                case 'ó', 'ò', 'ô', 'ö', 'õ' -> 'o';
                case 'ú', 'ù', 'û', 'ü' -> 'u';
                case 'ñ' -> 'n';
                case 'ç' -> 'c';
                case '\u2019' -> '\'';
                default -> lower;
            };
        }

        /**
         * Folded, except the few words whose accent alone tells them apart from another word, when
         * the writer typed it: "sí" (yes) from "si" (if), "él" (he) from "el" (the), "sé" (I know)
         * from "se". Without the accent they stay ambiguous, and the lexicon reads them as written.
         */
        @Override
        String fold(String written) {
            String folded = super.fold(written);
            return switch (written.toLowerCase(java.util.Locale.ROOT)) {
                case "sí", "él", "sé" -> written.toLowerCase(java.util.Locale.ROOT);
                default -> folded;
            };
        }

        @Override
        String stem(String word) {
            return SpanishStemmer.stem(word);
        }

        @Override
        boolean marks(char c) {
            return "áéíóúüñÁÉÍÓÚÜÑ¿¡".indexOf(c) >= 0;
        }
    };

    /** One character as it is compared. */
    abstract char fold(char c);

    /** A written word as it is compared: each character folded. */
    String fold(String written) {
        StringBuilder b = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            b.append(fold(written.charAt(i)));
        }
        return b.toString();
    }

    /** The stem of a folded word. */
    abstract String stem(String word);

    /** Whether the character is written in this language and rarely in others ("ñ", "¿"). */
    abstract boolean marks(char c);

    /** The forms of a language. */
    static WordForms of(Language language) {
        return switch (language) {
            case EN -> ENGLISH;
            case ES -> SPANISH;
        };
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") && word.length() > 4 && !word.equals("that's") && !word.equals("there's")
                && !word.equals("what's") && !word.equals("she's") ? word.substring(0, word.length() - 2) : word;
    }
}
