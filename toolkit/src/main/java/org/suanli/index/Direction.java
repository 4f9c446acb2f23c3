package org.suanli.index;

/**
 * Whether more of an indicator means more computing-power development. All 14 indicators of the blue book's
 * 表1 are positive; the option exists so a user can add, say, an energy-intensity indicator without re-inventing
 * the flip.
 */
public enum Direction {
    POSITIVE,
    NEGATIVE;

    /** Reads the foundation's direction text ("+", "positive", "-", "negative", "正向", "负向"). */
    public static Direction parse(String text) {
        if (text == null || text.isBlank()) {
            return POSITIVE;
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "+": case "positive": case "pos": case "正向": case "正": case "higher_is_better": case "up":
                return POSITIVE;
            case "-": case "negative": case "neg": case "负向": case "负": case "lower_is_better": case "down":
                return NEGATIVE;
            default:
                throw new IllegalArgumentException("unknown indicator direction '" + text
                        + "': use positive (+) or negative (-)");
        }
    }
}
