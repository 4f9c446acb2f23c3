package org.suanli.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiagnosticsAndPanelTest {

    static final List<String> ABCD = List.of("A", "B", "C", "D");

    /** A consistent matrix (weights 8:4:2:1) with one judgment reversed: C–D says 1/4 instead of 2. */
    static PairwiseMatrix oneBadJudgment() {
        return PairwiseMatrix.fromUpperTriangle(ABCD, new double[] {2, 4, 8}, new double[] {2, 4},
                new double[] {1 / 4.});
    }

    @Test
    void contributionsSumToOneAndPointAtTheBadJudgment() {
        List<Diagnostics.Contribution> c = Diagnostics.contributions(oneBadJudgment());
        assertEquals(6, c.size());
        assertEquals(1.0, c.stream().mapToDouble(Diagnostics.Contribution::share).sum(), 1e-12);
        assertEquals("C", c.get(0).rowLabel());
        assertEquals("D", c.get(0).columnLabel());
        // λmax − n equals the sum of the terms: check against the priorities
        Priorities p = oneBadJudgment().priorities();
        assertTrue(p.cr() > 0.1, "the example must be inconsistent, CR = " + p.cr());
    }

    @Test
    void suggestedRevisionBringsCrUnderTheThreshold() {
        Diagnostics.Report r = Diagnostics.diagnose(oneBadJudgment(), RandomIndex.SAATY_1980, CrThreshold.FIXED_0_10);
        assertFalse(r.before().consistent());
        assertTrue(r.fixed());
        assertTrue(r.after().cr() <= 0.10);
        Diagnostics.Revision first = r.revisions().get(0);
        assertEquals("C", first.rowLabel());
        assertEquals("D", first.columnLabel());
        assertEquals(0.25, first.from());
        // the current (distorted) weights imply C ≈ D/2, already enough: the judgment moves towards C
        assertTrue(first.to() > first.from(), "C–D should move towards C being more important: " + first);
        assertEquals(r.revised().get(2, 3), first.to(), 0);
    }

    @Test
    void consistentMatrixNeedsNoRevision() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(ABCD, new double[] {2, 4, 8}, new double[] {2, 4},
                new double[] {2});
        Diagnostics.Report r = Diagnostics.diagnose(m, RandomIndex.SAATY_1980, CrThreshold.FIXED_0_10);
        assertTrue(r.revisions().isEmpty());
        assertEquals(0.0, r.before().cr(), 1e-12);
    }

    @Test
    void nDependentThresholdIsStricterForThreeAndFour() {
        assertEquals(0.05, CrThreshold.N_DEPENDENT.limit(3));
        assertEquals(0.08, CrThreshold.N_DEPENDENT.limit(4));
        assertEquals(0.10, CrThreshold.N_DEPENDENT.limit(5));
        assertTrue(CrThreshold.N_DEPENDENT.accepts(2, 5.0));
        assertFalse(CrThreshold.N_DEPENDENT.accepts(3, 0.06));
        assertTrue(CrThreshold.FIXED_0_10.accepts(3, 0.06));
    }

    @Test
    void randomIndexTablesAreTheCitedValues() {
        assertEquals(0.58, RandomIndex.SAATY_1980.value(3));
        assertEquals(1.49, RandomIndex.SAATY_1980.value(10));
        assertEquals(0.52, RandomIndex.SAATY_2005.value(3));
        assertEquals(1.59, RandomIndex.SAATY_2005.value(15));
        assertEquals(0.4914, RandomIndex.DONEGAN_DODD_1991.value(3));
        assertEquals(0.5247, RandomIndex.ALONSO_LAMATA_2006.value(3));
        assertEquals(0.0, RandomIndex.SAATY_1980.value(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RandomIndex.SAATY_1980.value(11));
        assertTrue(e.getMessage().contains("stops at n = 10"));
        assertEquals((1.7699 * 20 - 4.3513) / 19, RandomIndex.ALONSO_LAMATA_2006.value(20), 1e-12);
        assertEquals(RandomIndex.DONEGAN_DODD_1991, RandomIndex.parse("dd"));
    }

    // ------------------------------------------------------------------ panels

    static PairwiseMatrix three(double ab, double ac, double bc) {
        return PairwiseMatrix.fromUpperTriangle(List.of("A", "B", "C"), new double[] {ab, ac}, new double[] {bc});
    }

    @Test
    void aijIsTheElementWiseGeometricMean() {
        List<ExpertPanel.Expert> experts = List.of(new ExpertPanel.Expert("e1", three(2, 4, 2)), new ExpertPanel.Expert("e2", three(8, 4, 1 / 2.)));
        ExpertPanel.Result r = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults());
        assertEquals(4.0, r.aggregatedMatrix().get(0, 1), 1e-12);
        assertEquals(4.0, r.aggregatedMatrix().get(0, 2), 1e-12);
        assertEquals(1.0, r.aggregatedMatrix().get(1, 2), 1e-12);
        assertEquals(0.25, r.aggregatedMatrix().get(1, 0), 1e-12);
        // [1 4 4; 1/4 1 1; 1/4 1 1] is consistent with weights 4:1:1
        assertEquals(4 / 6.0, r.weight("A"), 1e-12);
        assertEquals(0.0, r.aggregatedPriorities().cr(), 1e-12);
    }

    @Test
    void expertWeightsShiftTheAggregate() {
        // e1: weights 4:2:1; e2: 1:2:4. With weights 3:1, AIJ gives A–B = 2^(3/4)·(1/2)^(1/4) = 2^(1/2).
        List<ExpertPanel.Expert> experts = List.of(new ExpertPanel.Expert("e1", 3, three(2, 4, 2)),
                new ExpertPanel.Expert("e2", 1, three(1 / 2., 1 / 4., 1 / 2.)));
        ExpertPanel.Result r = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults());
        assertEquals(Math.sqrt(2), r.aggregatedMatrix().get(0, 1), 1e-12);
        assertEquals(0.75, r.experts().get(0).weight(), 1e-12);
        ExpertPanel.Result am = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults().with(JudgmentAggregation.AIP_ARITHMETIC));
        assertEquals(0.75 * 4 / 7 + 0.25 * 1 / 7, am.weight("A"), 1e-12);
        ExpertPanel.Result gm = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults().with(JudgmentAggregation.AIP_GEOMETRIC));
        double a = Math.pow(4 / 7., .75) * Math.pow(1 / 7., .25);
        double b = 2 / 7.;
        double c = Math.pow(1 / 7., .75) * Math.pow(4 / 7., .25);
        assertEquals(a / (a + b + c), gm.weight("A"), 1e-12);
        assertEquals(null, gm.aggregatedMatrix());
    }

    @Test
    void inconsistentExpertsCanBeExcludedAndAreReported() {
        PairwiseMatrix bad = three(9, 1 / 9., 9);
        List<ExpertPanel.Expert> experts = List.of(new ExpertPanel.Expert("good", three(2, 4, 2)), new ExpertPanel.Expert("bad", bad));
        ExpertPanel.Result kept = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults());
        assertEquals(0, kept.excludedCount());
        ExpertPanel.Result r = ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults().excludingInconsistent(true));
        assertEquals(1, r.excludedCount());
        assertFalse(r.experts().get(1).included());
        assertTrue(r.experts().get(1).priorities().cr() > 0.1);
        assertEquals(4 / 7.0, r.weight("A"), 1e-12);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> ExpertPanel.aggregate(
                List.of(new ExpertPanel.Expert("bad", bad)), ExpertPanel.Settings.defaults().excludingInconsistent(true)));
        assertTrue(none.getMessage().contains("Every expert's matrix is inconsistent"));
    }

    @Test
    void panelAlignsLabelOrderAndRejectsOtherElements() {
        PairwiseMatrix reordered = PairwiseMatrix.fromUpperTriangle(List.of("C", "B", "A"), new double[] {1 / 2., 1 / 4.},
                new double[] {1 / 2.});
        ExpertPanel.Result r = ExpertPanel.aggregate(List.of(new ExpertPanel.Expert("e1", three(2, 4, 2)),
                new ExpertPanel.Expert("e2", reordered)), ExpertPanel.Settings.defaults());
        assertEquals(4 / 7.0, r.weight("A"), 1e-12);
        PairwiseMatrix other = PairwiseMatrix.fromUpperTriangle(List.of("A", "B", "X"), new double[] {1, 1}, new double[] {1});
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class, () -> ExpertPanel.aggregate(
                List.of(new ExpertPanel.Expert("e1", three(2, 4, 2)), new ExpertPanel.Expert("e2", other)), ExpertPanel.Settings.defaults()));
        assertTrue(e.getMessage().contains("every expert must judge the same elements"));
    }

    @Test
    void incompleteExpertMatrixIsCompletedInThePanel() {
        PairwiseMatrix gap = three(2, Double.NaN, 2);
        ExpertPanel.Result r = ExpertPanel.aggregate(List.of(new ExpertPanel.Expert("e1", gap)), ExpertPanel.Settings.defaults());
        assertTrue(r.experts().get(0).completed());
        assertEquals(4 / 7.0, r.weight("A"), 1e-8);
    }

    @Test
    void geometricMeanMethodAgreesOnConsistentMatricesAndDiffersOtherwise() {
        PairwiseMatrix m = three(2, 4, 2);
        assertEquals(4 / 7.0, m.priorities(PriorityMethod.GEOMETRIC_MEAN, RandomIndex.SAATY_1980).weight("A"), 1e-12);
        PairwiseMatrix d = GoldenExamplesTest.drinks();
        double ev = d.priorities().weight("water");
        double gm = d.priorities(PriorityMethod.GEOMETRIC_MEAN, RandomIndex.SAATY_1980).weight("water");
        assertTrue(Math.abs(ev - gm) > 1e-4 && Math.abs(ev - gm) < 0.02, ev + " vs " + gm);
        // CR is a property of the matrix, not of the weighting method
        assertEquals(d.priorities().cr(), d.priorities(PriorityMethod.GEOMETRIC_MEAN, RandomIndex.SAATY_1980).cr(), 1e-12);
    }
}
