package org.suanli.index;

/**
 * How children's values combine into their parent's. The arithmetic mean is fully compensatory (a lead in one
 * indicator buys off a gap in another); the geometric mean is less so and rewards balance (Handbook §6.2). The
 * book says only "加权计算", which reads as the arithmetic form.
 */
public enum Aggregation {
    /** Σ wᵢ xᵢ. */
    ARITHMETIC("weighted arithmetic mean"),
    /**
     * Π xᵢ^wᵢ. Needs values ≥ 0: a zero child makes the parent 0 (no compensation), a negative one (a z-score) is
     * refused.
     */
    GEOMETRIC("weighted geometric mean");

    private final String description;

    Aggregation(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    double combine(double[] values, double[] weights, int count) {
        if (this == ARITHMETIC) {
            double s = 0;
            for (int i = 0; i < count; i++) {
                s += weights[i] * values[i];
            }
            return s;
        }
        double logSum = 0;
        for (int i = 0; i < count; i++) {
            if (weights[i] == 0) {
                continue;
            }
            if (values[i] < 0) {
                throw new StandardisationException("the weighted geometric mean needs values ≥ 0, but child " + (i + 1) + " is "
                        + values[i] + ": use a method with non-negative scores (min-max, ratios, rank, percentile, T-score)");
            }
            if (values[i] == 0) {
                return 0;
            }
            logSum += weights[i] * Math.log(values[i]);
        }
        return Math.exp(logSum);
    }
}
