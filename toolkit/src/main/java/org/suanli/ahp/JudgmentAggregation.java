package org.suanli.ahp;

import java.util.Locale;

/**
 * How several experts' judgments become one priority vector (Forman and Peniwati 1998, "Aggregating individual
 * judgments and priorities with the analytic hierarchy process", EJOR 108, 165–169).
 */
public enum JudgmentAggregation {
    /**
     * Aggregation of individual judgments: the element-wise (weighted) geometric mean of the matrices, then its
     * priorities. The geometric mean is the only mean that keeps the aggregate reciprocal.
     */
    AIJ("aij"),
    /** Aggregation of individual priorities by the weighted geometric mean, renormalised to sum 1. */
    AIP_GEOMETRIC("aip-geometric"),
    /** Aggregation of individual priorities by the weighted arithmetic mean. */
    AIP_ARITHMETIC("aip-arithmetic");

    private final String id;

    JudgmentAggregation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static JudgmentAggregation parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "aij", "judgments", "judgements" -> AIJ;
            case "aip-geometric", "aip", "aip-gm", "geometric" -> AIP_GEOMETRIC;
            case "aip-arithmetic", "aip-am", "arithmetic" -> AIP_ARITHMETIC;
            default -> throw new IllegalArgumentException("Unknown aggregation '" + text
                    + "'; use aij, aip-geometric or aip-arithmetic.");
        };
    }
}
