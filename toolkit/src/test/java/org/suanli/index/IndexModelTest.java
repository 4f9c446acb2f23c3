package org.suanli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Aggregation, anchoring, weights and missing values on a tree small enough to compute by hand:
 * index → A (0.6) → a1, a2 (0.5 each); index → B (0.4) → b1; provinces P, Q, R; years 2022 and 2023.
 */
class IndexModelTest {
    static final double EPS = 1e-9;
    static final List<String> PROV = List.of("P", "Q", "R");

    static IndexTree tree() {
        return IndexTree.of(List.of(
                new IndexTree.Node("index", 0, null, "指数", "Index", null),
                new IndexTree.Node("A", 1, "index", "甲", "A", null),
                new IndexTree.Node("a1", 2, "A", null, null, null),
                new IndexTree.Node("a2", 2, "A", null, null, null),
                new IndexTree.Node("B", 1, "index", "乙", "B", null),
                new IndexTree.Node("b1", 2, "B", null, null, null)));
    }

    static Weights weights() {
        return Weights.local(Map.of("A", 0.6, "B", 0.4, "a1", 0.5, "a2", 0.5));
    }

    /** 2022 as in the class comment; 2023 = 1.2 × 2022, except where {@code gap} removes Q's a2 in 2023. */
    static Panel panel(boolean gap) {
        Panel.Builder b = Panel.builder(new int[] {2022, 2023}, PROV, List.of("a1", "a2", "b1"));
        double[][] v2022 = {{10, 5, 0}, {2, 4, 4}, {1, 2, 4}};
        String[] ind = {"a1", "a2", "b1"};
        for (int i = 0; i < 3; i++) {
            for (int p = 0; p < 3; p++) {
                b.put(2022, PROV.get(p), ind[i], v2022[i][p]);
                if (!(gap && i == 1 && p == 1)) {
                    b.put(2023, PROV.get(p), ind[i], 1.2 * v2022[i][p]);
                }
            }
        }
        return b.build();
    }

    static IndexModel model() {
        return IndexModel.of(panel(false), tree()).withWeights(weights()).withStandardiser(Standardiser.ratioToMax()).withoutBaseYear();
    }

    @Test
    void arithmeticAggregationByHand() {
        IndexResult r = model().run();
        // ratio to max: a1 → 100, 50, 0; a2 → 50, 100, 100; b1 → 25, 50, 100
        assertEquals(50, r.value(2022, "Q", "a1"), EPS);
        // A = (a1 + a2) / 2 → 75, 75, 50; B = b1
        assertEquals(75, r.value(2022, "P", "A"), EPS);
        assertEquals(50, r.value(2022, "R", "A"), EPS);
        // index = 0.6 A + 0.4 B → 55, 65, 70
        assertEquals(55, r.composite(2022, "P"), EPS);
        assertEquals(65, r.composite(2022, "Q"), EPS);
        assertEquals(70, r.composite(2022, "R"), EPS);
        assertEquals(List.of("R", "Q", "P"), r.ranking(2022, "index"));
        assertEquals(3, r.rank(2022, "P", "index"), EPS);
        // ties on A: P and Q share rank 1 under MIN, R is 3rd
        assertEquals(1, r.rank(2022, "Q", "A"), EPS);
        assertEquals(3, r.rank(2022, "R", "A"), EPS);
        assertEquals(2, model().withRankTies(TieRule.MAX).run().rank(2022, "P", "A"), EPS);
    }

    @Test
    void geometricAggregationByHand() {
        IndexResult r = model().withAggregation(Aggregation.GEOMETRIC).run();
        double aP = Math.sqrt(100 * 50);
        assertEquals(aP, r.value(2022, "P", "A"), 1e-9);
        assertEquals(Math.pow(aP, 0.6) * Math.pow(25, 0.4), r.composite(2022, "P"), 1e-9);
        // R scores 0 on a1: no compensation, its A is 0 and so is its composite
        assertEquals(0, r.value(2022, "R", "A"), EPS);
        assertEquals(0, r.composite(2022, "R"), EPS);
        StandardisationException e = assertThrows(StandardisationException.class,
                () -> model().withAggregation(Aggregation.GEOMETRIC).withStandardiser(Standardiser.zScore(SdKind.SAMPLE)).run());
        assertTrue(e.getMessage().contains("geometric"), e.getMessage());
    }

    @Test
    void globalWeightsGiveTheSameIndexAsTheirLocalForm() {
        IndexResult local = model().run();
        IndexResult global = model().withWeights(Weights.global(Map.of("a1", 0.3, "a2", 0.3, "b1", 0.4))).run();
        for (String p : PROV) {
            assertEquals(local.composite(2023, p), global.composite(2023, p), 1e-12);
        }
        assertEquals(0.3, global.globalWeight("a2"), 1e-12);
        Table wt = weights().table(tree());
        assertEquals(0.3, wt.doubleColumn("global_weight").get(wt.stringColumn("node").indexOf("a1")), 1e-12);
    }

    @Test
    void equalWeightsAreTheDefault() {
        IndexResult r = IndexModel.of(panel(false), tree()).withStandardiser(Standardiser.ratioToMax()).run();
        // A = 75 for P, B = 25: (75 + 25) / 2
        assertEquals(50, r.composite(2022, "P"), EPS);
    }

    @Test
    void baseYearAnchoringLetsIndicesGrowPast100() {
        IndexResult own = model().run();
        IndexResult anchored = model().withBaseYear(2022).run();
        // each year on its own data: 2023 is just 2022 scaled, so nothing moves
        assertEquals(own.composite(2022, "R"), own.composite(2023, "R"), EPS);
        assertEquals(0, own.meanGrowth(2022, 2023, "index"), EPS);
        // anchored: everything is 1.2 × its 2022 value, so the leader of a1 scores 120 and the mean growth is 20 %
        assertEquals(120, anchored.value(2023, "P", "a1"), EPS);
        assertEquals(1.2 * 70, anchored.composite(2023, "R"), EPS);
        assertEquals(20, anchored.meanGrowth(2022, 2023, "index"), 1e-9);
        assertEquals("leader 10 (2022)", anchored.fittedParameters().get("a1"));
        assertEquals("leader 10 (2022); leader 12 (2023)", own.fittedParameters().get("a1"));
        // the base year itself is unchanged by anchoring
        assertEquals(own.composite(2022, "Q"), anchored.composite(2022, "Q"), EPS);
    }

    @Test
    void anchoringReproducesAFallLikeGuangdongsIndustryIndex() {
        // the book: Guangdong's industry sub-index fell from "近110" to 96 as device output fell 1100 → 820 万台.
        // One indicator, anchored to a base year whose leader had 1000: 1100 → 110 and 960 → 96.
        IndexTree t = IndexTree.of(List.of(new IndexTree.Node("industry", 0, null, "计算产业", null, null),
                new IndexTree.Node("devices", 1, "industry", null, null, null)));
        Panel p = Panel.builder(new int[] {2021, 2022, 2023}, List.of("广东", "福建"), List.of("devices"))
                .put(2021, "广东", "devices", 1000).put(2021, "福建", "devices", 300)
                .put(2022, "广东", "devices", 1100).put(2022, "福建", "devices", 320)
                .put(2023, "广东", "devices", 960).put(2023, "福建", "devices", 330).build();
        IndexResult r = IndexModel.of(p, t).withStandardiser(Standardiser.ratioToMax()).withBaseYear(2021).run();
        assertEquals(110, r.composite(2022, "广东"), EPS);
        assertEquals(96, r.composite(2023, "广东"), EPS);
        assertEquals(33, r.composite(2023, "福建"), EPS);
    }

    @Test
    void missingValuesAreRefusedByDefaultAndNamed() {
        IndexModel m = IndexModel.of(panel(true), tree()).withWeights(weights());
        MissingValueException e = assertThrows(MissingValueException.class, m::run);
        assertEquals(List.of("2023 Q a2"), e.cells());
        assertTrue(e.getMessage().contains("never read as 0"), e.getMessage());
    }

    @Test
    void imputationByEachNamedMethodIsReported() {
        IndexModel m = IndexModel.of(panel(true), tree()).withWeights(weights()).withStandardiser(Standardiser.ratioToMax()).withoutBaseYear();
        // a2 in 2023: P 2.4, R 4.8 observed
        IndexResult mean = m.withMissingPolicy(MissingPolicy.impute(MissingPolicy.ImputeMethod.MEAN)).run();
        assertEquals(1, mean.imputations().size());
        assertEquals(3.6, mean.imputations().get(0).value(), EPS);
        assertEquals("Q", mean.imputations().get(0).province());
        assertEquals(3.6 / 4.8 * 100, mean.value(2023, "Q", "a2"), EPS);
        IndexResult min = m.withMissingPolicy(MissingPolicy.impute(MissingPolicy.ImputeMethod.MINIMUM)).run();
        assertEquals(2.4, min.imputations().get(0).value(), EPS);
        IndexResult prev = m.withMissingPolicy(MissingPolicy.impute(MissingPolicy.ImputeMethod.PREVIOUS_YEAR)).run();
        assertEquals(4, prev.imputations().get(0).value(), EPS);
        IndexResult median = m.withMissingPolicy(MissingPolicy.impute(MissingPolicy.ImputeMethod.MEDIAN)).run();
        assertEquals(3.6, median.imputations().get(0).value(), EPS);
    }

    @Test
    void previousYearImputationNeedsAnEarlierYear() {
        Panel p = Panel.builder(new int[] {2022}, PROV, List.of("a1", "a2", "b1"))
                .put(2022, "P", "a1", 1).put(2022, "Q", "a1", 2).put(2022, "R", "a1", 3)
                .put(2022, "P", "a2", 1).put(2022, "R", "a2", 3)
                .put(2022, "P", "b1", 1).put(2022, "Q", "b1", 2).put(2022, "R", "b1", 3).build();
        IndexModel m = IndexModel.of(p, tree()).withMissingPolicy(MissingPolicy.impute(MissingPolicy.ImputeMethod.PREVIOUS_YEAR));
        StandardisationException e = assertThrows(StandardisationException.class, m::run);
        assertTrue(e.getMessage().contains("2022 Q a2"), e.getMessage());
    }

    @Test
    void droppingAnIndicatorMovesItsWeightToItsSiblings() {
        IndexResult r = IndexModel.of(panel(true), tree()).withWeights(weights()).withStandardiser(Standardiser.ratioToMax())
                .withMissingPolicy(MissingPolicy.dropIndicator()).run();
        assertEquals(List.of("a2"), r.droppedIndicators());
        assertEquals(1.0, r.localWeight("a1"), EPS);
        assertEquals(0.6, r.globalWeight("a1"), EPS);
        // 2022: A = a1 → 100, 50, 0; index = 0.6 A + 0.4 B → 70, 50, 40
        assertEquals(70, r.composite(2022, "P"), EPS);
        assertEquals(40, r.composite(2022, "R"), EPS);
        assertThrows(IllegalArgumentException.class, () -> r.value(2022, "P", "a2"));
    }

    @Test
    void winsorisationAndLogAreReported() {
        IndexResult r = model().withWinsorisation(Winsorisation.upper(50)).run();
        // a1 2022 {10, 5, 0}: type-7 median 5, so P's 10 is capped at 5
        assertTrue(r.cappings().stream().anyMatch(c -> c.year() == 2022 && c.province().equals("P")
                && c.indicator().equals("a1") && c.original() == 10 && c.capped() == 5), r.cappings().toString());
        assertThrows(StandardisationException.class, () -> model().withLog(LogTransform.natural()).run()); // R has a1 = 0
        IndexResult logged = model().withLog(LogTransform.plusOne()).run();
        assertEquals(Math.log(6) / Math.log(11) * 100, logged.value(2022, "Q", "a1"), 1e-9);
    }

    @Test
    void contributionsAddUpToTheComposite() {
        IndexResult r = model().run();
        Table c = r.contributions(2022);
        for (int i = 0; i < c.rowCount(); i++) {
            assertEquals(c.doubleColumn("index").get(i), c.doubleColumn("A").get(i) + c.doubleColumn("B").get(i), 1e-9);
        }
        assertEquals("R", c.stringColumn("province").get(0));
        assertThrows(StandardisationException.class, () -> model().withAggregation(Aggregation.GEOMETRIC).run().contributions(2022));
    }

    @Test
    void tidyAndWideTables() {
        IndexResult r = model().run();
        Table t = r.table();
        assertEquals(List.of("province", "year", "level", "node", "value", "rank", "name"), t.columnNames());
        assertEquals(3 * 2 * 6, t.rowCount());
        Table w = r.wide(2023, 1);
        assertEquals(List.of("province", "A", "B"), w.columnNames());
        Table s = r.summary(2022);
        assertEquals("R", s.stringColumn("province").get(0));
        assertEquals(1, s.intColumn("tier").get(0)); // 70 ≥ 35
        assertEquals(2, Tiers.standard().tier(34.99));
        assertEquals(3, Tiers.standard().tier(19));
    }

    @Test
    void modelIsImmutable() {
        IndexModel m = model();
        IndexModel z = m.withStandardiser(Standardiser.zScore(SdKind.SAMPLE));
        assertTrue(m.choices().standardiser() instanceof Standardiser.RatioToMax);
        assertTrue(IndexModel.of(panel(false), tree()).choices().standardiser() instanceof Standardiser.RatioToFixedReference);
        assertTrue(z.choices().standardiser() instanceof Standardiser.ZScore);
        assertEquals(m.run().composite(2022, "P"), m.run().composite(2022, "P"), 0);
    }

    @Test
    void badWeightsAndTreesAreExplained() {
        StandardisationException sum = assertThrows(StandardisationException.class,
                () -> model().withWeights(Weights.local(Map.of("A", 0.7, "B", 0.4, "a1", 0.5, "a2", 0.5))).run());
        assertTrue(sum.getMessage().contains("sum to 1.100000") && sum.getMessage().contains("normalised()"), sum.getMessage());
        IndexResult rescaled = model().withWeights(Weights.local(Map.of("A", 60.0, "B", 40.0, "a1", 1.0, "a2", 1.0)).normalised()).run();
        assertEquals(55, rescaled.composite(2022, "P"), EPS);
        StandardisationException unknown = assertThrows(StandardisationException.class,
                () -> model().withWeights(Weights.local(Map.of("A", 0.6, "B", 0.4, "a1", 0.5, "a2", 0.5, "zz", 1.0))).run());
        assertTrue(unknown.getMessage().contains("'zz'"), unknown.getMessage());
        StandardisationException missing = assertThrows(StandardisationException.class,
                () -> model().withWeights(Weights.local(Map.of("A", 0.6, "B", 0.4, "a1", 1.0))).run());
        assertTrue(missing.getMessage().contains("no weight for 'a2'"), missing.getMessage());
        StandardisationException negative = assertThrows(StandardisationException.class,
                () -> model().withWeights(Weights.local(Map.of("A", 1.4, "B", -0.4, "a1", 0.5, "a2", 0.5))).run());
        assertTrue(negative.getMessage().contains("≥ 0"), negative.getMessage());

        IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class, () -> IndexTree.of(List.of(
                new IndexTree.Node("index", 0, null, null, null, null), new IndexTree.Node("x", 1, "nowhere", null, null, null))));
        assertTrue(orphan.getMessage().contains("'nowhere'"), orphan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndexTree.of(List.of(
                new IndexTree.Node("r1", 0, null, null, null, null), new IndexTree.Node("r2", 0, null, null, null, null))));
        assertThrows(IllegalArgumentException.class, () -> IndexTree.of(List.of(
                new IndexTree.Node("index", 0, null, null, null, null), new IndexTree.Node("x", 2, "index", null, null, null))));
        assertThrows(IllegalArgumentException.class, () -> model().withBaseYear(1999).run());
    }

    @Test
    void longTableInputAndItsErrors() {
        Table t = Table.create("t", IntColumn.create("year", new int[] {2023, 2023}),
                StringColumn.create("province", new String[] {"P", "P"}),
                StringColumn.create("indicator", new String[] {"a1", "a1"}),
                DoubleColumn.create("value", new double[] {1, 2}));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> Panel.fromLong(t));
        assertTrue(dup.getMessage().contains("row 2") && dup.getMessage().contains("second value"), dup.getMessage());
        Table noValue = Table.create("t", IntColumn.create("year", new int[] {2023}));
        assertThrows(IllegalArgumentException.class, () -> Panel.fromLong(noValue));
        Table ok = Table.create("t", IntColumn.create("year", new int[] {2023, 2022}),
                StringColumn.create("province", new String[] {"P", "Q"}),
                StringColumn.create("indicator", new String[] {"a1", "a1"}),
                DoubleColumn.create("value", new double[] {1, 2}));
        Panel p = Panel.fromLong(ok);
        assertEquals(2, p.years().length);
        assertEquals(2022, p.years()[0]);
        assertTrue(Double.isNaN(p.values(2022, "a1")[0]));
        assertEquals(2, p.values(2022, "a1")[1], EPS);
    }
}
