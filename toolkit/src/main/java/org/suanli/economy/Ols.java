package org.suanli.economy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least squares for one regressor, with the diagnostics that matter when n is about 31.
 *
 * <p>Coefficients, standard errors and R² come from Commons Math {@link SimpleRegression} (checked against the NIST
 * StRD Norris data in the tests); the influence diagnostics are computed here from the closed forms for p = 2.
 */
public final class Ols {
    private Ols() {
    }

    /** Fits y on x with 95% intervals. */
    public static OlsResult fit(List<String> labels, double[] x, double[] y) {
        return fit(labels, x, y, 0.95);
    }

    /**
     * Fits {@code y = a + b·x}.
     *
     * @param labels          one label per row (province names), unique, or {@code null} to number the rows 1..n
     * @param confidenceLevel level of the confidence intervals, in (0, 1)
     * @throws IllegalArgumentException naming the offending row when the input cannot be fitted
     */
    public static OlsResult fit(List<String> labels, double[] x, double[] y, double confidenceLevel) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length + "; give one (x, y) pair per row");
        }
        int n = x.length;
        List<String> names = labels != null ? labels : numbered(n);
        if (names.size() != n) {
            throw new IllegalArgumentException(names.size() + " labels for " + n + " rows; give one label per row");
        }
        Set<String> seen = new HashSet<>();
        for (String s : names) {
            if (!seen.add(s)) {
                throw new IllegalArgumentException("label '" + s + "' occurs twice; each row (province) may appear only once");
            }
        }
        if (n < 3) {
            throw new IllegalArgumentException("a regression with standard errors needs at least 3 rows, got " + n);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1 (e.g. 0.95), got " + confidenceLevel);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("row '" + names.get(i) + "' has a missing or non-finite value (x=" + x[i]
                        + ", y=" + y[i] + "); remove the row or supply the value");
            }
        }
        SimpleRegression reg = new SimpleRegression(true);
        double meanX = 0;
        for (int i = 0; i < n; i++) {
            reg.addData(x[i], y[i]);
            meanX += x[i];
        }
        meanX /= n;
        double sxx = 0;
        for (double v : x) {
            sxx += (v - meanX) * (v - meanX);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all " + n + " x values equal " + x[0] + "; the slope is undefined");
        }
        double b = reg.getSlope();
        double a = reg.getIntercept();
        // Second pass over the residuals: SimpleRegression's one-pass SSE loses about 1e-11 relative on Norris,
        // the two-pass sum reproduces all 15 certified digits.
        double sse = 0;
        double meanY = 0;
        for (double v : y) {
            meanY += v;
        }
        meanY /= n;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - (a + b * x[i]);
            sse += e * e;
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        int df = n - 2;
        double s2 = sse / df;
        double s = Math.sqrt(s2);
        double seB = s / Math.sqrt(sxx);
        double seA = s * Math.sqrt(1.0 / n + meanX * meanX / sxx);
        double t = new TDistribution(df).inverseCumulativeProbability(0.5 + confidenceLevel / 2);
        double ssr = syy - sse;
        double f = sse == 0 ? Double.POSITIVE_INFINITY : ssr / s2;
        double p = sse == 0 ? 0.0 : 2 * (1 - new TDistribution(df).cumulativeProbability(Math.abs(b / seB)));
        double r2 = syy == 0 ? 1.0 : 1 - sse / syy;

        List<RegressionPoint> obs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double fitted = a + b * x[i];
            double e = y[i] - fitted;
            double h = 1.0 / n + (x[i] - meanX) * (x[i] - meanX) / sxx;
            double r = s == 0 ? 0 : e / (s * Math.sqrt(1 - h));
            double ext = df - 1 > 0 && df - r * r > 0 ? r * Math.sqrt((df - 1) / (df - r * r)) : Double.NaN;
            double cook = s2 == 0 ? 0 : e * e / (2 * s2) * h / ((1 - h) * (1 - h));
            obs.add(new RegressionPoint(names.get(i), x[i], y[i], fitted, e, h, r, ext, cook));
        }
        return new OlsResult(n, b, a, seB, seA, confidenceLevel, new Interval(b - t * seB, b + t * seB),
                new Interval(a - t * seA, a + t * seA), r2, s, sse, ssr, f, p, meanX, sxx, obs);
    }

    private static List<String> numbered(int n) {
        List<String> l = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            l.add(Integer.toString(i));
        }
        return l;
    }
}
