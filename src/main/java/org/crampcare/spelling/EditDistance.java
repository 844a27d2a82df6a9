package org.crampcare.spelling;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost one edit.
 *
 * <p>Swaps count as one edit because typing two letters in the wrong order is the most common slip.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The distance between a and b, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    public static int between(String a, String b, int limit) {
        return new Rows(b.length()).between(a, b, limit);
    }

    /**
     * Three reusable rows of the distance table (the third for transpositions), so comparing one
     * word with a whole vocabulary allocates once instead of once per candidate. Not thread-safe:
     * make one per word looked up.
     */
    static final class Rows {
        private int[] twoBack;
        private int[] previous;
        private int[] current;

        Rows(int capacity) {
            twoBack = new int[capacity + 1];
            previous = new int[capacity + 1];
            current = new int[capacity + 1];
        }

        int between(String a, String b, int limit) {
            if (previous.length < b.length() + 1) {
                twoBack = new int[b.length() + 1];
                previous = new int[b.length() + 1];
                current = new int[b.length() + 1];
            }
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                int rowMin = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        v = Math.min(v, twoBack[j - 2] + 1);
                    }
                    current[j] = v;
                    rowMin = Math.min(rowMin, v);
                }
                if (rowMin > limit) {
                    return limit + 1;
                }
                int[] spare = twoBack;
                twoBack = previous;
                previous = current;
                current = spare;
            }
            return Math.min(previous[b.length()], limit + 1);
        }
    }
}
