package org.suanli.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/** Power iteration against Commons Math on many random reciprocal matrices, and the diagnostics identity. */
class PerronEigenTest {

    static PairwiseMatrix random(Random r, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                int k = 1 + r.nextInt(9);
                double v = r.nextBoolean() ? k : 1.0 / k;
                a[i][j] = v;
                a[j][i] = 1 / v;
            }
        }
        return PairwiseMatrix.of(a);
    }

    @Test
    void lambdaMaxAndVectorMatchCommonsMathOnRandomMatrices() {
        Random r = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 3 + trial % 13;
            PairwiseMatrix m = random(r, n);
            Priorities p = m.priorities(PriorityMethod.EIGENVECTOR, RandomIndex.ALONSO_LAMATA_2006);
            EigenDecomposition ed = new EigenDecomposition(new Array2DRowRealMatrix(m.toArray()));
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (Math.abs(ed.getImagEigenvalue(i)) < 1e-9 && (best < 0
                        || ed.getRealEigenvalue(i) > ed.getRealEigenvalue(best))) {
                    best = i;
                }
            }
            assertEquals(ed.getRealEigenvalue(best), p.lambdaMax(), 1e-8 * n, "trial " + trial);
            assertTrue(p.lambdaMax() >= n - 1e-9, "λmax ≥ n for a positive reciprocal matrix");
            double[] v = ed.getEigenvector(best).toArray();
            double sum = 0;
            for (double x : v) {
                sum += x;
            }
            double[] w = p.weights();
            for (int i = 0; i < n; i++) {
                assertEquals(v[i] / sum, w[i], 1e-8, "trial " + trial + " component " + i);
            }
        }
    }

    @Test
    void contributionsDecomposeLambdaMaxMinusN() {
        Random r = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            PairwiseMatrix m = random(r, 4 + trial % 6);
            int n = m.size();
            double lambda = m.priorities().lambdaMax();
            double sum = 0;
            for (Diagnostics.Contribution c : Diagnostics.contributions(m)) {
                sum += (c.epsilon() + 1 / c.epsilon() - 2) / n;
            }
            assertEquals(lambda - n, sum, 1e-9 * n, "trial " + trial);
        }
    }

    @Test
    void diagnosticsFixesRandomInconsistentMatricesWithinTheThreshold() {
        Random r = new Random(3);
        int fixed = 0;
        for (int trial = 0; trial < 40; trial++) {
            PairwiseMatrix m = random(r, 3 + trial % 5);
            Diagnostics.Report rep = Diagnostics.diagnose(m, RandomIndex.SAATY_1980, CrThreshold.FIXED_0_10);
            if (rep.fixed()) {
                fixed++;
                assertTrue(rep.after().cr() <= 0.10 + 1e-12);
            }
            assertTrue(rep.revisions().size() <= m.size() * (m.size() - 1) / 2, "each judgment revised at most once");
        }
        assertEquals(40, fixed, "every random matrix should be brought within CR 0.10");
    }

    @Test
    void labelsKeepTheirOrder() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(List.of("z", "a"), new double[] {3});
        assertEquals(List.of("z", "a"), m.priorities().labels());
        assertEquals(0.75, m.priorities().weight("z"), 1e-15);
    }
}
