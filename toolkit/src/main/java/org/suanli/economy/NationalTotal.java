package org.suanli.economy;

/**
 * The national total a slope is divided by to express it in ‰. The blue book's 0.97‰ depends on which total is
 * used (sum of provinces or the national communiqué figure, pre-revision or revised vintage), so the choice is an
 * explicit, printed part of every result.
 *
 * @param value  the total, in the variable's unit
 * @param source where it comes from (file and column, or the quote it is derived from)
 * @param kind   how it was obtained
 */
public record NationalTotal(double value, String source, Kind kind) {
    public enum Kind {
        /** The sum of the provincial values of the variable itself. */
        SUM_OF_PROVINCES,
        /** An official national figure, with its source. */
        OFFICIAL,
        /** An official figure read in a public copy (a reprint), with the copy's URL and the original publisher. */
        SECONDARY,
        /** Stated in, or derived by arithmetic from, the blue book. */
        STATED
    }

    public NationalTotal {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a national total must be a positive number, got " + value);
        }
    }

    public static NationalTotal sumOf(EconomicVariable v) {
        return new NationalTotal(v.sum(), "sum of the " + v.values().size() + " provincial values of " + v.key(), Kind.SUM_OF_PROVINCES);
    }
}
