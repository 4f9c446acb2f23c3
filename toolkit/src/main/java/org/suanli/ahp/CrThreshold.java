package org.suanli.ahp;

import java.util.Locale;

/**
 * When a consistency ratio is acceptable.
 *
 * <p>Saaty's rule of thumb is CR ≤ 0.10. He also proposed stricter limits for small matrices, where a random
 * matrix is less inconsistent on average: 0.05 for n = 3 and 0.08 for n = 4 (Saaty 1994, <i>Fundamentals of
 * Decision Making and Priority Theory</i>, RWS, p. 84). Matrices with n ≤ 2 are always consistent.
 */
public enum CrThreshold {
    /** CR ≤ 0.10 for every n. */
    FIXED_0_10("fixed"),
    /** CR ≤ 0.05 (n = 3), 0.08 (n = 4), 0.10 (n ≥ 5). */
    N_DEPENDENT("n-dependent");

    private final String id;

    CrThreshold(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The largest acceptable CR for a matrix of order n. */
    public double limit(int n) {
        if (this == N_DEPENDENT) {
            if (n == 3) {
                return 0.05;
            }
            if (n == 4) {
                return 0.08;
            }
        }
        return 0.10;
    }

    /** Whether a matrix of order n with this CR is acceptably consistent (n ≤ 2 always is). */
    public boolean accepts(int n, double cr) {
        return n <= 2 || cr <= limit(n) + 1e-12;
    }

    public static CrThreshold parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "fixed", "0.1", "0.10", "fixed-0.10" -> FIXED_0_10;
            case "n-dependent", "saaty", "ndependent", "n" -> N_DEPENDENT;
            default -> throw new IllegalArgumentException("Unknown CR threshold '" + text
                    + "'; use 'fixed' (0.10) or 'n-dependent' (0.05/0.08/0.10).");
        };
    }
}
