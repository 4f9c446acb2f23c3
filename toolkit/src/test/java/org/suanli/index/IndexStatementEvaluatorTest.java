package org.suanli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.data.Provinces;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.StatementEvaluator;
import org.suanli.scorecard.Status;
import org.suanli.scorecard.Verdict;

class IndexStatementEvaluatorTest {
    static final List<String> NBS = Provinces.all().stream().map(p -> p.shortZh()).toList();

    /**
     * A one-indicator index whose 2023 order is the book's overall order (top six, then the eight of 7-15 plus
     * 江西 as the unnamed ninth, then the rest), with values 100, 95, … so the thresholds can be placed exactly.
     */
    static IndexResult bookOrdered(double sixth, double seventh) {
        List<String> order = new ArrayList<>(List.of("广东", "北京", "浙江", "江苏", "上海", "山东",
                "四川", "福建", "天津", "河南", "陕西", "湖北", "河北", "安徽", "江西"));
        for (String p : NBS) {
            if (!order.contains(p)) {
                order.add(p);
            }
        }
        IndexTree t = IndexTree.of(List.of(new IndexTree.Node("index", 0, null, null, null, null),
                new IndexTree.Node("x", 1, "index", null, null, null)));
        Panel.Builder b = Panel.builder(new int[] {2022, 2023}, NBS, List.of("x"));
        for (int i = 0; i < order.size(); i++) {
            double v = i < 5 ? 100 - i : i == 5 ? sixth : i == 6 ? seventh : 30 - i;
            b.put(2023, order.get(i), "x", v);
            b.put(2022, order.get(i), "x", v / 1.17);
        }
        // ratio to 广东 ×100 with 广东 = 100: the index equals the raw value
        return IndexModel.of(b.build(), t).withStandardiser(Standardiser.ratioToProvince("广东")).withBaseYear(2023).run();
    }

    static Verdict verdict(String id, IndexResult r) {
        Statement s = IndexScorecard.indexStatements().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new IndexStatementEvaluator().evaluate(s, ScorecardContext.of(IndexResult.class, r));
    }

    @Test
    void overallStatementsOnAnIndexOrderedLikeTheBook() {
        IndexResult r = bookOrdered(40, 34);
        assertEquals(Status.HOLDS, verdict("overall.top6", r).status());
        assertEquals(Status.HOLDS, verdict("overall.rank7_15", r).status());
        assertEquals(Status.HOLDS, verdict("overall.top6.threshold", r).status());
        // anchored to 2023 with 2022 = 2023 / 1.17: every province grew 17 %
        Verdict g = verdict("overall.yoy_mean_growth", r);
        assertEquals(Status.HOLDS, g.status(), g.actual());
        assertEquals("17.0 %", g.actual());
    }

    @Test
    void thresholdAndTierBoundariesFailWhenCrossed() {
        assertEquals(Status.FAILS, verdict("overall.top6.threshold", bookOrdered(34.9, 30)).status());
        // the seventh at 35 joins the first tier, which the book says has six members
        Verdict v = verdict("overall.top6.threshold", bookOrdered(40, 35));
        assertEquals(Status.FAILS, v.status());
        assertTrue(v.actual().contains("四川 35.0"), v.actual());
        // swap 山东 (6th) below 四川: the top-six set fails
        assertEquals(Status.FAILS, verdict("overall.top6", bookOrdered(33, 34)).status());
    }

    @Test
    void withoutAnIndexResultEverythingIsNotEvaluated() {
        Statement s = IndexScorecard.indexStatements().get(0);
        Verdict v = new IndexStatementEvaluator().evaluate(s, ScorecardContext.empty());
        assertEquals(Status.NOT_EVALUATED, v.status());
        assertTrue(v.note().contains("IndexResult"));
        assertEquals(21, IndexScorecard.indexStatements().size());
    }

    @Test
    void registeredForServiceLoader() {
        assertTrue(Scorecard.discoverEvaluators().stream().map(StatementEvaluator::name).anyMatch("index engine"::equals));
    }

    @Test
    void shippedDataUnderTheBookReadingAndUnderPercentileHoldFifteenStatements() {
        IndicatorData data = DataFiles.indicators();
        IndexModel model = IndexModel.standard();
        IndexResult r = model.run();
        Scorecard card = IndexScorecard.evaluate(data, r);
        ScorecardEntry top6 = card.entry("overall.top6").orElseThrow();
        assertEquals(Status.HOLDS, top6.status(), top6.actual());
        var table = IndexScorecard.verdicts(r);
        long holds = table.stringColumn("status").asList().stream().filter(Status.HOLDS.jsonName()::equals).count();
        // The book reading on the shipped data: one calibration statement and 14 of the 19 validation statements.
        assertEquals(15, holds, table.print(30));
        assertEquals(Status.FAILS, card.entry("industry.guangdong_score").orElseThrow().status());
        assertEquals(Status.HOLDS, card.entry("overall.top6.threshold").orElseThrow().status());
        var sweep = IndexScorecard.compare(IndexScorecard.standardisationVariants(model.withChoices(IndexChoices.percentileOwnYear())));
        assertEquals(7, sweep.rowCount());
        assertEquals(15, sweep.intColumn("holds").get(sweep.stringColumn("variant").indexOf(Standardiser.percentile(TieRule.AVERAGE).label())));
    }
}
