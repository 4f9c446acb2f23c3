package org.suanli.practice;

import java.util.Map;
import java.util.SortedMap;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.suanli.ahp.PairwiseMatrix;
import org.suanli.ahp.Priorities;

/**
 * The right answers the checks compare with, and the usual wrong ones. Each right answer is computed by the
 * toolkit's own tested code where it has it (AHP priorities), so a check can never disagree with the notebooks.
 */
final class Formulas {

    private Formulas() {
    }

    // ---------------------------------------------------------------- capacity

    static double serverPeakTflops(double chips, double flopsPerCycle, double ghz, double cores) {
        return chips * flopsPerCycle * ghz * 1e9 * cores / 1e12;
    }

    /** Σ over the years in (from, to] of shipments × average TFLOPS, in EFLOPS (servers × TFLOPS × 10^-6). */
    static double fleetEflops(SortedMap<Integer, ? extends Number> shipments, Map<Integer, ? extends Number> average,
                              int fromExclusive, int toInclusive) {
        double sum = 0;
        for (Map.Entry<Integer, ? extends Number> e : shipments.entrySet()) {
            int year = e.getKey();
            if (year > fromExclusive && year <= toInclusive) {
                Number avg = average.get(year);
                if (avg == null) {
                    throw new IllegalArgumentException("no average compute for " + year);
                }
                sum += e.getValue().doubleValue() * avg.doubleValue() * 1e-6;
            }
        }
        return sum;
    }

    // ---------------------------------------------------------------- AHP

    static Priorities priorities(double[][] a) {
        return PairwiseMatrix.of(a).priorities();
    }

    static double[] rowArithmeticMeans(double[][] a) {
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = Numbers.sum(a[i]) / a.length;
        }
        return Numbers.normalised(m);
    }

    static double[] rowGeometricMeans(double[][] a) {
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double log = 0;
            for (double x : a[i]) {
                log += Math.log(x);
            }
            m[i] = Math.exp(log / a.length);
        }
        return Numbers.normalised(m);
    }

    /** Saaty's approximate method: divide each column by its sum, then average the rows. */
    static double[] normalisedColumnAverages(double[][] a) {
        int n = a.length;
        double[] colSum = new double[n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                colSum[j] += row[j];
            }
        }
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i] += a[i][j] / colSum[j] / n;
            }
        }
        return m;
    }

    static double[][] transposed(double[][] a) {
        int n = a.length;
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    // ---------------------------------------------------------------- standardisation

    static double[] minMax(double[] x, double scale) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = scale * (x[i] - min) / (max - min);
        }
        return out;
    }

    static double[] ratioToMax(double[] x, double scale) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        return Numbers.scaled(x, scale / max);
    }

    static double[] zScores(double[] x) {
        double mean = Numbers.sum(x) / x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (x.length - 1));
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (x[i] - mean) / sd;
        }
        return out;
    }

    // ---------------------------------------------------------------- regression

    /** Ordinary least squares of y on x: everything the regression checks need. */
    record Ols(int n, double slope, double intercept, double sxx, double syy, double sxy, double sse, double xbar,
               double ybar) {

        static Ols of(double[] x, double[] y) {
            if (x.length != y.length) {
                throw new IllegalArgumentException("x has " + x.length + " values and y has " + y.length);
            }
            int n = x.length;
            double xbar = Numbers.sum(x) / n;
            double ybar = Numbers.sum(y) / n;
            double sxx = 0;
            double syy = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                sxx += (x[i] - xbar) * (x[i] - xbar);
                syy += (y[i] - ybar) * (y[i] - ybar);
                sxy += (x[i] - xbar) * (y[i] - ybar);
            }
            double slope = sxy / sxx;
            double intercept = ybar - slope * xbar;
            double sse = 0;
            for (int i = 0; i < n; i++) {
                double e = y[i] - intercept - slope * x[i];
                sse += e * e;
            }
            return new Ols(n, slope, intercept, sxx, syy, sxy, sse, xbar, ybar);
        }

        double[] residuals(double[] x, double[] y) {
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = y[i] - intercept - slope * x[i];
            }
            return e;
        }

        double[] fitted(double[] x) {
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = intercept + slope * x[i];
            }
            return f;
        }

        /** The slope's standard error with σ² estimated as SSE / {@code dof}. */
        double slopeStandardError(int dof) {
            return Math.sqrt(sse / dof / sxx);
        }

        double[] slopeInterval(double quantile, int dof) {
            double half = quantile * slopeStandardError(dof);
            return new double[] {slope - half, slope + half};
        }

        double tQuantile(double level) {
            return new TDistribution(n - 2).inverseCumulativeProbability(0.5 + level / 2);
        }

        static double zQuantile(double level) {
            return new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        }
    }
}
