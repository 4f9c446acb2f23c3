package org.suanli.capacity;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Finds the average compute per server by year that makes the fleet model reproduce two stated totals: this
 * year's scale and last year's (this year / (1 + stated growth)). The book publishes neither its per-year average
 * server compute nor its configurations; only these totals.
 *
 * <p>Method: assume the average peak of a server shipped in year y grows at a constant rate q,
 * c(y) = c(last) × (1 + q)^(y − last). Then scale(last) / scale(last − 1) depends on q alone; q is solved with
 * Brent's method to match the stated growth, and c(last) is scaled to match the stated total. Two stated numbers,
 * two unknowns, so the fit is exact; a third stated number (for basic compute, the 2022 growth of 26%) is left as
 * an independent check.
 */
public final class ComputeCalibration {

    private ComputeCalibration() {
    }

    /** The calibrated model and its fitted growth q of per-server compute. */
    public record Result(FleetModel model, double fittedComputeGrowth, double lastYearAverageTflops) {
    }

    /**
     * @param name        fleet name for messages
     * @param kind        basic or intelligent
     * @param shipments   servers per year (must cover both windows)
     * @param parameters  window, conversion to FP32, retirement
     * @param lastYear    year of the stated total
     * @param totalEflops stated total in {@code lastYear}, EFlops FP32
     * @param growth      stated growth of the total over the previous year, fraction
     */
    public static Result calibrate(String name, ComputeKind kind, SortedMap<Integer, Double> shipments,
                                   FleetParameters parameters, int lastYear, double totalEflops, double growth) {
        if (!(totalEflops > 0)) {
            throw new IllegalArgumentException(name + ": stated total must be positive, got " + totalEflops);
        }
        if (!(growth > -1)) {
            throw new IllegalArgumentException(name + ": growth must be above -100%, got " + growth);
        }
        double targetRatio = 1 + growth;
        UnivariateFunction ratio = q -> {
            FleetModel m = build(name, kind, shipments, parameters, lastYear, 1.0, q);
            return m.scaleEflops(lastYear) / m.scaleEflops(lastYear - 1) - targetRatio;
        };
        double lo = -0.5;
        double hi = 5;
        double flo = ratio.value(lo);
        double fhi = ratio.value(hi);
        if (flo * fhi > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: no constant growth of per-server compute between -50%% and +500%% gives a year-on-year growth of %.1f%%",
                    name, growth * 100));
        }
        double q = new BrentSolver(1e-14).solve(500, ratio, lo, hi);
        FleetModel unit = build(name, kind, shipments, parameters, lastYear, 1.0, q);
        double c = totalEflops / unit.scaleEflops(lastYear);
        FleetModel m = build(name, kind, shipments, parameters, lastYear, c, q);
        return new Result(m, q, c);
    }

    private static FleetModel build(String name, ComputeKind kind, SortedMap<Integer, Double> shipments,
                                    FleetParameters p, int lastYear, double cLast, double q) {
        TreeMap<Integer, Double> avg = new TreeMap<>();
        for (Integer y : shipments.keySet()) {
            avg.put(y, cLast * Math.pow(1 + q, y - lastYear));
        }
        return new FleetModel(name, kind, shipments, avg, p);
    }
}
