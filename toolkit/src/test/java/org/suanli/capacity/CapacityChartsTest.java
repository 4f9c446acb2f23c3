package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.PieChart;

/** The four capacity charts carry the right numbers and render. */
class CapacityChartsTest {

    private final StatedFigures s = StatedFigures.standard();

    @Test
    void globalSeriesAnchorsAndBackcasts() {
        CapacitySeries g = CapacitySeries.global(s);
        assertEquals(1397, g.point(2023).eflops(), 1e-9);
        assertEquals(CapacitySeries.Basis.STATED, g.point(2023).basis());
        assertEquals(1397 / 1.54, g.point(2022).eflops(), 1e-9);          // 907.14
        assertEquals(1397 / Math.pow(1.39, 7), g.point(2016).eflops(), 1e-9);
        assertEquals(CapacitySeries.Basis.INTERPOLATED, g.point(2019).basis());
        // interpolation joins 2016 and 2022 at one constant rate
        double r = g.point(2018).eflops() / g.point(2017).eflops();
        assertEquals(r, g.point(2022).eflops() / g.point(2021).eflops(), 1e-9);
        assertEquals(44, CapacitySeries.china(s).point(2023).growthPct(), 1e-12);
    }

    @Test
    void chartsHaveTheExpectedSeriesAndRender() throws Exception {
        NationalCapacity nc = NationalCapacity.standard();
        CategoryChart f1 = CapacityCharts.figure1(CapacitySeries.global(s));
        assertEquals(4, f1.getSeriesCollection().size()); // stated, back-cast, interpolated, growth
        CategoryChart f5 = CapacityCharts.figure5(nc);
        assertEquals(3, f5.getSeriesCollection().size());
        PieChart f3 = CapacityCharts.figure3(nc);
        assertEquals(5, f3.getSeriesCollection().size());  // US, China, Europe, Japan, rest
        double sum = f3.getSeriesCollection().stream().mapToDouble(p -> p.getValue().doubleValue()).sum();
        assertEquals(100, sum, 1e-9);
        for (var chart : java.util.List.of(f1, CapacityCharts.figure4(CapacitySeries.china(s)), f5)) {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            assertTrue(png.length > 5000, "PNG too small: " + png.length);
        }
    }

    @Test
    void structureTableShowsBothYearsAndTheBackcasts() {
        var t = CapacityTables.structure(NationalCapacity.standard());
        assertEquals(8, t.rowCount());
        assertEquals(434.9, t.doubleColumn("2023 EFlops").get(3), 1e-9);      // China total, computed
        assertEquals(302.08, t.doubleColumn("2022 EFlops").get(3), 0.005);    // 435 / 1.44
        assertEquals(1397, t.doubleColumn("2023 EFlops").get(7), 1e-9);       // world total, computed
        assertEquals(907.14, t.doubleColumn("2022 EFlops").get(7), 0.005);    // 1397 / 1.54
        assertEquals(453.57, t.doubleColumn("2022 EFlops").get(5), 0.005);    // (63% − 13 pp) × 907.14
        assertEquals(120.0, t.doubleColumn("2022 EFlops").get(0), 1e-6);      // 140.4 / 1.17
    }
}
