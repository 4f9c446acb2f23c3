package org.suanli.index;

import java.util.Locale;

/**
 * ln(x + shift), applied before standardising to pull in a long right tail (Beijing's server compute, Jiangsu's
 * IC output). The Handbook (§5.1) notes that it rewards gains at the bottom more than gains at the top. A shift
 * of 1 keeps the zeros of the case counts (13 provinces have no case) defined; a value with x + shift ≤ 0 is
 * refused, never clipped.
 */
public record LogTransform(double shift) {
    public LogTransform {
        if (!Double.isFinite(shift) || shift < 0) {
            throw new IllegalArgumentException("log shift must be a finite number ≥ 0, got " + shift);
        }
    }

    /** ln(x): refuses zeros. */
    public static LogTransform natural() {
        return new LogTransform(0);
    }

    /** ln(1 + x): defined for counts that can be zero. */
    public static LogTransform plusOne() {
        return new LogTransform(1);
    }

    public double apply(double x, String where) {
        double y = x + shift;
        if (!(y > 0)) {
            throw new StandardisationException("cannot take ln(" + (shift == 0 ? "x" : "x + " + fmt(shift)) + ") of "
                    + fmt(x) + (where == null ? "" : " (" + where + ")")
                    + (shift == 0 ? ": use LogTransform.plusOne() for data with zeros" : ": the log needs x + shift > 0"));
        }
        return Math.log(y);
    }

    public String label() {
        return shift == 0 ? "ln(x)" : "ln(x + " + fmt(shift) + ")";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
