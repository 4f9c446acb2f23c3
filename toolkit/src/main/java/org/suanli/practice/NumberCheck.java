package org.suanli.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.suanli.ahp.Priorities;

/**
 * Checks of one number. {@link #near} compares with a value you give; the {@code is…} checks compute the right
 * value themselves and recognise the usual mistakes of that step.
 */
public final class NumberCheck extends Answer {

    private final double value;

    NumberCheck(Check check, String name, double value) {
        super(check, name);
        this.value = value;
    }

    @Override
    boolean missing() {
        return Double.isNaN(value);
    }

    /** Right when within {@code tolerance} of {@code expected} (absolute, or relative for large values). */
    public void near(double expected, double tolerance) {
        judge(() -> judge(expected, tolerance, List.of()));
    }

    /**
     * The peak of one server in TFLOPS: chips × FLOPs per cycle per core × clock × cores (the book's footnote 15),
     * with the clock in GHz.
     */
    public void isServerPeakTflops(double chips, double flopsPerCycle, double ghz, double cores) {
        judge(() -> {
            double expected = Formulas.serverPeakTflops(chips, flopsPerCycle, ghz, cores);
            List<Mistake<Double>> mistakes = new ArrayList<>();
            mistakes.add(new Mistake<>(expected / chips, "the number of chips (processors) is missing: the formula "
                    + "multiplies by it, since each chip has its own cores"));
            mistakes.add(new Mistake<>(expected / cores, "the number of cores per chip is missing: every core "
                    + "does the FLOPs per cycle"));
            mistakes.add(new Mistake<>(expected / flopsPerCycle, "the FLOPs per cycle per core are missing: a "
                    + "cycle of one core does several operations (vector lanes × FMA units × 2)"));
            mistakes.add(new Mistake<>(expected / ghz, "the clock frequency is missing: cycles per second turn "
                    + "FLOPs per cycle into FLOPs per second"));
            return judge(expected, 1e-6, mistakes);
        });
    }

    /**
     * A fleet's compute in EFLOPS in {@code year}: the sum over the last {@code window} years (the book: six) of
     * servers shipped that year × that year's average TFLOPS per server.
     */
    public void isFleetEflops(Map<Integer, ? extends Number> shipments, Map<Integer, ? extends Number> averageTflops,
                              int year, int window) {
        judge(() -> {
            SortedMap<Integer, Number> s = new TreeMap<>(shipments);
            double expected = Formulas.fleetEflops(s, averageTflops, year - window, year);
            List<Mistake<Double>> mistakes = new ArrayList<>();
            int first = s.firstKey();
            int last = s.lastKey();
            if (first <= year - window || last > year) {
                mistakes.add(new Mistake<>(Formulas.fleetEflops(s, averageTflops, first - 1, last),
                        "you summed every year of the table; the scale counts only the servers shipped in the last "
                        + window + " years up to the year asked (older ones are retired, later ones not yet shipped)"));
            }
            if (s.containsKey(year - window)) {
                mistakes.add(new Mistake<>(Formulas.fleetEflops(s, averageTflops, year - window - 1, year),
                        "your window is one year too long: the last " + window + " years up to " + year
                        + " start in " + (year - window + 1)));
            }
            mistakes.add(new Mistake<>(Formulas.fleetEflops(s, averageTflops, year - window + 1, year),
                    "your window is one year too short: count " + window + " years, the year asked included"));
            mistakes.add(new Mistake<>(Formulas.fleetEflops(s, averageTflops, year - 1, year),
                    "you counted only the servers shipped in " + year + "; the servers of the earlier years of "
                    + "the window are still running"));
            if (s.containsKey(year - window)) {
                mistakes.add(new Mistake<>(Formulas.fleetEflops(s, averageTflops, year - window - 1, year - 1),
                        "your window ends a year early: it must end in the year asked, " + year));
            }
            double shipped = 0;
            double averages = 0;
            for (int y = year - window + 1; y <= year; y++) {
                shipped += s.getOrDefault(y, 0).doubleValue();
                Number a = averageTflops.get(y);
                averages += a == null ? 0 : a.doubleValue();
            }
            mistakes.add(new Mistake<>(shipped * averages * 1e-6, "Σ shipments × Σ averages is not Σ (shipments "
                    + "× average): multiply year by year, then add"));
            mistakes.add(new Mistake<>(shipped * averages / window * 1e-6, "the total shipments times the mean of "
                    + "the yearly averages is not the sum of each year's product: newer servers are both more "
                    + "numerous and faster"));
            return judge(expected, 1e-9, mistakes);
        });
    }

    /**
     * The consistency ratio CR = CI / RI of a pairwise-comparison matrix, with CI = (λmax − n)/(n − 1) from the
     * principal eigenvalue and Saaty's classic random index.
     */
    public void isConsistencyRatio(double[][] matrix) {
        judge(() -> {
            Priorities p = Formulas.priorities(matrix);
            int n = matrix.length;
            List<Mistake<Double>> mistakes = List.of(
                    new Mistake<>(p.ci(), "this is the consistency index CI; the ratio divides it by the random "
                            + "index RI of a matrix of this size"),
                    new Mistake<>((p.lambdaMax() - n) / n / p.ri(), "CI divides λmax − n by n − 1, not by n"),
                    new Mistake<>(p.lambdaMax(), "this is λmax; CI = (λmax − n)/(n − 1) and CR = CI / RI"),
                    new Mistake<>((p.lambdaMax() - n) / (n - 1) * p.ri(), "CR divides CI by RI; you multiplied"));
            return judge(p.cr(), 1e-4, mistakes);
        });
    }

    /** The least-squares slope of y on x: S_xy / S_xx. */
    public void isSlope(double[] x, double[] y) {
        judge(() -> {
            Formulas.Ols ols = Formulas.Ols.of(x, y);
            List<Mistake<Double>> mistakes = List.of(
                    new Mistake<>(ols.sxy() / ols.syy(), "you regressed x on y; the slope of y on x divides S_xy by "
                            + "S_xx, the spread of x"),
                    new Mistake<>(ols.sxy() / Math.sqrt(ols.sxx() * ols.syy()), "this is Pearson's correlation r; the "
                            + "slope is in units of y per unit of x: S_xy / S_xx"),
                    new Mistake<>(ols.ybar() / ols.xbar(), "the ratio of the means is the slope of a line through "
                            + "the origin and the means, not the least-squares slope; use the deviations from "
                            + "the means"),
                    new Mistake<>(ols.sxy(), "S_xy alone is not the slope: divide it by S_xx"));
            return judge(ols.slope(), 1e-6, mistakes);
        });
    }

    private Feedback judge(double expected, double tolerance, List<Mistake<Double>> mistakes) {
        if (Double.isNaN(value)) {
            return notYet();
        }
        if (Double.isInfinite(value)) {
            return hint("is infinite: somewhere a number is divided by zero");
        }
        if (Numbers.close(value, expected, tolerance)) {
            return pass("right (within " + Numbers.format(tolerance) + ")");
        }
        for (Mistake<Double> m : mistakes) {
            if (!Numbers.close(m.value(), expected, tolerance) && Numbers.close(value, m.value(), tolerance)) {
                return hint(m.hint());
            }
        }
        int k = Numbers.powerOfTenApart(value, expected);
        if (k != 0) {
            return hint(Numbers.unitHint(k));
        }
        if (expected != 0 && Numbers.close(-value, expected, tolerance)) {
            return hint("has the wrong sign");
        }
        if (expected == 0) {
            return hint("is " + Numbers.format(value) + " but should be zero");
        }
        return hint("not right yet: it is " + Numbers.percentOff(value, expected) + "; go through the formula "
                + "step by step");
    }
}
