package org.suanli.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.suanli.index.Aggregation;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexStatementEvaluator;
import org.suanli.index.SdKind;
import org.suanli.index.Standardiser;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;

class IndexUncertaintyTest {
    private static final IndexModel STANDARD = IndexModel.standard();

    /**
     * Weights fixed, only the aggregation varying: every run is one of two known rankings, each in half of the runs
     * (level ⌊2u⌋ of a balanced Sobol column), so a province's band is exactly [min, max] of its two ranks, and
     * collapses where both aggregations agree.
     */
    @Test
    void withOnlyTheAggregationVaryingTheBandSpansExactlyTheTwoRanks() {
        UncertaintySpec spec = UncertaintySpec.standard().withInputs(List.of(new UncertainInput.AggregationChoice()))
                .withStatementRuns(0).withReplicates(0);
        UncertaintyResult r = IndexUncertainty.of(STANDARD, spec).run(1 << 10, 5);
        IndexResult arith = STANDARD.withAggregation(Aggregation.ARITHMETIC).run();
        IndexResult geo = STANDARD.withAggregation(Aggregation.GEOMETRIC).run();
        int collapsed = 0;
        int spread = 0;
        for (RankInterval ri : r.rankIntervals()) {
            int a = (int) arith.rank(2023, ri.province(), "index");
            int g = (int) geo.rank(2023, ri.province(), "index");
            assertEquals(a, ri.nominal(), ri.province());
            assertEquals(Math.min(a, g), ri.low(), ri.province());
            assertEquals(Math.max(a, g), ri.high(), ri.province());
            long[] counts = r.rankCounts()[r.provinces().indexOf(ri.province())];
            if (a == g) {
                collapsed++;
                assertEquals(r.runs(), counts[a - 1], ri.province() + ": every run gives the same rank");
            } else {
                spread++;
                assertEquals(r.runs() / 2, counts[a - 1], ri.province() + ": half the runs are arithmetic");
                assertEquals(r.runs() / 2, counts[g - 1], ri.province());
            }
        }
        assertTrue(collapsed > 0 && spread > 0, "the case has both kinds: " + collapsed + " collapsed, " + spread + " spread");
        // the aggregation is the only input: it carries all the variance
        SensitivityIndex s = r.sobol().index(IndexUncertainty.RANK_SHIFT, "aggregation");
        assertEquals(1, s.s1(), 1e-9);
        assertEquals(1, s.st(), 1e-9);
    }

    @Test
    void nothingVariesWhenTheOnlyInputHasOneLevel() {
        UncertaintySpec spec = UncertaintySpec.standard()
                .withInputs(List.of(new UncertainInput.StandardisationChoice(List.of(STANDARD.choices().standardiser()))))
                .withStatementRuns(0);
        UncertaintyResult r = IndexUncertainty.of(STANDARD, spec).run(256, 1);
        for (RankInterval ri : r.rankIntervals()) {
            assertEquals(ri.nominal(), ri.low());
            assertEquals(ri.nominal(), ri.high());
        }
        assertTrue(Double.isNaN(r.sobol().index("rank 陕西", "standardisation").st()));
    }

    @Test
    void sameSeedGivesTheSameJsonOnOneThreadAndOnMany() {
        IndexUncertainty u = IndexUncertainty.of(STANDARD, UncertaintySpec.standard().withStatementRuns(8));
        String one = u.run(600, 9, 1, x -> { }).toJson();
        String many = u.run(600, 9, 4, x -> { }).toJson();
        assertEquals(one, many);
        assertNotEquals(one, u.run(600, 10, 2, x -> { }).toJson());
    }

    @Test
    void theRankSetCheckAgreesWithTheScorecardEvaluator() {
        IndexStatementEvaluator ev = new IndexStatementEvaluator();
        IndexUncertainty u = IndexUncertainty.of(STANDARD, UncertaintySpec.standard().withStatementRuns(0));
        SplittableRandom rnd = new SplittableRandom(3);
        int disagreements = 0;
        int fails = 0;
        for (int trial = 0; trial < 40; trial++) {
            double[] x = new double[u.inputNames().size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextDouble();
            }
            IndexResult ref = u.referenceModel(x).run();
            double[] out = new double[u.outputNames().size()];
            u.evaluator().evaluate(x, out);
            for (String id : List.of("overall.top6", "overall.rank7_15")) {
                FastRankSet fast = FastRankSet.of(Statements.standard().get(id), u.provinces());
                Status st = ev.evaluate(Statements.standard().get(id), ScorecardContext.of(IndexResult.class, ref)).status();
                boolean holds = fast.holds(out, 1, u.provinces().size());
                disagreements += holds == (st == Status.HOLDS) ? 0 : 1;
                fails += holds ? 0 : 1;
            }
            for (int p = 0; p < u.provinces().size(); p++) {
                assertEquals(ref.rank(2023, u.provinces().get(p), "index"), out[1 + p], 0);
                assertEquals(ref.composite(2023, u.provinces().get(p)), out[1 + u.provinces().size() + p],
                        1e-12 * Math.max(1, Math.abs(out[1 + u.provinces().size() + p])));
            }
        }
        assertEquals(0, disagreements);
        assertTrue(fails > 0, "some sampled runs break a rank set, so the comparison covers both verdicts");
    }

    @Test
    void dirichletWeightsHaveTheStatedMeanAndSpread() {
        IndexUncertainty u = IndexUncertainty.of(STANDARD, UncertaintySpec.standard()
                .withInputs(List.of(new UncertainInput.DirichletWeights(50))).withStatementRuns(0));
        int m = 20000;
        SplittableRandom r = new SplittableRandom(4);
        FastIndex f = FastIndex.compile(STANDARD);
        double[] nominal = f.localWeights(STANDARD.weights().localWeights(STANDARD.tree()));
        double[] sum = new double[nominal.length];
        double[] sq = new double[nominal.length];
        for (int j = 0; j < m; j++) {
            double[] w = u.choice(new double[] {r.nextDouble()}).weights();
            for (int i = 0; i < w.length; i++) {
                sum[i] += w[i];
                sq[i] += w[i] * w[i];
            }
        }
        int checked = 0;
        for (int[] kids : f.childrenByNode()) {
            if (kids.length < 2) {
                continue;
            }
            for (int c : kids) {
                double mean = sum[c] / m;
                double sd = Math.sqrt(sq[c] / m - mean * mean);
                double w = nominal[c];
                assertEquals(w, mean, 4 * Math.sqrt(w * (1 - w) / 51 / m) + 1e-12, "mean of " + f.nodes().get(c).key());
                assertEquals(Math.sqrt(w * (1 - w) / 51), sd, 0.05 * Math.sqrt(w * (1 - w) / 51), "sd of " + f.nodes().get(c).key());
                checked++;
            }
        }
        assertTrue(checked >= 10);
    }

    @Test
    void bootstrapDrawsOnlyThePanelsOwnOutcomes() {
        IndexUncertainty u = IndexUncertainty.of(STANDARD, UncertaintySpec.standard().withStatementRuns(0)
                .withInputs(List.of(UncertainInput.ExpertBootstrap.standard())));
        SplittableRandom r = new SplittableRandom(8);
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int j = 0; j < 3000; j++) {
            distinct.add(java.util.Arrays.toString(u.choice(new double[] {r.nextDouble()}).weights()));
        }
        // five experts: at most C(9, 5) = 126 multisets; 3000 draws see most of them
        assertTrue(distinct.size() <= 126 && distinct.size() > 60, distinct.size() + " distinct weightings");
    }

    @Test
    void theMissingDataInputActsOnlyWhereTheDataHaveGaps() {
        UncertaintySpec spec = UncertaintySpec.standard().withStatementRuns(0)
                .withInputs(List.of(new UncertainInput.AggregationChoice(), UncertainInput.MissingPolicyChoice.standard()));
        // shipped data: no gaps, so the policy changes nothing
        IndexModel imputing = STANDARD.withMissingPolicy(org.suanli.index.MissingPolicy.impute(org.suanli.index.MissingPolicy.ImputeMethod.MEAN));
        UncertaintyResult none = IndexUncertainty.of(imputing, spec).run(512, 1);
        assertEquals(0, none.sobol().index(IndexUncertainty.RANK_SHIFT, "missing-data").st(), 1e-12);
        // blank the 2023 IT spending of the nine provinces with the most: how they are filled now matters
        org.suanli.index.Panel full = STANDARD.panel();
        org.suanli.index.Panel.Builder gap = org.suanli.index.Panel.builder(full.years(), full.provinces(), full.indicators());
        IndexResult nominal = STANDARD.run();
        List<String> leaders = nominal.ranking(2023, "index").subList(0, 9);
        for (int y : full.years()) {
            for (String k : full.indicators()) {
                double[] v = full.values(y, k);
                for (int i = 0; i < v.length; i++) {
                    if (!(y == 2023 && k.equals("it_spending_100m_yuan") && leaders.contains(full.provinces().get(i)))) {
                        gap.put(y, full.provinces().get(i), k, v[i]);
                    }
                }
            }
        }
        UncertaintyResult gaps = IndexUncertainty.of(imputing.withData(gap.build()), spec).run(512, 1);
        // under the book reading (2022 as the fixed base) blanking 2023 values moves ranks less than under the
        // old per-year percentile default, but the whole bootstrap interval of ST stays above zero
        assertTrue(gaps.sobol().index(IndexUncertainty.RANK_SHIFT, "missing-data").stLow() > 0,
                "with gaps the policy moves ranks: " + gaps.sobol().index(IndexUncertainty.RANK_SHIFT, "missing-data"));
    }

    @Test
    void badSpecsAreRefusedWithAReason() {
        UncertaintySpec spec = UncertaintySpec.standard();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> spec.only(List.of("colour"))).getMessage().contains("inputs are"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IndexUncertainty.of(STANDARD, spec.withFocus(List.of("台湾"))))
                .getMessage().contains("not in the data"));
        UncertaintySpec z = spec.with(new UncertainInput.StandardisationChoice(List.of(Standardiser.zScore(SdKind.SAMPLE))));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IndexUncertainty.of(STANDARD, z)).getMessage().contains("geometric"));
        assertFalse(assertThrows(IllegalArgumentException.class, () -> new UncertainInput.DirichletWeights(0)).getMessage().isEmpty());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> spec.with(new UncertainInput.DirichletWeights(5))
                .withInputs(List.of(UncertainInput.ExpertBootstrap.standard(), new UncertainInput.DirichletWeights(5)))).getMessage().contains("two inputs"));
    }
}
