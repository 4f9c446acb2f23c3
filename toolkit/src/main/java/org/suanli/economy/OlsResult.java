package org.suanli.economy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The result of an ordinary-least-squares fit {@code y = a + b·x + e}, immutable.
 *
 * @param n                 number of observations
 * @param slope             b
 * @param intercept         a
 * @param slopeStdErr       standard error of b
 * @param interceptStdErr   standard error of a
 * @param confidenceLevel   level of the intervals, e.g. 0.95
 * @param slopeCi           confidence interval of b (t distribution, n − 2 degrees of freedom)
 * @param interceptCi       confidence interval of a
 * @param rSquared          coefficient of determination
 * @param residualStdErr    s = √(SSE / (n − 2))
 * @param sse               residual sum of squares
 * @param ssr               regression sum of squares
 * @param fStatistic        SSR / (SSE / (n − 2))
 * @param slopePValue       two-sided p-value of the t test b = 0
 * @param meanX             x̄, kept for the confidence band
 * @param sxx               Σ(x − x̄)², kept for the confidence band
 * @param observations      per-row fitted values, residuals and influence diagnostics, in input order
 */
public record OlsResult(int n, double slope, double intercept, double slopeStdErr, double interceptStdErr,
                        double confidenceLevel, Interval slopeCi, Interval interceptCi, double rSquared,
                        double residualStdErr, double sse, double ssr, double fStatistic, double slopePValue,
                        double meanX, double sxx, List<RegressionPoint> observations) {

    /** Rule of thumb for a "large" Cook's distance (4/n), widely used for small samples. */
    public double cooksThreshold() {
        return 4.0 / n;
    }

    /** Rule of thumb for high leverage: twice the mean hat value, 2p/n with p = 2. */
    public double leverageThreshold() {
        return 4.0 / n;
    }

    public OlsResult {
        observations = List.copyOf(observations);
    }

    /** Fitted value at x. */
    public double predict(double x) {
        return intercept + slope * x;
    }

    /**
     * Confidence interval of the mean response at x, the band drawn around a fitted line: ŷ ± t·s·√(1/n + (x − x̄)²/Sxx).
     */
    public Interval meanResponseBand(double x) {
        double t = new TDistribution(n - 2).inverseCumulativeProbability(0.5 + confidenceLevel / 2);
        double half = t * residualStdErr * Math.sqrt(1.0 / n + (x - meanX) * (x - meanX) / sxx);
        double yhat = predict(x);
        return new Interval(yhat - half, yhat + half);
    }

    /** Rows whose Cook's distance exceeds {@code cooksCut} or whose leverage exceeds {@code leverageCut}. */
    public List<RegressionPoint> influential(double cooksCut, double leverageCut) {
        List<RegressionPoint> out = new ArrayList<>();
        for (RegressionPoint o : observations) {
            if (o.cooksDistance() > cooksCut || o.leverage() > leverageCut) {
                out.add(o);
            }
        }
        return out;
    }

    /** Rows over the default thresholds, Cook's D &gt; 4/n or leverage &gt; 4/n. */
    public List<RegressionPoint> influential() {
        return influential(cooksThreshold(), leverageThreshold());
    }

    /** Pearson r recovered from R² and the sign of the slope. */
    public double r() {
        return Math.copySign(Math.sqrt(rSquared), slope);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "OLS n=%d: y = %.6g + %.6g·x (SE %.4g, %.0f%% CI %s), R²=%.4f, s=%.4g, p(slope)=%.3g",
                n, intercept, slope, slopeStdErr, confidenceLevel * 100, slopeCi, rSquared, residualStdErr, slopePValue);
    }
}
