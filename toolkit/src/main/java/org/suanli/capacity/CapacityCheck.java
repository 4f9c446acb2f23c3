package org.suanli.capacity;

import java.util.Locale;

/**
 * One stated figure compared with what the capacity module makes of it.
 *
 * @param id        the figure's id in {@code data/capacity_stated.csv}
 * @param basis     how the actual value was obtained
 * @param expected  the book's value
 * @param actual    the value obtained (equal to {@code expected} for a stated input)
 * @param tolerance the largest difference accepted (one unit of the book's last digit, unless noted)
 * @param holds     whether the figure holds
 * @param note      how it was computed or why it is an input
 */
public record CapacityCheck(String id, Basis basis, double expected, double actual, double tolerance, boolean holds,
                            String note) {

    /** How a figure is reproduced. */
    public enum Basis {
        /** Used as a model input as the book gives it; the book publishes only the result. */
        STATED_INPUT("stated input"),
        /** A fitted model hits it (the shipment back-cast, the compute calibration). */
        REPRODUCED("reproduced by the fleet model"),
        /** Computed from other figures; an independent check. */
        COMPUTED("computed"),
        /**
         * The book contradicts itself: the figure cannot be reconciled with another stated figure, so which one
         * is "right" is a reading, not a computation. Reported as not evaluated, with both readings.
         */
        ANOMALY("anomaly of the text");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether this figure is computed from other figures: an independent check, one that could fail. */
    public boolean computed() {
        return basis == Basis.COMPUTED;
    }

    /** Whether the book contradicts itself on this figure (reported as not evaluated, with both readings). */
    public boolean anomaly() {
        return basis == Basis.ANOMALY;
    }

    public String expectedText() {
        return fmt(expected);
    }

    public String actualText() {
        return fmt(actual) + " (" + basis.label() + ")";
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
