package org.suanli.economy;

import java.util.Locale;

/** A closed interval, used for confidence intervals; kept as a record so results print and compare cleanly. */
public record Interval(double lower, double upper) {
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("interval bounds must be numbers with lower <= upper, got [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double v) {
        return v >= lower && v <= upper;
    }

    public double width() {
        return upper - lower;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "[%.6g, %.6g]", lower, upper);
    }
}
