package org.suanli.ahp;

import java.util.Locale;

/** How a priority vector is derived from a comparison matrix. */
public enum PriorityMethod {
    /**
     * Saaty's principal right eigenvector, normalised to sum 1; λmax is the Perron root (the largest real
     * eigenvalue; a positive matrix also has complex eigenvalues, which are never chosen).
     */
    EIGENVECTOR("eigen"),
    /**
     * Normalised geometric means of the rows (Crawford and Williams 1985, the logarithmic least-squares solution).
     * λmax, CI and CR are still those of the matrix (its Perron root), so CR does not depend on the method.
     */
    GEOMETRIC_MEAN("geometric"),
    /**
     * The textbook hand approximation: normalise each column to sum 1 and average the rows; λmax is then
     * approximated by the mean of (A·w)ᵢ / wᵢ. Offered to reproduce worked examples computed that way.
     */
    COLUMN_NORMALISATION("column");

    private final String id;

    PriorityMethod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PriorityMethod parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "eigen", "eigenvector", "ev" -> EIGENVECTOR;
            case "geometric", "geometric-mean", "gm", "rgm", "llsm" -> GEOMETRIC_MEAN;
            case "column", "column-normalisation", "column-normalization", "amnc", "approximate" ->
                    COLUMN_NORMALISATION;
            default -> throw new IllegalArgumentException("Unknown priority method '" + text
                    + "'; use eigen, geometric or column.");
        };
    }
}
