package org.suanli.ahp;

/**
 * Entry points for one comparison matrix: priorities and consistency.
 *
 * <p>CI = (λmax − n)/(n − 1) and CR = CI/RI (Saaty 1980). A matrix of order 1 or 2 is consistent by definition
 * (λmax = n), so its CI and CR are reported as exactly 0 rather than as rounding noise.
 */
public final class Ahp {
    private Ahp() {
    }

    public static Priorities priorities(PairwiseMatrix m, PriorityMethod method, RandomIndex ri,
                                        CrThreshold threshold) {
        if (!m.isComplete()) {
            throw new IllegalArgumentException(m.source() + " is incomplete (" + m.missingPairs().size()
                    + " comparisons skipped); complete it first, e.g. Completion.bozoki(matrix) or "
                    + "Completion.harker(matrix)");
        }
        int n = m.size();
        double[][] a = m.toArray();
        double[] w;
        double lambda;
        switch (method) {
            case EIGENVECTOR -> {
                PerronEigen.Result r = PerronEigen.of(a);
                w = r.vector();
                lambda = r.lambda();
            }
            case GEOMETRIC_MEAN -> {
                w = geometricMeans(a);
                lambda = PerronEigen.of(a).lambda();
            }
            case COLUMN_NORMALISATION -> {
                w = columnNormalisation(a);
                double s = 0;
                for (int i = 0; i < n; i++) {
                    double aw = 0;
                    for (int j = 0; j < n; j++) {
                        aw += a[i][j] * w[j];
                    }
                    s += aw / w[i];
                }
                lambda = s / n;
            }
            default -> throw new IllegalStateException(method.toString());
        }
        double ci = n <= 2 ? 0.0 : (lambda - n) / (n - 1);
        double riValue = ri.value(n);
        double cr = n <= 2 ? 0.0 : ci / riValue;
        if (n <= 2) {
            lambda = n;
        }
        return new Priorities(m.labels(), w, lambda, ci, riValue, cr, threshold.limit(n), method, ri, threshold);
    }

    /** Row geometric means, normalised to sum 1. */
    static double[] geometricMeans(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logSum / n);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    static double[] columnNormalisation(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += a[i][j];
            }
            for (int i = 0; i < n; i++) {
                w[i] += a[i][j] / col / n;
            }
        }
        return w;
    }
}
