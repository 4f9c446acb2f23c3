package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.PairwiseMatrix;
import org.suanli.capacity.CapacitySeries;
import org.suanli.capacity.NationalCapacity;
import org.suanli.capacity.StatedFigures;
import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;
import org.suanli.economy.GrowthRate;
import org.suanli.index.IndexModel;
import org.suanli.sensitivity.IndexUncertainty;
import org.suanli.sensitivity.SobolAnalysis;
import org.suanli.sensitivity.SobolResult;
import org.suanli.sensitivity.TestFunctions;
import org.suanli.sensitivity.UncertaintyResult;
import org.suanli.sensitivity.UncertaintySpec;

/**
 * Every chart says where its numbers come from (issue 15), not only the charts of indicator values: the capacity
 * figures, the AHP weights, the economy and the sensitivity charts carry a provenance caption with real counts.
 */
class ChartCaptionsTest {

    @BeforeEach
    void inEnglish() {
        Language.use(Language.EN);
    }

    @AfterEach
    void back() {
        Language.reset();
    }

    private static String caption(Object chart) {
        return ShownProvenance.of(chart).map(ShownProvenance::caption)
                .orElseThrow(() -> new AssertionError("no caption on " + chart.getClass().getSimpleName()));
    }

    @Test
    void capacitySeriesCountTheirBarsByHowEachWasObtained() {
        // CapacitySeries.build: 2023 stated, 2016 and 2022 back-cast, 2017-2021 interpolated
        CapacitySeries global = CapacitySeries.global(StatedFigures.standard());
        String expected = "values: 1 stated, 2 back-cast from growth, 5 interpolated (assumption); growth computed from them";
        assertEquals(expected, caption(CapacityCharts.figure1(global)));
        assertEquals(expected, caption(CapacityCharts.figure4(CapacitySeries.china(StatedFigures.standard()))));
        NationalCapacity nc = NationalCapacity.standard();
        assertTrue(caption(CapacityCharts.figure5(nc)).contains("fitted on the book's stated totals"));
        assertEquals("values: 4 stated; the rest of the world computed as 100% minus them",
                caption(CapacityCharts.figure3(nc)), "the US, China, Europe and Japan are stated");
    }

    @Test
    void ahpChartsSayTheyAreComputedFromJudgmentsAndThatThePanelIsIllustrative() {
        AhpHierarchy h = AhpHierarchy.standard();
        String c = caption(AhpCharts.globalWeights(h));
        assertTrue(c.startsWith("computed by AHP from the pairwise judgments of " + h.expertCount() + " experts at "), c);
        assertTrue(c.contains("illustrative, not the book's"), c);
        PairwiseMatrix m = PairwiseMatrix.of(List.of("a", "b", "c"), new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        assertTrue(caption(AhpCharts.priorities(m.priorities())).startsWith("computed from one 3×3 pairwise matrix"));
    }

    @Test
    void economyChartsCountReconstructedValuesAndStatedRates() {
        assertEquals("x: the composite index (hand); y: GDP 2023, values: 5 from its source, 1 reconstructed (hand)",
                caption(EconomyCharts.indexScatter(EconomyChartsTest.result(List.of("河南")))));
        List<GrowthRate> rates = List.of(
                new GrowthRate("compute", "China", 2016, 2023, 30, GrowthRate.Basis.STATED, "book"),
                new GrowthRate("GDP", "China", 2016, 2023, 7, GrowthRate.Basis.STATED, "book"),
                new GrowthRate("digital economy", "China", 2016, 2023, 14, GrowthRate.Basis.COMPUTED, "series"));
        assertEquals("values: 2 stated, 1 computed from series", caption(EconomyCharts.growthComparison(rates)));
    }

    @Test
    void sensitivityChartsNameTheirRuns() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        SobolResult r = SobolAnalysis.of(f.model()).run(256, 1);
        // Saltelli's design: N (d + 2) runs for d = 3 inputs
        String expected = "computed from " + (256 * 5) + " model runs (base sample N = 256, seed 1)";
        assertEquals(expected, caption(SensitivityCharts.sensitivityBars(r, "ishigami")));
        assertEquals(expected, caption(SensitivityCharts.convergence(r, "ishigami")));
        UncertaintyResult u = IndexUncertainty.of(IndexModel.standard(), UncertaintySpec.standard().withStatementRuns(0))
                .run(64, 2);
        assertTrue(caption(SensitivityCharts.rankBands(u)).startsWith("computed from " + u.runs() + " runs of the index model over "
                + u.inputs().size() + " uncertain inputs"), caption(SensitivityCharts.rankBands(u)));
    }

    @Test
    void inChineseTheCaptionsAreChineseWithTheSameCounts() {
        Language.use(Language.ZH);
        CapacitySeries global = CapacitySeries.global(StatedFigures.standard());
        assertEquals("数值：1 个书中数值、2 个按增速倒推、5 个等速插值（假设）；增速由其计算", caption(CapacityCharts.figure1(global)));
        assertEquals("数值：4 个书中数值；其他地区按 100% 减去它们计算", caption(CapacityCharts.figure3(NationalCapacity.standard())));
        assertTrue(caption(AhpCharts.globalWeights(AhpHierarchy.standard())).contains("并非蓝皮书的"));
    }
}
