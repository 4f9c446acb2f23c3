package org.suanli.capacity;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Reconstructs a shipment series from the three numbers the blue book gives for each kind of server: the last
 * year's shipments, its year-on-year growth, and the cumulative shipments over the window.
 *
 * <p>Method ("constant-growth back-cast"): the year before the last is last / (1 + growth) — an identity. The
 * earlier years of the window are assumed to have grown at one constant rate r up to that year, and r is solved
 * (Brent's method) so that the window sums to the stated cumulative figure. Years before the window (needed to
 * evaluate the previous year's window) extend the same rate; that extension is an assumption with no anchor in
 * the book, and {@link Result#extrapolatedFrom()} marks where it starts.
 *
 * @param lastYear     year of the stated shipments (2023)
 * @param last         shipments in {@code lastYear}, any unit (the book uses 万台)
 * @param growth       stated growth of {@code lastYear} over the year before, as a fraction (0.011 for +1.1%)
 * @param window       years in the stated cumulative figure (6)
 * @param cumulative   stated shipments summed over the window ending in {@code lastYear}
 * @param extraYears   further years to extrapolate before the window (1 to evaluate the previous year's window)
 */
public record ShipmentBackcast(int lastYear, double last, double growth, int window, double cumulative,
                               int extraYears) {

    public ShipmentBackcast {
        if (!(last > 0)) {
            throw new IllegalArgumentException("last year's shipments must be positive, got " + last);
        }
        if (!(growth > -1)) {
            throw new IllegalArgumentException("growth must be above -100%, got " + growth);
        }
        if (window < 3) {
            throw new IllegalArgumentException("a back-cast needs a window of at least 3 years, got " + window);
        }
        if (extraYears < 0) {
            throw new IllegalArgumentException("extra years cannot be negative, got " + extraYears);
        }
        double knownTwo = last + last / (1 + growth);
        if (!(cumulative > knownTwo)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the cumulative %.2f over %d years is not above the last two years alone (%.2f); check the figures",
                    cumulative, window, knownTwo));
        }
    }

    /** The reconstructed series, with the fitted rate and where pure extrapolation begins. */
    public record Result(SortedMap<Integer, Double> shipments, double fittedGrowth, int firstWindowYear,
                         int extrapolatedFrom) {
        public Result {
            shipments = Collections.unmodifiableSortedMap(new TreeMap<>(shipments));
        }

        /** How the value of {@code year} was obtained, for the provenance column. */
        public String method(int year, int lastYear) {
            if (year == lastYear) {
                return "stated";
            }
            if (year == lastYear - 1) {
                return "last / (1 + stated growth)";
            }
            if (year >= firstWindowYear) {
                return String.format(Locale.ROOT,
                        "constant-growth back-cast, r = %.4f fitted so the window sums to the stated cumulative", fittedGrowth);
            }
            return String.format(Locale.ROOT,
                    "extrapolated before the window at the fitted r = %.4f (assumption, no anchor in the book)", fittedGrowth);
        }
    }

    public Result reconstruct() {
        double prev = last / (1 + growth);
        int earlier = window - 2;
        double target = cumulative - last - prev;
        UnivariateFunction f = r -> {
            double s = 0;
            for (int k = 1; k <= earlier; k++) {
                s += prev / Math.pow(1 + r, k);
            }
            return s - target;
        };
        double lo = -0.9;
        double hi = 10;
        if (f.value(lo) * f.value(hi) > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no constant growth rate between -90%% and +1000%% makes %d years sum to %.2f", window, cumulative));
        }
        double r = new BrentSolver(1e-14).solve(500, f, lo, hi);
        TreeMap<Integer, Double> out = new TreeMap<>();
        out.put(lastYear, last);
        out.put(lastYear - 1, prev);
        for (int k = 1; k <= earlier + extraYears; k++) {
            out.put(lastYear - 1 - k, prev / Math.pow(1 + r, k));
        }
        int first = lastYear - window + 1;
        return new Result(out, r, first, first - 1);
    }
}
