package org.crampcare.knowledge;

/** A numeric comparison in a condition, named as in the knowledge files. */
public enum Comparison {
    GTE("gte", ">="), GT("gt", ">"), LTE("lte", "<="), LT("lt", "<");

    private final String key;
    private final String symbol;

    Comparison(String key, String symbol) {
        this.key = key;
        this.symbol = symbol;
    }

    /** The comparison as a symbol for people. */
    public String symbol() {
        return symbol;
    }

    /** The key used for this comparison in the knowledge files. */
    public String key() {
        return key;
    }

    boolean holds(double value, double threshold) {
        return switch (this) {
            case GTE -> value >= threshold;
            case GT -> value > threshold;
            case LTE -> value <= threshold;
            case LT -> value < threshold;
        };
    }
}
