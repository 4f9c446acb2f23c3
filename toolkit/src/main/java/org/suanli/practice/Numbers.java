package org.suanli.practice;

import java.util.Locale;

/** Small numeric helpers shared by the checks: copies, closeness, unit factors, formatting. */
final class Numbers {

    private Numbers() {
    }

    static double[][] copy(double[][] m) {
        if (m == null) {
            return null;
        }
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i] == null ? null : m[i].clone();
        }
        return c;
    }

    /** Within an absolute tolerance, or within the same tolerance relative to the expected value when it is large. */
    static boolean close(double actual, double expected, double tolerance) {
        double gap = Math.abs(actual - expected);
        return gap <= tolerance || gap <= tolerance * Math.abs(expected);
    }

    static boolean close(double[] actual, double[] expected, double tolerance) {
        if (actual == null || expected == null || actual.length != expected.length) {
            return false;
        }
        for (int i = 0; i < actual.length; i++) {
            if (!close(actual[i], expected[i], tolerance)) {
                return false;
            }
        }
        return true;
    }

    /** The same within a relative tolerance: used to recognise a mistake, whatever the scale. */
    static boolean sameRelative(double actual, double expected, double relative) {
        return Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), 1e-300);
    }

    static boolean sameRelative(double[] actual, double[] expected, double relative) {
        if (actual == null || expected == null || actual.length != expected.length) {
            return false;
        }
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < actual.length; i++) {
            if (Math.abs(actual[i] - expected[i]) > relative * Math.max(scale, 1e-300)) {
                return false;
            }
        }
        return true;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }

    static double[] normalised(double[] v) {
        return scaled(v, 1 / sum(v));
    }

    static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The power of ten, 10^k with k a multiple of 3 between −18 and 18 and not 0, that separates {@code actual}
     * from {@code expected} (within 1 %), or 0 when none does: the signature of a unit left unconverted.
     */
    static int powerOfTenApart(double actual, double expected) {
        if (expected == 0 || actual == 0 || Math.signum(actual) != Math.signum(expected)) {
            return 0;
        }
        double ratio = actual / expected;
        for (int k = -18; k <= 18; k += 3) {
            if (k != 0 && sameRelative(ratio, Math.pow(10, k), 0.01)) {
                return k;
            }
        }
        return 0;
    }

    static String unitHint(int k) {
        return "it is 10^" + k + " times the expected value: a unit is not converted (giga = 10^9, tera = 10^12, "
                + "exa = 10^18; 万 = 10^4)";
    }

    static String format(double v) {
        if (v == 0 || (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e7)) {
            return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        }
        return String.format(Locale.ROOT, "%.4e", v);
    }

    static String percentOff(double actual, double expected) {
        double pct = 100 * (actual / expected - 1);
        return String.format(Locale.ROOT, "%s by about %.0f %%", pct > 0 ? "too high" : "too low", Math.abs(pct));
    }
}
