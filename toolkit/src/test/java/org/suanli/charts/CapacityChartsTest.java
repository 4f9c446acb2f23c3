package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.PieChart;
import org.suanli.capacity.CapacitySeries;
import org.suanli.capacity.NationalCapacity;
import org.suanli.capacity.StatedFigures;

/** The four capacity charts carry the right numbers and render. */
class CapacityChartsTest {

    private final StatedFigures s = StatedFigures.standard();

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
        for (var chart : List.of(f1, CapacityCharts.figure4(CapacitySeries.china(s)), f5)) {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            assertTrue(png.length > 5000, "PNG too small: " + png.length);
        }
    }
}
