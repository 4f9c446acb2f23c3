package org.suanli.index;

/**
 * Which standard deviation a z-score divides by. With 31 provinces the two differ by about 1.6 %, enough to move a
 * published z-score in its second decimal, so the choice is always stated.
 */
public enum SdKind {
    /** Divides the sum of squares by n − 1 (the sample SD). The OECD/JRC Handbook's Table 15 uses this one. */
    SAMPLE,
    /** Divides the sum of squares by n (the population SD: the 31 provinces are the whole population). */
    POPULATION;

    double sd(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        int denominator = this == SAMPLE ? n - 1 : n;
        if (denominator <= 0) {
            throw new IllegalArgumentException("a " + name().toLowerCase() + " standard deviation needs at least "
                    + (this == SAMPLE ? 2 : 1) + " values, got " + n);
        }
        return Math.sqrt(ss / denominator);
    }
}
