package org.suanli.practice;

import java.util.Locale;

import org.suanli.ahp.Priorities;

/** Checks of a square matrix: a pairwise-comparison matrix an expert (or the trainee) has revised. */
public final class MatrixCheck extends Answer {

    private static final double CR_LIMIT = 0.10;

    private final double[][] matrix;

    MatrixCheck(Check check, String name, double[][] matrix) {
        super(check, name);
        this.matrix = matrix;
    }

    @Override
    boolean missing() {
        return matrix == null;
    }

    /**
     * The full pairwise-comparison matrix built from an expert's upper triangle: ones on the diagonal, the
     * judgments above it, their reciprocals below.
     */
    public void isFullMatrixOf(double[][] upperTriangle) {
        judge(() -> {
            int n = upperTriangle.length + 1;
            Feedback shape = shapeProblem(n, n + " items are compared, so it needs " + n);
            if (shape != null) {
                return shape;
            }
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    double given = upperTriangle[i][j - i - 1];
                    if (Math.abs(matrix[i][j] - given) > 1e-9 * Math.max(1, given)) {
                        if (Math.abs(matrix[i][j] - 1 / given) <= 1e-9 * Math.max(1, 1 / given)) {
                            return hint("above the diagonal you put reciprocals: a[" + i + "][" + j + "] is the "
                                    + "expert's judgment of row " + i + " against column " + j + ", as given");
                        }
                        return hint("a[" + i + "][" + j + "] is not the expert's judgment of row " + i
                                + " against column " + j + " (row " + i + " of the triangle, entry " + (j - i - 1)
                                + ")");
                    }
                    if (Math.abs(matrix[j][i] * given - 1) > 1e-9) {
                        return hint(Math.abs(matrix[j][i] - given) <= 1e-9 * Math.max(1, given)
                                ? "below the diagonal you copied the judgment; a[j][i] must be its reciprocal, 1/a[i][j]"
                                : "a[" + j + "][" + i + "] must be 1/a[" + i + "][" + j + "]");
                    }
                }
            }
            return pass("right: reciprocal, with ones on the diagonal");
        });
    }

    /**
     * An acceptable repair of {@code original}: still a pairwise-comparison matrix (ones on the diagonal,
     * a[j][i] = 1/a[i][j], judgments on Saaty's 1/9 … 9 scale), consistent (CR ≤ 0.10 with Saaty's classic random
     * index), and as close to the expert's judgments as the diagnostics allow: the verdict says how many
     * judgments changed.
     */
    public void isAcceptableRepairOf(double[][] original) {
        judge(() -> {
            int n = original.length;
            Feedback shape = shapeProblem(n, "the expert's matrix has " + n);
            if (shape != null) {
                return shape;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!(matrix[i][j] > 0) || !(matrix[j][i] > 0)) {
                        return hint("a[" + i + "][" + j + "] and a[" + j + "][" + i + "] must both be positive");
                    }
                    if (Math.abs(matrix[i][j] * matrix[j][i] - 1) > 1e-6) {
                        return hint("a[" + j + "][" + i + "] must be 1/a[" + i + "][" + j + "]: when you change a "
                                + "judgment, change its reciprocal too");
                    }
                    if (matrix[i][j] > 9 + 1e-9 || matrix[i][j] < 1.0 / 9 - 1e-9) {
                        return hint(String.format(Locale.ROOT, "a[%d][%d] = %s is off Saaty's scale; judgments "
                                + "run from 1/9 to 9", i, j, Numbers.format(matrix[i][j])));
                    }
                }
            }
            Priorities p = Formulas.priorities(matrix);
            int changed = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (Math.abs(matrix[i][j] - original[i][j]) > 1e-9 * Math.max(1, original[i][j])) {
                        changed++;
                    }
                }
            }
            if (changed == 0) {
                return hint("this is still the expert's matrix, unchanged; use Diagnostics to see which judgment "
                        + "carries the inconsistency, and revise it");
            }
            if (p.cr() > CR_LIMIT) {
                return hint(String.format(Locale.ROOT, "still not consistent enough: CR = %.3f, above %.2f. Change "
                        + "the judgment with the largest share of the inconsistency towards what the weights "
                        + "imply (w_i / w_j)", p.cr(), CR_LIMIT));
            }
            String how = String.format(Locale.ROOT, "consistent (CR = %.3f ≤ %.2f) with %d judgment%s changed",
                    p.cr(), CR_LIMIT, changed, changed == 1 ? "" : "s");
            return pass(changed == 1 ? how : how + "; one change can be enough here, and every change overrides "
                    + "the expert, so ask them to confirm each");
        });
    }

    /** A hint when the matrix is not n × n with ones on its diagonal; null when it is. */
    private Feedback shapeProblem(int n, String expectedRows) {
        if (matrix.length != n) {
            return hint("has " + matrix.length + " rows; " + expectedRows);
        }
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                return hint("row " + i + " does not have " + n + " entries");
            }
        }
        for (int i = 0; i < n; i++) {
            if (Math.abs(matrix[i][i] - 1) > 1e-9) {
                return hint("a[" + i + "][" + i + "] must be 1: every item is as important as itself");
            }
        }
        return null;
    }
}
