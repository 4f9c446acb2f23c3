package org.suanli.ahp;

/**
 * The Perron root and vector of a positive matrix, by power iteration.
 *
 * <p>Why power iteration rather than a general eigensolver: by Perron's theorem a positive matrix has a simple real
 * eigenvalue λmax strictly larger in modulus than every other (possibly complex) eigenvalue, with a positive
 * eigenvector. Iterating w ← A·w / Σ(A·w) therefore converges to that vector from any positive start, geometrically
 * with ratio |λ₂|/λmax &lt; 1, and it never picks a complex eigenvalue by mistake. We stop when no component moves
 * by more than {@link #TOLERANCE} between two iterations (then λmax = Σ(A·w) with Σw = 1 is exact to about the same
 * order), and fail loudly after {@link #MAX_ITERATIONS}. The tests cross-check λmax against Commons Math's
 * {@code EigenDecomposition} (largest real eigenvalue) on every golden example.
 */
final class PerronEigen {
    static final double TOLERANCE = 1e-14;
    static final int MAX_ITERATIONS = 100_000;

    private PerronEigen() {
    }

    record Result(double lambda, double[] vector, int iterations) {
    }

    static Result of(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        boolean positive = true;
        for (double[] row : a) {
            for (double v : row) {
                positive &= v > 0;
            }
        }
        // Start from the row geometric means: already close to the answer for near-consistent matrices.
        // (Harker's matrix has zeros; it starts from the uniform vector.)
        double sum = 0;
        for (int i = 0; i < n && !positive; i++) {
            w[i] = 1.0 / n;
        }
        for (int i = 0; i < n && positive; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logSum / n);
            sum += w[i];
        }
        for (int i = 0; i < n && positive; i++) {
            w[i] /= sum;
        }
        double[] next = new double[n];
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                double[] row = a[i];
                for (int j = 0; j < n; j++) {
                    s += row[j] * w[j];
                }
                next[i] = s;
                total += s;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= total;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            double[] t = w;
            w = next;
            next = t;
            if (change < TOLERANCE) {
                return new Result(lambda(a, w), w.clone(), it);
            }
        }
        throw new ArithmeticException("Power iteration did not converge in " + MAX_ITERATIONS
                + " iterations; is the matrix positive?");
    }

    /** Σᵢ (A·w)ᵢ for w summing to 1: equals λmax when w is the Perron vector. */
    static double lambda(double[][] a, double[] w) {
        double total = 0;
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                total += row[j] * w[j];
            }
        }
        return total;
    }
}
