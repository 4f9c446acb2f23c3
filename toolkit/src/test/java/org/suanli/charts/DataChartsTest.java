package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.data.Provenance;

class DataChartsTest {

    static final IndicatorData DATA = IndicatorData.load(Path.of("..", "data", "indicators.csv"));

    @Test
    void sortedBarsSeparateStatedFromReconstructedAndRender() {
        CategoryChart c = DataCharts.sortedBars(DATA, Framework.standard().node("computing_device_output_10k_units"), 2023);
        // 广东 820 is stated, the other 30 reconstructed: two series, 31 categories each.
        assertEquals(2, c.getSeriesCollection().size());
        var stated = c.getSeries(DataCharts.label(Provenance.STATED));
        assertEquals(31, stated.getXData().size());
        assertEquals(820.0, stated.getYData()[0], 1e-9); // sorted: 广东 first
        byte[] png = Charts.toPng(c);
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        assertThrows(IllegalArgumentException.class,
                () -> DataCharts.sortedBars(DATA, Framework.standard().node("server_compute_eflops"), 1999));
    }

    @Test
    void distributionHasOneBoxPerIndicator() {
        BoxChart b = DataCharts.distribution(DATA, Framework.standard().leaves(), 2023);
        assertEquals(14, b.getSeriesCollection().size());
        assertTrue(Charts.toPng(b).length > 1000);
        assertThrows(IllegalArgumentException.class, () -> DataCharts.distribution(DATA, List.of(), 2023));
    }
}
