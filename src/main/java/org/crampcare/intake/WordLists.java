package org.crampcare.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crampcare.knowledge.Problem;

/**
 * Compiles the word lists and phrase lists of one lexicon file in its language's word forms,
 * collecting every problem with its path and every word used (the targets of spelling correction).
 */
final class WordLists {
    private final String file;
    private final WordForms forms;
    private final List<Problem> problems;
    private final Set<String> words = new HashSet<>();
    private WordClasses classes = WordClasses.none();

    WordLists(String file, WordForms forms, List<Problem> problems) {
        this.file = file;
        this.forms = forms;
        this.problems = problems;
    }

    /** The word classes that phrases compiled from now on may name ({@code @cannot}). */
    void useClasses(WordClasses classes) {
        this.classes = classes;
    }

    /** Every word the lists compiled so far use. */
    Set<String> words() {
        return words;
    }

    void problem(String path, String message) {
        problems.add(new Problem(file, path, message));
    }

    /** A list of phrases that each mean "yes". */
    Vocabulary<Boolean> flags(JsonNode parent, String field, String path) {
        Vocabulary.Builder<Boolean> b = new Vocabulary.Builder<>();
        addAll(b, parent.get(field), path + "." + field, false, Boolean.TRUE);
        return b.build();
    }

    /** A list the schema lets out: empty when absent. */
    Vocabulary<Boolean> optionalFlags(JsonNode parent, String field, String path) {
        return parent.has(field) ? flags(parent, field, path) : new Vocabulary.Builder<Boolean>().build();
    }

    /** Phrases with a number each ("twice": 2). */
    Vocabulary<Double> values(JsonNode map, String path) {
        Vocabulary.Builder<Double> b = new Vocabulary.Builder<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            compile(e.getKey(), false, path + "['" + e.getKey() + "']").ifPresent(p -> b.add(p, e.getValue().asDouble()));
        }
        return b.build();
    }

    /** Single words compared by stem, or whole where written with a leading "=" ("=siento"). */
    WordSet stemsOrExact(JsonNode list, String path) {
        Set<String> stems = new HashSet<>();
        Set<String> exact = new HashSet<>();
        eachSingle(list, path, true, (word, marked) -> (marked ? exact : stems).add(marked ? word.word() : word.stem()));
        return new WordSet(stems, exact);
    }

    /** Single words (or marks), compared by stem. */
    Set<String> stems(JsonNode list, String path) {
        return single(list, path, true);
    }

    /** Single words (or marks), compared whole (folded, not stemmed). */
    Set<String> words(JsonNode parent, String field, String path) {
        return single(parent.get(field), path + "." + field, false);
    }

    private Set<String> single(JsonNode list, String path, boolean stemmed) {
        Set<String> out = new HashSet<>();
        eachSingle(list, path, false, (word, marked) -> out.add(stemmed ? word.stem() : word.word()));
        return Set.copyOf(out);
    }

    /**
     * Hands each entry of a list of single words to {@code take}, with whether it was marked "=" (only
     * when {@code exactMarks}), records it as a lexicon word, and reports any entry of more than one word.
     */
    private void eachSingle(JsonNode list, String path, boolean exactMarks,
                            java.util.function.BiConsumer<Token, Boolean> take) {
        for (int i = 0; i < list.size(); i++) {
            String written = list.get(i).asText();
            boolean marked = exactMarks && written.startsWith(Phrase.EXACT_MARK) && written.length() > 1;
            List<Token> tokens = tokenize(marked ? written.substring(1) : written);
            if (tokens.size() == 1) {
                take.accept(tokens.get(0), marked);
                words.add(tokens.get(0).word());
            } else {
                problem(path + "[" + i + "]", "must be a single word or mark");
            }
        }
    }

    <T> void addAll(Vocabulary.Builder<T> b, JsonNode list, String path, boolean exact, T meaning) {
        for (int i = 0; i < list.size(); i++) {
            String where = path + "[" + i + "]";
            List<String> errors = new java.util.ArrayList<>();
            for (String wording : classes.expand(list.get(i).asText(), errors)) {
                compile(wording, exact, where).ifPresent(p -> b.add(p, meaning));
            }
            errors.forEach(e -> problem(where, e));
        }
    }

    List<Token> tokenize(String text) {
        return Tokenizer.tokenize(text, forms);
    }

    private Optional<Phrase> compile(String text, boolean exact, String path) {
        List<String> errors = new java.util.ArrayList<>();
        Optional<Phrase> phrase = Phrase.compile(text, exact, forms, errors);
        StringBuilder plain = new StringBuilder();
        for (String chunk : text.split("\\s+")) {
            if (!chunk.endsWith(Phrase.PREFIX_MARK)) {
                plain.append(chunk.replace(Phrase.EXACT_MARK, "")).append(' ');
            }
        }
        tokenize(plain.toString()).stream().filter(t -> t.kind() == Token.Kind.WORD).forEach(t -> words.add(t.word()));
        errors.forEach(e -> problem(path, e));
        return phrase;
    }
}
