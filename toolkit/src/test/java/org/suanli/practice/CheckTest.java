package org.suanli.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.suanli.ahp.PairwiseMatrix;
import org.suanli.ahp.Priorities;

/** Every hint of the self-check API, each triggered by computing the mistake it names, and every ✓. */
class CheckTest {

    private final List<String> printed = new ArrayList<>();
    private final Check check = Check.to(printed::add);

    private Feedback last() {
        Feedback v = check.last();
        assertNotNull(v);
        assertEquals(v.toString(), printed.get(printed.size() - 1), "every verdict is printed as it is made");
        return v;
    }

    private void assertPass() {
        assertTrue(last().passed(), last().toString());
        assertTrue(last().toString().startsWith("✓ "), last().toString());
    }

    private void assertHint(String phrase) {
        Feedback v = last();
        assertFalse(v.passed(), v.toString());
        assertTrue(v.toString().startsWith("✗ "), v.toString());
        assertTrue(v.message().contains(phrase), "expected a hint containing \"" + phrase + "\", got: " + v);
    }

    // ------------------------------------------------------------------ the FLOPS formula

    // Xeon Platinum 8280, 2 chips × 28 cores × 2.7 GHz × 32 FP64 FLOPs/cycle = 4838.4 GFLOPS (analytic).
    @Test
    void serverPeak() {
        check.that("peak", 4.8384).isServerPeakTflops(2, 32, 2.7, 28);
        assertPass();
        check.that("peak", 2.4192).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("number of chips");
        check.that("peak", 4.8384 / 28).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("cores per chip is missing");
        check.that("peak", 4.8384 / 32).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("FLOPs per cycle per core are missing");
        check.that("peak", 4.8384 / 2.7).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("clock frequency is missing");
        check.that("peak", 4838.4).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("10^3 times");
        check.that("peak", 4.8384e12).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("10^12 times");
        check.that("peak", 5.0).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("too high by about 3 %");
        check.that("peak", Double.NaN).isServerPeakTflops(2, 32, 2.7, 28);
        assertHint("not computed yet");
    }

    // ------------------------------------------------------------------ the fleet

    private static final Map<Integer, Double> SHIPPED = new TreeMap<>(Map.of(2016, 100.0, 2017, 200.0, 2018, 300.0,
            2019, 400.0, 2020, 500.0, 2021, 600.0, 2022, 700.0, 2023, 800.0));
    private static final Map<Integer, Double> AVERAGE = new TreeMap<>(Map.of(2016, 1.0, 2017, 2.0, 2018, 3.0,
            2019, 4.0, 2020, 5.0, 2021, 6.0, 2022, 7.0, 2023, 8.0));

    /** Σ shipped × average over [from, to], in EFLOPS: written out independently of the code under test. */
    private static double sum(int from, int to) {
        double s = 0;
        for (int y = from; y <= to; y++) {
            s += SHIPPED.get(y) * AVERAGE.get(y);
        }
        return s / 1e6;
    }

    @Test
    void fleet() {
        // 2018…2023: 300·3 + 400·4 + 500·5 + 600·6 + 700·7 + 800·8 = 19900 server-TFLOPS = 0.0199 EFLOPS
        assertEquals(0.0199, sum(2018, 2023), 1e-12);
        check.that("scale", 0.0199).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertPass();
        check.that("scale", sum(2016, 2023)).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("summed every year");
        check.that("scale", sum(2017, 2023)).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("one year too long");
        check.that("scale", sum(2019, 2023)).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("one year too short");
        check.that("scale", sum(2023, 2023)).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("only the servers shipped in 2023");
        check.that("scale", sum(2017, 2022)).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("ends a year early");
        double shipped = 300 + 400 + 500 + 600 + 700 + 800;
        double averages = 3 + 4 + 5 + 6 + 7 + 8;
        check.that("scale", shipped * averages / 1e6).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("Σ shipments × Σ averages");
        check.that("scale", shipped * averages / 6 / 1e6).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("mean of the yearly averages");
        check.that("scale", 19900).isFleetEflops(SHIPPED, AVERAGE, 2023, 6);
        assertHint("10^6 times");
    }

    // ------------------------------------------------------------------ AHP

    private static final double[][] A4 = {
            {1, 3, 5, 9},
            {1.0 / 3, 1, 2, 4},
            {1.0 / 5, 1.0 / 2, 1, 3},
            {1.0 / 9, 1.0 / 4, 1.0 / 3, 1}};

    @Test
    void ahpWeights() {
        Priorities p = PairwiseMatrix.of(A4).priorities();
        check.that("w", p.weights()).isAhpWeights(A4);
        assertPass();

        double[] rowMeans = new double[4];
        double[] colSums = new double[4];
        double[] colNorm = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                rowMeans[i] += A4[i][j];
                colSums[j] += A4[i][j];
            }
        }
        double total = rowMeans[0] + rowMeans[1] + rowMeans[2] + rowMeans[3];
        for (int i = 0; i < 4; i++) {
            rowMeans[i] /= total;
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                colNorm[i] += A4[i][j] / colSums[j] / 4;
            }
        }
        check.that("w", rowMeans).isAhpWeights(A4);
        assertHint("arithmetic mean of the rows; AHP uses the principal eigenvector");
        check.that("w", colNorm).isAhpWeights(A4);
        assertHint("normalised the columns");

        double[] unnormalised = {2 * p.weights()[0], 2 * p.weights()[1], 2 * p.weights()[2], 2 * p.weights()[3]};
        check.that("w", unnormalised).isAhpWeights(A4);
        assertHint("your weights do not sum to 1 (they sum to 2)");
        double[] rowSums = {rowMeans[0] * total, rowMeans[1] * total, rowMeans[2] * total, rowMeans[3] * total};
        check.that("w", rowSums).isAhpWeights(A4);
        assertHint("arithmetic mean of the rows");
        assertHint("do not sum to 1");

        double[][] t = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                t[j][i] = A4[i][j];
            }
        }
        check.that("w", PairwiseMatrix.of(t).priorities().weights()).isAhpWeights(A4);
        assertHint("read the matrix by columns");

        double[] reversed = {p.weights()[3], p.weights()[2], p.weights()[1], p.weights()[0]};
        check.that("w", reversed).isAhpWeights(A4);
        assertHint("wrong order");
        check.that("w", new double[] {0.5, 0.5}).isAhpWeights(A4);
        assertHint("has 2 values");
        check.that("w", (double[]) null).isAhpWeights(A4);
        assertHint("not computed yet");
    }

    @Test
    void geometricMeanIsNamedOnlyWhereItDiffers() {
        double[] g = new double[4];
        double total = 0;
        for (int i = 0; i < 4; i++) {
            g[i] = Math.pow(A4[i][0] * A4[i][1] * A4[i][2] * A4[i][3], 0.25);
            total += g[i];
        }
        for (int i = 0; i < 4; i++) {
            g[i] /= total;
        }
        check.that("w", g).isAhpWeights(A4);
        assertHint("geometric mean of the rows");
        // for any 3×3 matrix the geometric mean is the eigenvector, so it passes
        double[][] a3 = {{1, 0.5, 3}, {2, 1, 5}, {1.0 / 3, 0.2, 1}};
        double[] g3 = new double[3];
        double t3 = 0;
        for (int i = 0; i < 3; i++) {
            g3[i] = Math.cbrt(a3[i][0] * a3[i][1] * a3[i][2]);
            t3 += g3[i];
        }
        for (int i = 0; i < 3; i++) {
            g3[i] /= t3;
        }
        check.that("w", g3).isAhpWeights(a3);
        assertPass();
    }

    @Test
    void consistencyRatio() {
        // 2, 3, 4: the notebook's example near the threshold; CR from the toolkit, CI and λmax as the hints name them
        double[][] a = {{1, 2, 3}, {0.5, 1, 4}, {1.0 / 3, 0.25, 1}};
        Priorities p = PairwiseMatrix.of(a).priorities();
        assertEquals(0.58, p.ri(), 1e-12);
        check.that("CR", p.cr()).isConsistencyRatio(a);
        assertPass();
        check.that("CR", p.ci()).isConsistencyRatio(a);
        assertHint("this is the consistency index CI");
        check.that("CR", (p.lambdaMax() - 3) / 3 / 0.58).isConsistencyRatio(a);
        assertHint("not by n");
        check.that("CR", p.lambdaMax()).isConsistencyRatio(a);
        assertHint("this is λmax");
        check.that("CR", p.ci() * 0.58).isConsistencyRatio(a);
        assertHint("you multiplied");
    }

    @Test
    void repair() {
        // basic vs intelligent 1/3, basic vs super 5, intelligent vs super 1/2: far from consistent
        double[][] bad = {{1, 1.0 / 3, 5}, {3, 1, 0.5}, {0.2, 2, 1}};
        assertTrue(PairwiseMatrix.of(bad).priorities().cr() > 0.1);
        check.that("fixed", bad).isAcceptableRepairOf(bad);
        assertHint("still the expert's matrix, unchanged");
        double[][] fixed = {{1, 1.0 / 3, 5}, {3, 1, 9}, {0.2, 1.0 / 9, 1}};
        check.that("fixed", fixed).isAcceptableRepairOf(bad);
        assertPass();
        assertTrue(last().message().contains("1 judgment changed"), last().toString());
        double[][] halfChanged = {{1, 1.0 / 3, 5}, {3, 1, 9}, {0.2, 2, 1}};
        check.that("fixed", halfChanged).isAcceptableRepairOf(bad);
        assertHint("change its reciprocal too");
        double[][] offScale = {{1, 1.0 / 3, 5}, {3, 1, 15}, {0.2, 1.0 / 15, 1}};
        check.that("fixed", offScale).isAcceptableRepairOf(bad);
        assertHint("off Saaty's scale");
        double[][] stillBad = {{1, 1.0 / 3, 5}, {3, 1, 1}, {0.2, 1, 1}};
        check.that("fixed", stillBad).isAcceptableRepairOf(bad);
        assertHint("still not consistent enough");
        double[][] diagonal = {{2, 1.0 / 3, 5}, {3, 1, 9}, {0.2, 1.0 / 9, 1}};
        check.that("fixed", diagonal).isAcceptableRepairOf(bad);
        assertHint("must be 1");
        double[][] two = {{1, 1, 5}, {1, 1, 5}, {0.2, 0.2, 1}};
        check.that("fixed", two).isAcceptableRepairOf(bad);
        assertPass();
        assertTrue(last().message().contains("2 judgments changed"), last().toString());
        check.that("fixed", (double[][]) null).isAcceptableRepairOf(bad);
        assertHint("not computed yet");
    }

    // ------------------------------------------------------------------ standardisation

    @Test
    void minMax() {
        double[] raw = {10, 20, 40, 50};
        check.that("s", new double[] {0, 25, 75, 100}).isMinMax(raw, 100);
        assertPass();
        check.that("s", new double[] {20, 40, 80, 100}).isMinMax(raw, 100);
        assertHint("ratio to max");
        check.that("s", new double[] {100, 75, 25, 0}).isMinMax(raw, 100);
        assertHint("reversed");
        check.that("s", new double[] {0, 0.25, 0.75, 1}).isMinMax(raw, 100);
        assertHint("on 0…1");
        double sd = Math.sqrt((400 + 100 + 100 + 400) / 3.0);
        check.that("s", new double[] {-20 / sd, -10 / sd, 10 / sd, 20 / sd}).isMinMax(raw, 100);
        assertHint("z-scores");
        check.that("s", new double[] {0, 25, 75}).isMinMax(raw, 100);
        assertHint("has 3 values");
    }

    // ------------------------------------------------------------------ regression

    // x = 1…5, y = 2, 4, 5, 4, 5: b = 0.6, a = 2.2, SSE = 2.4 (a textbook example, worked by hand)
    private static final double[] X = {1, 2, 3, 4, 5};
    private static final double[] Y = {2, 4, 5, 4, 5};

    @Test
    void slope() {
        check.that("b", 0.6).isSlope(X, Y);
        assertPass();
        check.that("b", 6.0 / 6.0).isSlope(X, Y); // Sxy / Syy = 6 / 6
        assertHint("regressed x on y");
        check.that("b", 6 / Math.sqrt(10 * 6)).isSlope(X, Y);
        assertHint("Pearson's correlation");
        check.that("b", 4.0 / 3.0).isSlope(X, Y);
        assertHint("ratio of the means");
        check.that("b", 6).isSlope(X, Y);
        assertHint("S_xy alone");
        check.that("b", -0.6).isSlope(X, Y);
        assertHint("wrong sign");
    }

    @Test
    void residuals() {
        double[] e = {-0.8, 0.6, 1.0, -0.6, -0.2};
        check.that("e", e).isResiduals(X, Y);
        assertPass();
        check.that("e", new double[] {0.8, -0.6, -1.0, 0.6, 0.2}).isResiduals(X, Y);
        assertHint("the sign is reversed");
        check.that("e", new double[] {2.8, 3.4, 4.0, 4.6, 5.2}).isResiduals(X, Y);
        assertHint("fitted values");
        double b0 = (2 + 8 + 15 + 16 + 25) / 55.0; // Σxy / Σx² for a line through the origin
        double[] origin = new double[5];
        for (int i = 0; i < 5; i++) {
            origin[i] = Y[i] - b0 * X[i];
        }
        check.that("e", origin).isResiduals(X, Y);
        assertHint("through the origin");
    }

    @Test
    void slopeInterval() {
        double se = Math.sqrt(2.4 / 3 / 10);
        double t = new TDistribution(3).inverseCumulativeProbability(0.975);
        assertEquals(3.182446305, t, 1e-8);
        check.that("ci", new double[] {0.6 - t * se, 0.6 + t * se}).isSlopeInterval(X, Y, 0.95);
        assertPass();
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        check.that("ci", new double[] {0.6 - z * se, 0.6 + z * se}).isSlopeInterval(X, Y, 0.95);
        assertHint("Student's t");
        double seN = Math.sqrt(2.4 / 5 / 10);
        check.that("ci", new double[] {0.6 - t * seN, 0.6 + t * seN}).isSlopeInterval(X, Y, 0.95);
        assertHint("not SSE/n");
        double seN1 = Math.sqrt(2.4 / 4 / 10);
        check.that("ci", new double[] {0.6 - t * seN1, 0.6 + t * seN1}).isSlopeInterval(X, Y, 0.95);
        assertHint("not SSE/(n − 1)");
        double oneSided = new TDistribution(3).inverseCumulativeProbability(0.95);
        check.that("ci", new double[] {0.6 - oneSided * se, 0.6 + oneSided * se}).isSlopeInterval(X, Y, 0.95);
        assertHint("two-sided");
        check.that("ci", new double[] {0.6 - se, 0.6 + se}).isSlopeInterval(X, Y, 0.95);
        assertHint("one standard error");
        check.that("ci", new double[] {0.6 + t * se, 0.6 - t * se}).isSlopeInterval(X, Y, 0.95);
        assertHint("lower bound comes first");
        check.that("ci", new double[] {0, 2}).isSlopeInterval(X, Y, 0.95);
        assertHint("not centred on the slope");
    }

    // ------------------------------------------------------------------ maps

    @Test
    void maps() {
        Map<String, Double> expected = new LinkedHashMap<>(Map.of("a", 0.5, "b", 0.3, "c", 0.2));
        check.that("w", Map.of("a", 0.5, "b", 0.3, "c", 0.2)).near(expected, 1e-9);
        assertPass();
        check.that("w", Map.of("a", 1.0, "b", 0.6, "c", 0.4)).near(expected, 1e-9);
        assertHint("do not sum to 1 (they sum to 2); divide each by their total");
        check.that("w", Map.of("a", 0.5, "b", 0.3)).near(expected, 1e-9);
        assertHint("has no value for c");
        check.that("w", Map.of("a", 0.5, "b", 0.3, "c", 0.2, "d", 0.0)).near(expected, 1e-9);
        assertHint("not asked for: d");
        check.that("w", Map.of("a", 0.4, "b", 0.4, "c", 0.2)).near(expected, 1e-9);
        assertHint("2 of 3 values");
        Map<String, Integer> shifts = Map.of("广东", 2, "北京", -1, "上海", -1);
        check.that("shift", Map.of("广东", -2, "北京", 1, "上海", 1)).near(shifts, 0);
        assertHint("new rank − old rank");
        check.that("w", (Map<String, Double>) null).sumsTo(1, 1e-9);
        assertHint("not computed yet");
        check.that("w", Map.of("a", 0.6, "b", 0.6)).sumsTo(1, 1e-9);
        assertHint("do not sum to 1 (they sum to 1.2)");
    }


    @Test
    void fullMatrix() {
        double[][] upper = {{0.5, 3}, {5}};
        double[][] full = {{1, 0.5, 3}, {2, 1, 5}, {1.0 / 3, 0.2, 1}};
        check.that("A", full).isFullMatrixOf(upper);
        assertPass();
        check.that("A", new double[][] {{1, 0.5, 3}, {0.5, 1, 5}, {3, 5, 1}}).isFullMatrixOf(upper);
        assertHint("copied the judgment");
        check.that("A", new double[][] {{1, 2, 1.0 / 3}, {0.5, 1, 0.2}, {3, 5, 1}}).isFullMatrixOf(upper);
        assertHint("above the diagonal you put reciprocals");
        check.that("A", new double[][] {{0, 0.5, 3}, {2, 0, 5}, {1.0 / 3, 0.2, 0}}).isFullMatrixOf(upper);
        assertHint("must be 1");
        check.that("A", new double[][] {{1, 0.5}, {2, 1}}).isFullMatrixOf(upper);
        assertHint("so it needs 3");
        check.that("A", new double[][] {{1, 0.5, 3}, {2, 1, 4}, {1.0 / 3, 0.25, 1}}).isFullMatrixOf(upper);
        assertHint("a[1][2] is not the expert's judgment");
    }

    @Test
    void zScores() {
        double[] raw = {10, 20, 40, 50};  // mean 30, Σ(x − mean)² = 1000, sample sd = √(1000/3)
        double sd = Math.sqrt(1000 / 3.0);
        check.that("z", new double[] {-20 / sd, -10 / sd, 10 / sd, 20 / sd}).isZScores(raw);
        assertPass();
        double pop = Math.sqrt(1000 / 4.0);
        check.that("z", new double[] {-20 / pop, -10 / pop, 10 / pop, 20 / pop}).isZScores(raw);
        assertHint("population standard deviation");
        check.that("z", new double[] {10 / sd, 20 / sd, 40 / sd, 50 / sd}).isZScores(raw);
        assertHint("mean is not subtracted");
        double var = 1000 / 3.0;
        check.that("z", new double[] {-20 / var, -10 / var, 10 / var, 20 / var}).isZScores(raw);
        assertHint("divided by the variance");
        check.that("z", new double[] {-20, -10, 10, 20}).isZScores(raw);
        assertHint("centred but not divided");
    }

    @Test
    void reweighting() {
        Map<String, Double> base = new LinkedHashMap<>();
        base.put("a", 0.5);
        base.put("b", 0.3);
        base.put("c", 0.2);
        // doubling c: 0.5, 0.3, 0.4 → divided by 1.2
        check.that("w", Map.of("a", 0.5 / 1.2, "b", 0.3 / 1.2, "c", 0.4 / 1.2)).isReweighting(base, List.of("c"), 2);
        assertPass();
        check.that("w", Map.of("a", 0.5, "b", 0.3, "c", 0.4)).isReweighting(base, List.of("c"), 2);
        assertHint("did not rescale them: they sum to 1.2");
        check.that("w", Map.of("a", 1.0, "b", 0.6, "c", 0.4)).isReweighting(base, List.of("c"), 2);
        assertHint("you multiplied every weight");
        check.that("w", base).isReweighting(base, List.of("c"), 2);
        assertHint("original weights, unchanged");
        check.that("w", Map.of("a", 0.5, "b", 0.3)).isReweighting(base, List.of("c"), 2);
        assertHint("has no value for c");
    }

    @Test
    void rankShift() {
        org.suanli.index.IndexModel model = org.suanli.index.IndexModel.standard();
        org.suanli.index.IndexResult before = model.run();
        org.suanli.index.IndexResult after = model.withWeights(org.suanli.index.Weights.equal()).run();
        Map<String, Double> shift = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Double> reversed = new LinkedHashMap<>();
        for (String p : before.provinces()) {
            shift.put(p, after.rank(2023, p, "index") - before.rank(2023, p, "index"));
            reversed.put(p, -shift.get(p));
            scores.put(p, after.composite(2023, p) - before.composite(2023, p));
        }
        assertTrue(shift.values().stream().anyMatch(v -> v != 0), "equal weights move some province");
        check.that("shift", shift).isRankShift(before, after, 2023, "index");
        assertPass();
        check.that("shift", reversed).isRankShift(before, after, 2023, "index");
        assertHint("new rank − old rank");
        check.that("shift", scores).isRankShift(before, after, 2023, "index");
        assertHint("changes of the scores");
        check.that("shift", (Map<String, Double>) null).isRankShift(before, after, 2023, "index");
        assertHint("not computed yet");
    }

    // ------------------------------------------------------------------ the promises of the API

    @Test
    void neverThrowsAndSummarises() {
        check.that("w", new double[] {0.2, 0.8}).isAhpWeights(new double[][] {{1, 2}, {3}}); // a ragged matrix
        assertHint("the check could not use this value");
        check.that("x", 1.0).near(1.0005, 1e-3);
        assertPass();
        check.that("x", 1.5).near(1.0, 1e-3);
        assertHint("too high by about 50 %");
        check.that("w", (double[]) null).isAhpWeights(null);
        assertHint("not computed yet");
        assertEquals(4, check.feedback().size());
        assertEquals("1 of 4 checks pass; read the hints above, change your code and run the cells again.",
                check.summary());
        assertEquals(4, printed.size());
    }
}
