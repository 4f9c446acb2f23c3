package org.suanli.index;

import java.util.Arrays;
import java.util.Locale;

/**
 * Caps values outside the [lower, upper] percentiles of the reference data at those percentiles, as the
 * Environmental Sustainability Index did at 2.5/97.5 (Handbook §5.1). Percentiles use linear interpolation between
 * order statistics (Hyndman–Fan type 7, the default of R and NumPy), stated because with 31 values the
 * definitions differ. Every capped value is reported ({@link Capping}), never changed silently.
 */
public record Winsorisation(double lowerPercentile, double upperPercentile) {
    public Winsorisation {
        if (!(lowerPercentile >= 0 && upperPercentile <= 100 && lowerPercentile < upperPercentile)) {
            throw new IllegalArgumentException("winsorisation percentiles must satisfy 0 ≤ lower < upper ≤ 100, got "
                    + lowerPercentile + " and " + upperPercentile);
        }
    }

    /** Caps only the top: values above the given percentile. */
    public static Winsorisation upper(double upperPercentile) {
        return new Winsorisation(0, upperPercentile);
    }

    /** The fitted [lower, upper] limits of the reference values. */
    public double[] limits(double[] reference) {
        double[] s = reference.clone();
        Arrays.sort(s);
        return new double[] {quantile(s, lowerPercentile / 100), quantile(s, upperPercentile / 100)};
    }

    public String label() {
        return String.format(Locale.ROOT, "winsorised at P%s–P%s", trim(lowerPercentile), trim(upperPercentile));
    }

    static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
