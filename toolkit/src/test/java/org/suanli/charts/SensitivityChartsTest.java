package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

import org.suanli.index.IndexModel;
import org.suanli.sensitivity.IndexUncertainty;
import org.suanli.sensitivity.RankInterval;
import org.suanli.sensitivity.SobolAnalysis;
import org.suanli.sensitivity.SobolResult;
import org.suanli.sensitivity.TestFunctions;
import org.suanli.sensitivity.UncertaintyResult;
import org.suanli.sensitivity.UncertaintySpec;

class SensitivityChartsTest {
    private static boolean isPng(byte[] b) {
        return b.length > 1000 && b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    @Test
    void rankBandsSpanTheIntervalAroundTheMedianInNominalOrder() {
        UncertaintyResult r = IndexUncertainty.of(IndexModel.standard(), UncertaintySpec.standard().withStatementRuns(0)).run(256, 2);
        CategoryChart c = SensitivityCharts.rankBands(r);
        List<RankInterval> rows = r.rankIntervals();
        CategorySeries band = c.getSeriesCollection().iterator().next();
        List<?> x = new ArrayList<>(band.getXData());
        for (int i = 0; i < rows.size(); i++) {
            RankInterval ri = rows.get(i);
            assertEquals(ri.province(), x.get(i));
            double mid = band.getYData()[i];
            double half = band.getExtraValues()[i];
            assertEquals(ri.low(), mid - half, 1e-9);
            assertEquals(ri.high(), mid + half, 1e-9);
            assertTrue(i == 0 || ri.nominal() >= rows.get(i - 1).nominal());
        }
        assertTrue(isPng(Charts.toPng(c)));
        assertArrayEquals(Charts.toPng(c), Charts.toPng(SensitivityCharts.rankBands(r)), "the same result draws the same bytes");
    }

    @Test
    void sensitivityBarsAndConvergenceCarryTheIndices() {
        TestFunctions.Analytic f = TestFunctions.ishigami(7, 0.1);
        SobolResult r = SobolAnalysis.of(f.model()).run(1024, 1);
        CategoryChart bars = SensitivityCharts.sensitivityBars(r, "ishigami");
        List<CategorySeries> series = new ArrayList<>(bars.getSeriesCollection());
        assertEquals(2, series.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(r.indices().get(i).s1(), series.get(0).getYData()[i], 0);
            assertEquals(r.indices().get(i).st(), series.get(1).getYData()[i], 0);
        }
        assertTrue(isPng(Charts.toPng(bars)));
        assertTrue(isPng(Charts.toPng(SensitivityCharts.convergence(r, "ishigami"))));
        assertThrows(IllegalArgumentException.class, () -> SensitivityCharts.sensitivityBars(r, "nothing"));
    }
}
