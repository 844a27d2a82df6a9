package org.crampcare.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon's word classes, and the expansion of a phrase that names them ("@cannot @endure
 * @painobject") into every wording it stands for.
 *
 * <p>A class is a list of phrases of one or more words ("can't", "could not", "unable to"); a
 * phrase names it as {@code @name}, or {@code @name?} when it may be left out. Compositional
 * patterns are thus data: an inability word, an endurance verb and the pain endured combine into
 * all their wordings instead of a list of whole sentences, so "could not bear it" is read because
 * "can't take the pain" is. Immutable once built.
 */
final class WordClasses {
    static final String MARK = "@";
    static final String OPTIONAL = "?";
    /** Wordings one phrase may stand for: beyond this a pattern is a mistake, not a family. */
    static final int MOST_WORDINGS = 20_000;

    private final Map<String, List<String>> classes;

    private WordClasses(Map<String, List<String>> classes) {
        this.classes = classes;
    }

    static WordClasses none() {
        return new WordClasses(Map.of());
    }

    /** The classes of a lexicon's {@code classes} section (absent: none). */
    static WordClasses of(JsonNode section) {
        if (section == null) {
            return none();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> members = new ArrayList<>();
            e.getValue().forEach(m -> members.add(m.asText()));
            out.put(e.getKey(), List.copyOf(members));
        }
        return new WordClasses(Map.copyOf(out));
    }

    /**
     * Every wording the phrase stands for; the phrase itself when it names no class.
     *
     * @param errors receives why the phrase cannot be expanded (an unknown class, too many wordings)
     */
    List<String> expand(String phrase, List<String> errors) {
        if (!phrase.contains(MARK)) {
            return List.of(phrase);
        }
        List<String> out = List.of("");
        for (String chunk : phrase.trim().split("\\s+")) {
            List<String> choices = choices(chunk, phrase, errors);
            if (choices == null) {
                return List.of();
            }
            List<String> next = new ArrayList<>(out.size() * choices.size());
            for (String head : out) {
                for (String c : choices) {
                    next.add(c.isEmpty() ? head : head.isEmpty() ? c : head + " " + c);
                }
            }
            if (next.size() > MOST_WORDINGS) {
                errors.add("\"" + phrase + "\" stands for more than " + MOST_WORDINGS + " wordings");
                return List.of();
            }
            out = next;
        }
        return out.stream().filter(s -> !s.isEmpty()).distinct().toList();
    }

    private List<String> choices(String chunk, String phrase, List<String> errors) {
        if (!chunk.startsWith(MARK) || chunk.length() == 1) {
            return List.of(chunk);
        }
        boolean optional = chunk.endsWith(OPTIONAL);
        String name = chunk.substring(1, optional ? chunk.length() - 1 : chunk.length());
        List<String> members = classes.get(name);
        if (members == null) {
            errors.add("\"" + phrase + "\" names an unknown word class '" + name + "'");
            return null;
        }
        List<String> out = grouped(members);
        if (optional) {
            out.add("");
        }
        return out;
    }

    /**
     * The members as few phrase chunks as possible: the single plain words joined into one
     * alternative ("can't|cannot|cant"), each longer member on its own, so a pattern of several
     * classes compiles to hundreds of phrases rather than tens of thousands.
     */
    private static List<String> grouped(List<String> members) {
        List<String> out = new ArrayList<>();
        StringBuilder singles = new StringBuilder();
        for (String m : members) {
            boolean plain = !m.contains(" ") && !m.contains("|") && !m.startsWith(Phrase.EXACT_MARK)
                    && !m.endsWith(Phrase.PREFIX_MARK) && !m.equals(Phrase.ANY);
            if (plain) {
                singles.append(singles.length() == 0 ? "" : "|").append(m);
            } else {
                out.add(m);
            }
        }
        if (singles.length() > 0) {
            out.add(0, singles.toString());
        }
        return out;
    }
}
