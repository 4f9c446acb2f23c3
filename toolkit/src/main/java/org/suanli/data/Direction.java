package org.suanli.data;

/**
 * Whether more of an indicator means more computing power. All 14 of the blue book's indicators are positive,
 * but standardisation must not assume it: a user's own indicator (energy per FLOP, say) may be negative.
 */
public enum Direction {
    POSITIVE("+"),
    NEGATIVE("-");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Direction parse(String text) {
        String t = text.strip();
        if (t.equals("+") || t.equalsIgnoreCase("positive")) {
            return POSITIVE;
        }
        if (t.equals("-") || t.equalsIgnoreCase("negative")) {
            return NEGATIVE;
        }
        throw new IllegalArgumentException("Unknown direction '" + text + "'; expected + or -");
    }
}
