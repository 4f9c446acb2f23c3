package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.index.IndexChoices;

import tech.tablesaw.api.Table;

/**
 * The economy stage as one value: each method gives what notebook 05 computed by hand before, on the shipped data
 * with the default (book-reading) index, and {@link EconomyModel#findings()} is what the scorecard judges.
 */
class EconomyModelTest {

    static final IndicatorData INDICATORS = DataFiles.indicators();
    static final IndicatorData ECONOMY = DataFiles.economy();
    static final EconomyModel MODEL = EconomyModel.of(BlueBookAnalysis.indexModel(INDICATORS), INDICATORS, ECONOMY);

    @Test
    void gdpRegressionIsTheSlopeFormulaOnThePreRevisionVintage() {
        IndexScores s = MODEL.scores(2023);
        EconomicVariable gdp = MODEL.gdpPreRevision(2023);
        double sx = 0;
        double sy = 0;
        for (String p : s.provinces()) {
            sx += s.composite(p);
            sy += gdp.values().get(p);
        }
        double xbar = sx / s.provinces().size();
        double ybar = sy / s.provinces().size();
        double sxx = 0;
        double sxy = 0;
        for (String p : s.provinces()) {
            sxx += (s.composite(p) - xbar) * (s.composite(p) - xbar);
            sxy += (s.composite(p) - xbar) * (gdp.values().get(p) - ybar);
        }
        assertEquals(sxy / sxx, MODEL.gdpRegression(2023).slopePerPoint(), 1e-9);
        assertEquals(706.9, MODEL.gdpRegression(2023).slopePerPoint(), 0.05);
        assertEquals(729.7, MODEL.gdpRegressionRevised(2023).slopePerPoint(), 0.05);
        // 2024 has only revised GDP: gdp(year) falls back to it
        assertEquals(GdpVintage.REVISED.key(), MODEL.gdp(2024).key());
        assertEquals(GdpVintage.PRE_REVISION.key(), MODEL.gdp(2022).key());
    }

    @Test
    void permilleTableDividesBothSlopesByEachNationalTotal() {
        Table t = MODEL.permilleTable(1220);
        assertEquals(3, t.rowCount());
        assertEquals(List.of(0.975, 0.968, 0.95), t.doubleColumn("book_permille").asList());
        assertEquals(List.of(0.565, 0.561, 0.551), t.doubleColumn("ours_permille").asList());
        assertEquals(1260582, t.doubleColumn("value").get(1), 0.5);
        assertEquals(0.5608, MODEL.gdpRegressionCommunique().slopePermille(), 5e-5);
    }

    @Test
    void digitalEconomyAtBetaOneIsTheShippedReconstructionAndBetaRaisesTheSlope() {
        assertEquals(306.0, MODEL.digitalEconomy().slopePerPoint(), 0.05);
        assertEquals(MODEL.digitalEconomy().slopePerPoint(), MODEL.digitalEconomy(1.0).slopePerPoint(), 1e-6);
        Table t = MODEL.digitalEconomyByBeta(1.0, 1.3);
        assertEquals(List.of(306.0, 402.0), t.doubleColumn("slope_per_point").asList());
        assertEquals(List.of(0.565, 0.742), t.doubleColumn("permille").asList());
        assertEquals("", t.stringColumn("bounds_binding").get(0));
        assertEquals("上海", t.stringColumn("bounds_binding").get(1));
    }

    @Test
    void slopeChangeIsGOverMForAnAnchoredIndexAndOneForAPerYearPercentile() {
        SlopeChange c = MODEL.slopeChange(2022, 2023);
        assertEquals(820, c.slopeFrom(), 0.5);
        assertEquals(707, c.slopeTo(), 0.5);
        assertEquals(c.slopeTo() / c.slopeFrom(), c.ratio(), 1e-12);
        assertEquals(1.152, c.m(), 5e-4);
        assertEquals(1.048, c.g(), 5e-4);
        assertEquals(0.910, c.gOverM(), 5e-4);
        assertTrue(c.toString().contains("anchored to 2022"), c.toString());
        SlopeChange pct = EconomyModel.of(BlueBookAnalysis.indexModel(INDICATORS).withChoices(IndexChoices.percentileOwnYear()),
                INDICATORS, ECONOMY).slopeChange(2022, 2023);
        assertEquals(1.000, pct.m(), 5e-4);
        assertEquals(1.051, pct.ratio(), 5e-4);
    }

    @Test
    void slopeGapGivesTheKAndTheSpreadTheBooksSlopeNeeds() {
        SlopeGap gap = MODEL.slopeGap(1220);
        assertEquals(1.727, gap.k(), 5e-4);
        assertEquals(gap.k() * gap.slope() / 1220, gap.kForBook(), 1e-12);
        assertEquals(1.001, gap.kForBook(), 5e-4);
        assertEquals("fails", gap.verdictsAtBookK().get("overall.top6.threshold"));
        assertEquals("广东", gap.leader());
        assertEquals(36.6, gap.sdIndex(), 0.05);
        assertEquals(gap.r() * gap.sdVariable() / 1220, gap.sdNeeded(), 1e-9);
        assertEquals(21.2, gap.sdNeeded(), 0.05);
        assertTrue(gap.toString().contains("outside the calibrated range"), gap.toString());
        SlopeGap pct = EconomyModel.of(BlueBookAnalysis.indexModel(INDICATORS).withChoices(IndexChoices.percentileOwnYear()),
                INDICATORS, ECONOMY).slopeGap(1220);
        assertFalse(pct.hasK());
        assertTrue(pct.verdictsAtBookK().isEmpty());
    }

    @Test
    void growthAndTypologyTablesCarryTheBooksFiguresAndTheRulesAgreements() {
        Table g = MODEL.bookGrowthTable();
        assertEquals(6, g.rowCount());
        assertEquals(46.0, g.doubleColumn("pct_per_year").get(0), 0.0);
        assertEquals(14.14, g.doubleColumn("multiple_2016_2023").get(0), 0.0);
        GrowthRate gdp = MODEL.gdpGrowthRevised();
        assertEquals(2022, gdp.fromYear());
        assertEquals(2024, gdp.toYear());
        assertEquals(4.6, gdp.ratePct(), 0.05);

        TypologyResult typo = MODEL.typology();
        assertEquals(6, typo.agreements());
        assertEquals(12, typo.bookNamed());
        assertEquals(4, MODEL.typologySubIndicesOnly().agreements());
        Table cmp = typo.comparisonTable();
        assertEquals(12, cmp.rowCount());
        assertEquals(6, cmp.stringColumn("agrees").countOccurrences("yes"));
        assertTrue(typo.byType().startsWith("供给驱动型 supply-driven: [北京, "), typo.byType());
        Table grid = MODEL.typologyAgreements(new double[] {0.05, 0.15}, new double[] {0.0, 0.5});
        assertEquals(8, grid.intColumn("lambda_0.0").get(0));
        assertEquals((int) typo.agreements(), grid.intColumn("lambda_0.5").get(1));
    }

    @Test
    void leaveOneOutTableListsTheProvincesThatMoveTheSlopeMost() {
        Table t = MODEL.gdpRegression(2023).leaveOneOutTable(2);
        assertEquals(List.of("北京", "江苏"), t.stringColumn("left_out").asList());
        assertEquals(List.of(896.1, 633.2), t.doubleColumn("slope_without").asList());
        assertEquals(26.8, t.doubleColumn("change_pct").get(0), 0.0);
    }

    @Test
    void findingsAreWhatTheScorecardJudges() {
        EconomyFindings f = MODEL.findings();
        EconomyFindings standard = BlueBookAnalysis.run(INDICATORS, ECONOMY).findings();
        assertEquals(standard.gdp().slopePerPoint(), f.gdp().slopePerPoint(), 0.0);
        assertEquals(standard.digitalEconomy().slopePermille(), f.digitalEconomy().slopePermille(), 0.0);
        assertEquals(standard.gdpPreviousYear().slopePerPoint(), f.gdpPreviousYear().slopePerPoint(), 0.0);
        assertEquals(MODEL.gdpRegressionCommunique().slopePermille(), f.gdp().slopePermille(), 0.0);
        Table data = MODEL.dataTable(2023);
        assertEquals("广东", data.stringColumn("province").get(0));
        assertEquals(165.7, data.doubleColumn("index_2023").get(0), 0.0);
        assertEquals(135673.2, data.doubleColumn("gdp_pre_revision").get(0), 0.0);
    }
}
