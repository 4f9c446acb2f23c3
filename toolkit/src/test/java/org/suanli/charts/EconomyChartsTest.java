package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.suanli.economy.EconomicVariable;
import org.suanli.economy.EconomyRegression;
import org.suanli.economy.EconomyRegressionResult;
import org.suanli.economy.Growth;
import org.suanli.economy.IndexScores;

class EconomyChartsTest {

    static EconomyRegressionResult result(List<String> reconstructed) {
        Map<String, Double> idx = new LinkedHashMap<>();
        Map<String, Double> v = new LinkedHashMap<>();
        String[] p = {"北京", "上海", "广东", "河南", "西藏", "江苏"};
        double[] x = {50, 40, 60, 20, 5, 45};
        double[] y = {45000, 48000, 135000, 60000, 2400, 128000};
        for (int i = 0; i < p.length; i++) {
            idx.put(p[i], x[i]);
            v.put(p[i], y[i]);
        }
        return EconomyRegression.run(IndexScores.composite("hand", 2023, idx),
                new EconomicVariable("gdp", "地区生产总值", "GDP", "亿元", 2023, v, reconstructed, "hand"));
    }

    @Test
    void figure16HasBandLineAndPointsAndSaysWhenReconstructed() throws Exception {
        XYChart c = EconomyCharts.indexScatter(result(List.of()));
        assertEquals(3, c.getSeriesCollection().size());
        assertTrue(!c.getTitle().contains("RECONSTRUCTED"));
        byte[] png = BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        assertTrue(png.length > 5000);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/fig16-test.png"), png);
        XYChart r = EconomyCharts.indexScatter(result(List.of("河南")));
        assertTrue(r.getTitle().contains("RECONSTRUCTED") || r.getTitle().contains("重构"), r.getTitle());
    }

    @Test
    void figure8GroupsChinaAndWorld() throws Exception {
        CategoryChart c = EconomyCharts.growthComparison(Growth.bookFigures());
        assertEquals(2, c.getSeriesCollection().size());
        byte[] png = BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        Files.write(Path.of("target/fig8-test.png"), png);
        assertTrue(png.length > 5000);
        assertThrows(IllegalArgumentException.class, () -> EconomyCharts.growthComparison(List.of()));
    }
}
