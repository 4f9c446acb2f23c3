package org.suanli.capacity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The blue book's fleet estimate (附件一 维度一, footnotes 2, 4, 9, 10):
 * <pre>算力规模(year) = Σ over the last N years y of (shipments(y) × average compute per server(y))</pre>
 * generalised with the three assumptions made explicit in {@link FleetParameters}: the window N, the
 * conversion of the native precision to FP32, and the retirement rule (the share of a cohort that still counts).
 *
 * <p>Units: shipments in servers (not 万台), average compute in TFLOPS per server at the kind's native precision,
 * results in EFlops (10^18 FLOP/s) at FP32. One server of 1 TFLOPS contributes 10^-6 EFlops.
 *
 * @param name            what this fleet is, for messages (e.g. "China general servers")
 * @param kind            basic, intelligent or super
 * @param shipments       servers shipped per year
 * @param averageTflops   average peak per server shipped that year, native precision, TFLOPS
 * @param parameters      window, conversion and retirement
 */
public record FleetModel(String name, ComputeKind kind, SortedMap<Integer, Double> shipments,
                         SortedMap<Integer, Double> averageTflops, FleetParameters parameters) {

    public FleetModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parameters, "parameters");
        shipments = checkedCopy(name, "shipments", shipments);
        averageTflops = checkedCopy(name, "average compute per server", averageTflops);
    }

    private static SortedMap<Integer, Double> checkedCopy(String name, String what, Map<Integer, Double> in) {
        if (in == null || in.isEmpty()) {
            throw new IllegalArgumentException(name + ": no " + what + " given");
        }
        TreeMap<Integer, Double> copy = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : in.entrySet()) {
            Integer year = Objects.requireNonNull(e.getKey(), name + ": a year is missing in " + what);
            Double v = e.getValue();
            if (v == null || v.isNaN() || v.isInfinite()) {
                throw new IllegalArgumentException(name + ": " + what + " for " + year + " is not a number (" + v + ")");
            }
            if (v < 0) {
                throw new IllegalArgumentException(name + ": " + what + " for " + year + " is negative (" + v
                        + "); shipments and compute cannot be below zero");
            }
            copy.put(year, v);
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * A fleet whose stock is known directly rather than built from shipments: supercomputers, whose compute the
     * book takes from the TOP500/TOP100 lists ("超算算力规模=∑超级计算机算力"). Modelled as one "shipment" per year
     * whose average compute is that year's stated total, with a one-year window, so that the provincial method is
     * the same for all three kinds (a province's share × the national figure).
     *
     * @param eflopsFp32 year → total compute in EFlops, already FP32 as the book reports it
     */
    public static FleetModel ofStock(String name, ComputeKind kind, Map<Integer, Double> eflopsFp32) {
        TreeMap<Integer, Double> units = new TreeMap<>();
        TreeMap<Integer, Double> avg = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : eflopsFp32.entrySet()) {
            units.put(e.getKey(), 1.0);
            avg.put(e.getKey(), e.getValue() == null ? null : e.getValue() * 1e6);
        }
        return new FleetModel(name, kind, units, avg, new FleetParameters(1, 1.0, Retirement.window()));
    }

    /**
     * A copy named {@code name} whose average compute per server shipped is {@code averageTflops} (year → TFLOPS, e.g.
     * native FP16 peaks for a conversion what-if); shipments, kind and parameters stay.
     */
    public FleetModel withAverageTflops(String name, Map<Integer, Double> averageTflops) {
        return new FleetModel(name, kind, shipments, averageTflops == null ? null : new TreeMap<>(averageTflops), parameters);
    }

    public FleetModel withParameters(FleetParameters p) {
        return new FleetModel(name, kind, shipments, averageTflops, p);
    }

    /** The years summed for {@code year}, oldest first: year−N+1 … year. */
    public int[] windowYears(int year) {
        int n = parameters.window();
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            ys[i] = year - n + 1 + i;
        }
        return ys;
    }

    /** Years for which both shipments and average compute are known. */
    public List<Integer> years() {
        List<Integer> ys = new ArrayList<>();
        for (Integer y : shipments.keySet()) {
            if (averageTflops.containsKey(y)) {
                ys.add(y);
            }
        }
        return ys;
    }

    /** Years for which the whole window is covered, i.e. {@link #scaleEflops} can be evaluated. */
    public List<Integer> evaluableYears() {
        List<Integer> out = new ArrayList<>();
        for (Integer y : years()) {
            if (missingYears(y).isEmpty()) {
                out.add(y);
            }
        }
        return out;
    }

    private List<Integer> missingYears(int year) {
        List<Integer> missing = new ArrayList<>();
        for (int y : windowYears(year)) {
            if (!shipments.containsKey(y) || !averageTflops.containsKey(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /**
     * EFlops (FP32) that the servers shipped in {@code cohortYear} contribute in {@code year}: shipments ×
     * average compute × conversion to FP32 × the retirement rule's surviving share.
     */
    public double cohortEflops(int cohortYear, int year) {
        int age = year - cohortYear;
        double survival = parameters.retirement().survival(age, parameters.window());
        if (survival == 0) {
            return 0;
        }
        Double units = shipments.get(cohortYear);
        Double avg = averageTflops.get(cohortYear);
        if (units == null || avg == null) {
            throw new IllegalArgumentException(name + ": no " + (units == null ? "shipments" : "average compute")
                    + " for " + cohortYear + ", which is inside the " + parameters.window() + "-year window for " + year);
        }
        return units * avg * parameters.toFp32() * survival * 1e-6;
    }

    /** Cohort contributions for {@code year}, aligned with {@link #windowYears(int)}. */
    public double[] cohortsEflops(int year) {
        checkCovered(year);
        int[] ys = windowYears(year);
        double[] out = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            out[i] = cohortEflops(ys[i], year);
        }
        return out;
    }

    /** The compute scale in {@code year}, EFlops at FP32. */
    public double scaleEflops(int year) {
        double sum = 0;
        for (double c : cohortsEflops(year)) {
            sum += c;
        }
        return sum;
    }

    /** Servers shipped over the window ending in {@code year} (the book's "六年累计出货量"), unweighted. */
    public double cumulativeShipments(int year) {
        checkCovered(year);
        double sum = 0;
        for (int y : windowYears(year)) {
            sum += shipments.get(y);
        }
        return sum;
    }

    private void checkCovered(int year) {
        List<Integer> missing = missingYears(year);
        if (!missing.isEmpty()) {
            List<Integer> have = years();
            throw new IllegalArgumentException(name + ": the " + parameters.window() + "-year window for " + year
                    + " needs data for " + windowYears(year)[0] + "–" + year + " but " + missing + " "
                    + (missing.size() == 1 ? "is" : "are") + " missing (data covers "
                    + (have.isEmpty() ? "no year" : have.get(0) + "–" + have.get(have.size() - 1))
                    + "). Add those years or shorten the window.");
        }
    }
}
