package org.suanli.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.suanli.ahp.Priorities;

/**
 * Checks of a vector: AHP weights, standardised values, residuals, or an interval given as {lower, upper}.
 */
public final class VectorCheck extends Answer {

    private final double[] values;

    VectorCheck(Check check, String name, double[] values) {
        super(check, name);
        this.values = values;
    }

    @Override
    boolean missing() {
        return values == null || (values.length > 0 && Arrays.stream(values).allMatch(Double::isNaN));
    }

    /** Right when every entry is within {@code tolerance} of {@code expected}'s. */
    public void near(double[] expected, double tolerance) {
        judge(() -> judge(expected.clone(), tolerance, List.of()));
    }

    /**
     * The AHP weights of a pairwise-comparison matrix: its principal right eigenvector, scaled to sum 1. Names the
     * approximations people use instead (row means, normalised columns) and a matrix read by columns.
     */
    public void isAhpWeights(double[][] matrix) {
        judge(() -> {
            Priorities p = Formulas.priorities(matrix);
            List<Mistake<double[]>> mistakes = new ArrayList<>();
            mistakes.add(new Mistake<>(Formulas.rowArithmeticMeans(matrix), "you used the arithmetic mean of the "
                    + "rows; AHP uses the principal eigenvector (multiply a positive vector by A again and again, "
                    + "rescaling it to sum 1, until it stops changing)"));
            mistakes.add(new Mistake<>(Formulas.normalisedColumnAverages(matrix), "you normalised the columns and "
                    + "averaged the rows: that approximates the eigenvector, but is not it when the judgments are "
                    + "not consistent; iterate w ← A·w instead"));
            mistakes.add(new Mistake<>(Formulas.rowGeometricMeans(matrix), "you used the geometric mean of the "
                    + "rows, a different accepted method; this exercise asks for the principal eigenvector"));
            mistakes.add(new Mistake<>(Formulas.priorities(Formulas.transposed(matrix)).weights(), "you read the "
                    + "matrix by columns: a[i][j] says how many times more important row i is than column j, so "
                    + "the weights come from A·w, not from its transpose"));
            return judge(p.weights(), 1e-4, mistakes);
        });
    }

    /**
     * Min-max standardisation of {@code raw} onto 0…{@code scale}: (x − min)/(max − min) × scale.
     */
    public void isMinMax(double[] raw, double scale) {
        judge(() -> {
            double[] expected = Formulas.minMax(raw, scale);
            List<Mistake<double[]>> mistakes = new ArrayList<>();
            mistakes.add(new Mistake<>(Formulas.ratioToMax(raw, scale), "you divided by the maximum: that is "
                    + "\"ratio to max\"; min-max first subtracts the minimum, then divides by the range"));
            double[] reversed = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                reversed[i] = scale - expected[i];
            }
            mistakes.add(new Mistake<>(reversed, "the scale is reversed: the largest value must score highest "
                    + "(every indicator here is \"more is better\")"));
            mistakes.add(new Mistake<>(Formulas.zScores(raw), "these are z-scores (distance from the mean in "
                    + "standard deviations), a different method"));
            if (scale != 1) {
                mistakes.add(new Mistake<>(Formulas.minMax(raw, 1), "right shape, but on 0…1; multiply by "
                        + Numbers.format(scale)));
            }
            if (scale != 100) {
                mistakes.add(new Mistake<>(Formulas.minMax(raw, 100), "right shape, but on 0…100; the scale asked "
                        + "for is 0…" + Numbers.format(scale)));
            }
            return judge(expected, 1e-6, mistakes);
        });
    }

    /** z-scores of {@code raw}: (x − mean) / standard deviation, with the sample standard deviation (n − 1). */
    public void isZScores(double[] raw) {
        judge(() -> {
            double[] expected = Formulas.zScores(raw);
            int n = raw.length;
            double mean = Numbers.sum(raw) / n;
            double ss = 0;
            for (double v : raw) {
                ss += (v - mean) * (v - mean);
            }
            double[] centred = new double[n];
            double[] raw0 = new double[n];
            double[] byVariance = new double[n];
            for (int i = 0; i < n; i++) {
                centred[i] = raw[i] - mean;
                raw0[i] = raw[i] / Math.sqrt(ss / (n - 1));
                byVariance[i] = centred[i] / (ss / (n - 1));
            }
            List<Mistake<double[]>> mistakes = List.of(
                    new Mistake<>(Numbers.scaled(expected, Math.sqrt(n / (n - 1.0))), "you divided by the population "
                            + "standard deviation (n); use the sample one, √(Σ(x − x̄)²/(n − 1)), as the toolkit does"),
                    new Mistake<>(raw0, "the mean is not subtracted: a z-score is (x − mean) / standard deviation"),
                    new Mistake<>(byVariance, "you divided by the variance; divide by its square root, the standard "
                            + "deviation"),
                    new Mistake<>(centred, "the values are centred but not divided by the standard deviation"));
            return judge(expected, 1e-9, mistakes);
        });
    }

    /** The residuals of the least-squares line of y on x: observed − fitted, one per observation. */
    public void isResiduals(double[] x, double[] y) {
        judge(() -> {
            Formulas.Ols ols = Formulas.Ols.of(x, y);
            double[] expected = ols.residuals(x, y);
            double[] through0 = new double[x.length];
            double b0 = 0;
            double xx = 0;
            for (int i = 0; i < x.length; i++) {
                b0 += x[i] * y[i];
                xx += x[i] * x[i];
            }
            for (int i = 0; i < x.length; i++) {
                through0[i] = y[i] - b0 / xx * x[i];
            }
            List<Mistake<double[]>> mistakes = List.of(
                    new Mistake<>(Numbers.scaled(expected, -1), "the sign is reversed: a residual is observed − "
                            + "fitted, so a province above the line has a positive residual"),
                    new Mistake<>(ols.fitted(x), "these are the fitted values ŷ = a + b·x; the residual is y − ŷ"),
                    new Mistake<>(through0, "these residuals come from a line through the origin; the fitted line "
                            + "has an intercept a = ȳ − b·x̄"));
            double scale = 0;
            for (double v : y) {
                scale = Math.max(scale, Math.abs(v));
            }
            return judge(expected, 1e-9 * Math.max(scale, 1), mistakes);
        });
    }

    /**
     * A confidence interval {lower, upper} for the least-squares slope of y on x at {@code level} (0.95): slope ±
     * t(n − 2) × its standard error, with σ² = SSE/(n − 2).
     */
    public void isSlopeInterval(double[] x, double[] y, double level) {
        judge(() -> {
            if (values != null && values.length != 2 && allFinite()) {
                return hint("give the interval as two numbers, {lower, upper}; it has " + values.length);
            }
            if (values != null && values.length == 2 && values[0] > values[1]) {
                return hint("the lower bound comes first: {lower, upper}");
            }
            Formulas.Ols ols = Formulas.Ols.of(x, y);
            int n = x.length;
            double t = ols.tQuantile(level);
            double[] expected = ols.slopeInterval(t, n - 2);
            double z = Formulas.Ols.zQuantile(level);
            List<Mistake<double[]>> mistakes = new ArrayList<>();
            mistakes.add(new Mistake<>(ols.slopeInterval(z, n - 2), "you used the normal distribution's quantile; "
                    + "with σ estimated from n − 2 degrees of freedom use Student's t (Commons Math's "
                    + "TDistribution(n − 2))"));
            mistakes.add(new Mistake<>(ols.slopeInterval(t, n), "σ² is SSE/(n − 2), not SSE/n: two parameters, "
                    + "a and b, were estimated from the data"));
            mistakes.add(new Mistake<>(ols.slopeInterval(t, n - 1), "σ² is SSE/(n − 2), not SSE/(n − 1): two "
                    + "parameters, a and b, were estimated from the data"));
            mistakes.add(new Mistake<>(ols.slopeInterval(new TDistribution(
                    n - 2).inverseCumulativeProbability(level), n - 2), "the quantile is for a two-sided "
                    + "interval: t at (1 + level)/2, leaving half the rest in each tail"));
            double se = ols.slopeStandardError(n - 2);
            mistakes.add(new Mistake<>(new double[] {ols.slope() - se, ols.slope() + se}, "this is the slope ± one "
                    + "standard error, about a 68 % interval; multiply the standard error by the t quantile"));
            double scale = Math.max(Math.abs(expected[0]), Math.abs(expected[1]));
            Feedback v = judge(expected, 1e-6 * Math.max(scale, 1), mistakes);
            if (!v.passed() && values != null && values.length == 2 && allFinite()
                    && !Numbers.sameRelative((values[0] + values[1]) / 2, ols.slope(), 1e-6)) {
                return hint("the interval is not centred on the slope: it is slope − half-width … slope + "
                        + "half-width");
            }
            return v;
        });
    }

    private boolean allFinite() {
        return values != null && Numbers.allFinite(values);
    }

    private Feedback judge(double[] expected, double tolerance, List<Mistake<double[]>> mistakes) {
        if (values == null) {
            return notYet();
        }
        if (values.length != expected.length) {
            return hint("has " + values.length + " values; it should have one per "
                    + (expected.length == 2 ? "bound (2)" : "item (" + expected.length + ")"));
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                return values.length > 0 && Arrays.stream(values).allMatch(Double::isNaN) ? notYet()
                        : hint("entry " + i + " is NaN: a 0/0, or a place the computation never filled");
            }
        }
        if (Numbers.close(values, expected, tolerance)) {
            return pass("right (every entry within " + Numbers.format(tolerance) + ")");
        }
        for (Mistake<double[]> m : mistakes) {
            if (!Numbers.close(m.value(), expected, tolerance) && Numbers.close(values, m.value(), tolerance)) {
                return hint(m.hint());
            }
        }
        double expectedSum = Numbers.sum(expected);
        double sum = Numbers.sum(values);
        if (Math.abs(expectedSum - 1) < 1e-9 && Math.abs(sum - 1) > tolerance) {
            if (sum != 0 && Numbers.close(Numbers.normalised(values), expected, tolerance)) {
                return hint("your weights do not sum to 1 (they sum to " + Numbers.format(sum) + "); divide each "
                        + "by their total");
            }
            for (Mistake<double[]> m : mistakes) {
                if (sum != 0 && !Numbers.close(m.value(), expected, tolerance)
                        && Numbers.close(Numbers.normalised(values), m.value(), tolerance)) {
                    return hint(m.hint() + "; and your weights do not sum to 1 (they sum to "
                            + Numbers.format(sum) + ")");
                }
            }
            return hint("your weights do not sum to 1 (they sum to " + Numbers.format(sum) + ")");
        }
        double[] sortedMine = values.clone();
        double[] sortedExpected = expected.clone();
        Arrays.sort(sortedMine);
        Arrays.sort(sortedExpected);
        if (Numbers.close(sortedMine, sortedExpected, tolerance)) {
            return hint("the right values, in the wrong order: keep the order of the items you were given");
        }
        if (expectedSum != 0 && sum != 0) {
            double factor = sum / expectedSum;
            if (Numbers.close(values, Numbers.scaled(expected, factor), tolerance)) {
                int k = Numbers.powerOfTenApart(sum, expectedSum);
                return hint(k != 0 ? Numbers.unitHint(k) : "right proportions, wrong scale: every entry is "
                        + Numbers.format(factor) + " times what it should be");
            }
        }
        if (Numbers.close(Numbers.scaled(values, -1), expected, tolerance)) {
            return hint("every entry has the wrong sign");
        }
        int wrong = 0;
        int first = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Numbers.close(values[i], expected[i], tolerance)) {
                wrong++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return hint(wrong + " of " + values.length + " entries are not right yet (the first is entry " + first
                + "); go through the formula step by step");
    }
}
