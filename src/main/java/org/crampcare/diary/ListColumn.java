package org.crampcare.diary;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How sets of words are kept in one text column: {@code ",calf,foot,"}, and relief as
 * {@code ",stretch=2,heat=1,"}. The outer commas let {@code LIKE '%,calf,%'} find a word on both
 * databases; the words are checked before storing, so they never contain a comma or equals sign.
 */
final class ListColumn {
    private ListColumn() {
    }

    static String encode(Set<? extends Word> words) {
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(",");
        words.forEach(w -> sb.append(w.value()).append(','));
        return sb.toString();
    }

    static String encode(Map<Relief, Integer> relief) {
        if (relief.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(",");
        relief.forEach((r, n) -> sb.append(r.value()).append('=').append(n).append(','));
        return sb.toString();
    }

    static <E extends Enum<E> & Word> EnumSet<E> decode(Class<E> type, String column) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String s : column.split(",")) {
            if (!s.isEmpty()) {
                set.add(Word.parse(type, "stored value", s));
            }
        }
        return set;
    }

    static EnumMap<Relief, Integer> decodeRelief(String column) {
        EnumMap<Relief, Integer> map = new EnumMap<>(Relief.class);
        for (String s : column.split(",")) {
            if (!s.isEmpty()) {
                int eq = s.indexOf('=');
                map.put(Word.parse(Relief.class, "stored value", s.substring(0, eq)), Integer.parseInt(s.substring(eq + 1)));
            }
        }
        return map;
    }

    /** The LIKE pattern that finds one word in a column. */
    static String containing(Word word) {
        return "%," + word.value() + ",%";
    }
}
