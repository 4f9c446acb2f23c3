package org.suanli.ahp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Completing a matrix in which an expert skipped comparisons.
 *
 * <p>Two published methods:
 * <ul>
 *   <li>{@link #bozoki} — the λmax-optimal completion of Bozóki, Fülöp and Rónyai (2010), "On optimal completion
 *   of incomplete pairwise comparison matrices", Mathematical and Computer Modelling 52(1–2), 318–333,
 *   doi:10.1016/j.mcm.2010.02.047. The missing entries x are chosen to minimise λmax of the completed matrix,
 *   i.e. to make it as consistent as the given judgments allow. In the variables y = log x the problem is convex
 *   (their Theorem 2), so the cyclic-coordinates method they describe — minimise over one missing entry at a time
 *   (here with Brent's method on y ∈ [−ln 10⁴, ln 10⁴]), and sweep until no entry moves by more than 10⁻¹⁰ in
 *   log — converges to the global optimum. The optimum is unique exactly when the graph of given comparisons is
 *   connected, which is checked first.</li>
 *   <li>{@link #harker} — Harker (1987), "Alternative modes of questioning in the analytic hierarchy process",
 *   Mathematical Modelling 9(3–5), 353–360: replace each missing entry by 0 and add to each diagonal entry the
 *   number of comparisons missing in its row; the Perron vector w of that matrix is the priority vector, and each
 *   missing a[i][j] is completed as wᵢ/wⱼ.</li>
 * </ul>
 */
public final class Completion {
    private static final double LOG_BOUND = Math.log(1e4);
    private static final double SWEEP_TOLERANCE = 1e-10;
    private static final int MAX_SWEEPS = 10_000;

    private Completion() {
    }

    /** Which completion method. */
    public enum Method { BOZOKI, HARKER }

    public static PairwiseMatrix complete(PairwiseMatrix m, Method method) {
        return method == Method.BOZOKI ? bozoki(m) : harker(m);
    }

    /** The λmax-optimal completion (Bozóki, Fülöp and Rónyai 2010). A complete matrix is returned as is. */
    public static PairwiseMatrix bozoki(PairwiseMatrix m) {
        List<int[]> missing = m.missingPairs();
        if (missing.isEmpty()) {
            return m;
        }
        requireConnected(m);
        double[][] a = m.toArray();
        double[] y = new double[missing.size()];
        for (int k = 0; k < missing.size(); k++) {
            set(a, missing.get(k), 0.0);
        }
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double moved = 0;
            for (int k = 0; k < missing.size(); k++) {
                int[] cell = missing.get(k);
                UnivariatePointValuePair best = brent.optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                        new SearchInterval(-LOG_BOUND, LOG_BOUND, y[k]),
                        new UnivariateObjectiveFunction(v -> {
                            set(a, cell, v);
                            return PerronEigen.of(a).lambda();
                        }));
                moved = Math.max(moved, Math.abs(best.getPoint() - y[k]));
                y[k] = best.getPoint();
                set(a, cell, y[k]);
            }
            if (moved < SWEEP_TOLERANCE) {
                break;
            }
        }
        PairwiseMatrix out = m;
        for (int k = 0; k < missing.size(); k++) {
            int[] c = missing.get(k);
            out = out.with(c[0], c[1], Math.exp(y[k]));
        }
        return out;
    }

    /** Harker's (1987) completion: missing a[i][j] = wᵢ/wⱼ from the Perron vector of Harker's auxiliary matrix. */
    public static PairwiseMatrix harker(PairwiseMatrix m) {
        List<int[]> missing = m.missingPairs();
        if (missing.isEmpty()) {
            return m;
        }
        requireConnected(m);
        int n = m.size();
        double[][] c = m.toArray();
        for (int i = 0; i < n; i++) {
            int gaps = 0;
            for (int j = 0; j < n; j++) {
                if (Double.isNaN(c[i][j])) {
                    c[i][j] = 0.0;
                    gaps++;
                }
            }
            c[i][i] = 1.0 + gaps;
        }
        double[] w = PerronEigen.of(c).vector();
        PairwiseMatrix out = m;
        for (int[] p : missing) {
            out = out.with(p[0], p[1], w[p[0]] / w[p[1]]);
        }
        return out;
    }

    private static void set(double[][] a, int[] cell, double logValue) {
        a[cell[0]][cell[1]] = Math.exp(logValue);
        a[cell[1]][cell[0]] = Math.exp(-logValue);
    }

    /** The given comparisons must link every element, or the missing ones are not determined by them. */
    static void requireConnected(PairwiseMatrix m) {
        int n = m.size();
        int[] group = new int[n];
        Arrays.fill(group, -1);
        int groups = 0;
        for (int s = 0; s < n; s++) {
            if (group[s] >= 0) {
                continue;
            }
            ArrayDeque<Integer> todo = new ArrayDeque<>();
            todo.add(s);
            group[s] = groups;
            while (!todo.isEmpty()) {
                int i = todo.poll();
                for (int j = 0; j < n; j++) {
                    if (group[j] < 0 && !Double.isNaN(m.get(i, j))) {
                        group[j] = groups;
                        todo.add(j);
                    }
                }
            }
            groups++;
        }
        if (groups > 1) {
            List<List<String>> parts = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                List<String> part = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (group[i] == g) {
                        part.add(m.labels().get(i));
                    }
                }
                parts.add(part);
            }
            throw new InvalidMatrixException(m.source(), List.of(new MatrixIssue(m.source(), 0, 0, 0, "",
                    MatrixIssue.Severity.ERROR, "too many comparisons are skipped to complete the matrix: the "
                    + "given judgments split the elements into " + groups + " unconnected groups " + parts
                    + "; compare at least one element of each group with another group")));
        }
    }
}
