package org.suanli.index;

/**
 * How a ranking treats equal values. Rankings of provinces are published as plain numbers, so the rule that
 * produced them must be stated next to them: two provinces with the same index can be "2 and 2", "2 and 3" or
 * "2.5 and 2.5" depending on it.
 */
public enum TieRule {
    /** Equal values share the best (smallest) rank number and the next rank is skipped: 1, 2, 2, 4 (competition ranking). */
    MIN("min (competition ranking 1-2-2-4)"),
    /** Equal values share the worst (largest) rank number: 1, 3, 3, 4. */
    MAX("max (1-3-3-4)"),
    /** Equal values share the mean of the ranks they occupy: 1, 2.5, 2.5, 4 (fractional ranking). */
    AVERAGE("average (fractional ranking 1-2.5-2.5-4)"),
    /** Equal values share a rank and no number is skipped: 1, 2, 2, 3 (dense ranking). */
    DENSE("dense (1-2-2-3)");

    private final String description;

    TieRule(String description) {
        this.description = description;
    }

    /** A short statement of the rule, for table footnotes. */
    public String description() {
        return description;
    }
}
