package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.RadarChart;

import org.suanli.data.Provinces;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;
import org.suanli.index.SyntheticPanel;

class IndexChartsTest {
    static IndexResult result() {
        IndexTree tree = IndexTree.standard();
        List<String> names = Provinces.all().stream().map(p -> p.shortZh()).toList();
        List<String> keys = tree.leaves().stream().map(IndexTree.Node::key).toList();
        return IndexModel.of(SyntheticPanel.generate(names, keys, new int[] {2022, 2023}, 0.17, 7), tree).run();
    }

    private static boolean isPng(byte[] b) {
        return b.length > 1000 && b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    @Test
    void compositeBarsAreSortedAndSplitByTier() {
        IndexResult r = result();
        CategoryChart c = IndexCharts.composite(r, 2023);
        int bars = 0;
        double previous = Double.MAX_VALUE;
        List<String> order = r.ranking(2023, "index");
        for (int i = 0; i < 31; i++) {
            double v = 0;
            for (CategorySeries s : c.getSeriesCollection()) {
                v += s.getYData()[i];
            }
            assertEquals(r.composite(2023, order.get(i)), v, 1e-9);
            assertTrue(v <= previous);
            previous = v;
            bars++;
        }
        assertEquals(31, bars);
        assertTrue(isPng(Charts.toPng(c)));
    }

    @Test
    void everySubIndexStackAndRadarRender() {
        IndexResult r = result();
        for (IndexTree.Node d : r.tree().level(1)) {
            assertTrue(isPng(Charts.toPng(IndexCharts.subIndex(r, 2023, d.key()))), d.key());
        }
        CategoryChart stack = IndexCharts.contributions(r, 2023);
        assertEquals(5, stack.getSeriesCollection().size());
        assertTrue(isPng(Charts.toPng(stack)));
        RadarChart radar = IndexCharts.radar(r, 2023, List.of("北京", "广东", "贵州"));
        assertEquals(3, radar.getSeriesCollection().size());
        assertTrue(isPng(Charts.toPng(radar)));
        assertThrows(IllegalArgumentException.class, () -> IndexCharts.radar(r, 2023, List.of()));
    }
}
