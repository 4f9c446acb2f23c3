package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import org.suanli.index.BookReading;
import org.suanli.index.Calibration;
import org.suanli.index.IndexModel;

/** {@link IndexCharts#calibration}: the fit's curve as drawn in notebook 04. */
class IndexCalibrationChartTest {

    @Test
    void calibrationChartDrawsTheCurveAndTheSampledValidationCounts() {
        BookReading d = BookReading.shipped();
        BookReading narrow = new BookReading(d.baseYear(), d.k(), d.holdsFrom(), d.holdsTo(), d.calibrationStatements(),
                1.70, 1.75, 0.01, "a narrow grid for the test");
        Calibration.Fit fit = Calibration.fit(IndexModel.standard(), narrow);
        XYChart chart = IndexCharts.calibration(fit);
        List<XYSeries> series = List.copyOf(chart.getSeriesCollection());
        assertEquals(2, series.size());
        assertArrayEquals(new double[] {1.70, 1.71, 1.72, 1.73, 1.74, 1.75}, series.get(0).getXData(), 1e-9);
        assertArrayEquals(fit.curve().intColumn("calibration_holds").asDoubleArray(), series.get(0).getYData(), 0.0);
        // k = 1.727 lies in the run on which one of the two calibration statements holds
        assertEquals(1.0, series.get(0).getYData()[3], 0.0);
        assertArrayEquals(new double[] {1.70}, series.get(1).getXData(), 1e-9);
        assertEquals(fit.curve().intColumn("validation_holds").get(0), series.get(1).getYData()[0], 0.0);
        assertTrue(series.get(0).getName().contains("2"), series.get(0).getName());
    }
}
