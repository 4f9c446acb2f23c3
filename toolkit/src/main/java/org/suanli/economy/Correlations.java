package org.suanli.economy;

import java.util.Locale;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Pearson and Spearman correlation of two variables, with two-sided p-values from the t approximation
 * {@code t = r·√((n−2)/(1−r²))}.
 *
 * <p>Spearman is reported next to Pearson because one or two very large provinces can carry a Pearson r on their own;
 * the rank correlation says whether the ordering holds across all provinces. Ties get average ranks.
 */
public record Correlations(int n, double pearson, double pearsonPValue, double spearman, double spearmanPValue) {

    public static Correlations of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("a correlation test needs at least 3 pairs, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("pair " + (i + 1) + " has a missing or non-finite value");
            }
        }
        double p = new PearsonsCorrelation().correlation(x, y);
        double s = new SpearmansCorrelation().correlation(x, y);
        if (Double.isNaN(p) || Double.isNaN(s)) {
            throw new IllegalArgumentException("a correlation is undefined when one variable is constant");
        }
        return new Correlations(x.length, p, pValue(p, x.length), s, pValue(s, x.length));
    }

    static double pValue(double r, int n) {
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double t = Math.abs(r) * Math.sqrt((n - 2) / (1 - r * r));
        return 2 * (1 - new TDistribution(n - 2).cumulativeProbability(t));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d, Pearson r=%.4f (p=%.3g), Spearman ρ=%.4f (p=%.3g)",
                n, pearson, pearsonPValue, spearman, spearmanPValue);
    }
}
