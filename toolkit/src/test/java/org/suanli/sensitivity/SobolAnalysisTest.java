package org.suanli.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolAnalysisTest {
    private static final int N = 1 << 14;

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        // analytic values (Saltelli et al. 2008, table 4.1 rounds them to 0.31, 0.44, 0.00 / 0.56, 0.44, 0.24)
        assertEquals(0.3139, f.s1()[0], 1e-4);
        assertEquals(0.4424, f.s1()[1], 1e-4);
        assertEquals(0.5576, f.st()[0], 1e-4);
        assertEquals(0.2437, f.st()[2], 1e-4);
        assertAgree(f, SobolAnalysis.of(f.model()).run(N, 42), 0.02);
    }

    @Test
    void sobolGIndicesMatchTheAnalyticValues() {
        TestFunctions.Analytic f = TestFunctions.sobolGStandard();
        assertAgree(f, SobolAnalysis.of(f.model()).run(N, 7), 0.02);
    }

    @Test
    void bootstrapIntervalsCoverTheTruthAndNarrowWithN() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        SobolResult small = SobolAnalysis.of(f.model()).run(1 << 10, 3);
        SobolResult large = SobolAnalysis.of(f.model()).run(1 << 14, 3);
        int covered = 0;
        for (int i = 0; i < 3; i++) {
            SensitivityIndex s = large.indices().get(i);
            covered += s.stLow() <= f.st()[i] && f.st()[i] <= s.stHigh() ? 1 : 0;
            double wSmall = small.indices().get(i).stHigh() - small.indices().get(i).stLow();
            assertTrue(s.stHigh() - s.stLow() < wSmall, "the interval narrows with N for x" + (i + 1));
        }
        assertTrue(covered >= 2, "95% intervals cover at least two of three true total indices");
    }

    @Test
    void convergenceRecordsEveryPowerOfTwoPrefix() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        SobolResult r = SobolAnalysis.of(f.model()).run(1 << 12, 1);
        List<Integer> ns = r.convergence().stream().map(ConvergencePoint::n).distinct().toList();
        assertEquals(List.of(256, 512, 1024, 2048, 4096), ns);
        ConvergencePoint last = r.convergence().get(r.convergence().size() - 1);
        assertEquals(r.index("ishigami", "x3").st(), last.st(), 0);
        assertEquals(4096L * (3 + 2), r.convergence().stream().filter(p -> p.n() == 4096).findFirst().orElseThrow().runs());
    }

    @Test
    void sameSeedSameBitsOnOneThreadAndOnMany() {
        TestFunctions.Analytic f = TestFunctions.sobolGStandard();
        SobolResult one = SobolAnalysis.of(f.model()).threads(1).run(3000, 11);
        SobolResult many = SobolAnalysis.of(f.model()).threads(4).run(3000, 11);
        assertEquals(one, many);
        SobolResult other = SobolAnalysis.of(f.model()).threads(1).run(3000, 12);
        assertNotEquals(one.indices().get(0).s1(), other.indices().get(0).s1());
    }

    @Test
    void rowsStartAnywhereInTheSequence() {
        SaltelliDesign d = new SaltelliDesign(2, 5);
        SaltelliDesign.Rows all = d.rows(0);
        double[] a = new double[2];
        double[] b = new double[2];
        for (int i = 0; i < 300; i++) {
            all.next(a, b);
        }
        SaltelliDesign.Rows jump = d.rows(299);
        double[] a2 = new double[2];
        double[] b2 = new double[2];
        jump.next(a2, b2);
        assertArrayEquals(a, a2, 0);
        assertArrayEquals(b, b2, 0);
        // unshifted, row j is Sobol point j + 1
        SaltelliDesign plain = new SaltelliDesign(2, 0);
        SobolSequenceGenerator g = new SobolSequenceGenerator(4);
        g.nextVector();
        double[] p = g.nextVector();
        plain.rows(0).next(a, b);
        for (int i = 0; i < 2; i++) {
            assertTrue(a[i] >= 0 && a[i] < 1 && b[i] >= 0 && b[i] < 1);
        }
        assertEquals(0.5, p[0], 0);
    }

    @Test
    void aConstantOutputHasNoIndices() {
        SobolModel flat = new SobolModel() {
            public List<String> inputNames() {
                return List.of("x1", "x2");
            }

            public List<String> outputNames() {
                return List.of("flat");
            }

            public Evaluator evaluator() {
                return (u, out) -> out[0] = 3;
            }
        };
        SobolResult r = SobolAnalysis.of(flat).run(512, 1);
        assertTrue(Double.isNaN(r.indices().get(0).s1()));
        assertEquals(0, r.variance().get(0), 0);
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        SobolModel m = TestFunctions.ishigami(7, 0.1).model();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.of(m).run(1, 1)).getMessage().contains("at least 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.of(m).threads(0)).getMessage().contains("threads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.of(m).replicates(1)).getMessage().contains("replicates"));
    }

    private static void assertAgree(TestFunctions.Analytic f, SobolResult r, double tol) {
        for (int i = 0; i < f.s1().length; i++) {
            SensitivityIndex s = r.indices().get(i);
            assertEquals(f.s1()[i], s.s1(), tol, "S1 of x" + (i + 1));
            assertEquals(f.st()[i], s.st(), tol, "ST of x" + (i + 1));
        }
    }
}
