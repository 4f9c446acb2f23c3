package org.suanli.index;

import java.util.Arrays;

/** Ranking of plain arrays with an explicit {@link TieRule}; NaN is never ranked (it gets NaN). */
public final class Ranks {
    private Ranks() {
    }

    /**
     * Ranks {@code values}; with {@code descending} the largest value gets rank 1 (league tables), otherwise the
     * smallest does (the Handbook's Table 15 "rank" column, where the top country gets rank n).
     */
    public static double[] rank(double[] values, TieRule rule, boolean descending) {
        int n = values.length;
        double[] out = new double[n];
        double[] keys = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = descending ? -values[i] : values[i];
            if (!Double.isNaN(values[i])) {
                m++;
            }
        }
        double[] sorted = new double[m];
        int k = 0;
        for (double v : keys) {
            if (!Double.isNaN(v)) {
                sorted[k++] = v;
            }
        }
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            out[i] = Double.isNaN(keys[i]) ? Double.NaN : rankIn(sorted, keys[i], rule);
        }
        return out;
    }

    /**
     * The rank (1 = smallest) that {@code x} has, or would have if inserted, among the ascending {@code sorted}
     * values. A value absent from the reference is placed just above the values smaller than it, whatever the
     * rule, which is how base-year anchoring places a later year's value in the base year's distribution.
     */
    static double rankIn(double[] sorted, double x, TieRule rule) {
        int less = lowerBound(sorted, x);
        if (rule == TieRule.MIN) {
            return less + 1; // member or not, the smallest rank is one above the values below it
        }
        int upTo = upperBound(sorted, x);
        int equal = upTo - less;
        if (equal == 0) {
            return rule == TieRule.DENSE ? distinctBelow(sorted, less) + 1 : less + 1;
        }
        switch (rule) {
            case MIN:
                return less + 1;
            case MAX:
                return less + equal;
            case AVERAGE:
                return less + (equal + 1) / 2.0;
            case DENSE:
                return distinctBelow(sorted, less) + 1;
            default:
                throw new AssertionError(rule);
        }
    }

    private static int distinctBelow(double[] sorted, int end) {
        int d = 0;
        for (int i = 0; i < end; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                d++;
            }
        }
        return d;
    }

    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
