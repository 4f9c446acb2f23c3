package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

class ChartStyleTest {

    @AfterEach
    void reset() {
        System.clearProperty("suanli.charts.chinese");
    }

    @Test
    void englishWhenChineseIsSwitchedOff() {
        System.setProperty("suanli.charts.chinese", "false");
        assertEquals("Guangdong", ChartStyle.label("广东", "Guangdong"));
        assertEquals(java.awt.Font.SANS_SERIF, ChartStyle.font(java.awt.Font.PLAIN, 12).getName());
    }

    @Test
    void chineseOnlyWithAFontThatDrawsIt() {
        String label = ChartStyle.label("广东", "Guangdong");
        if (ChartStyle.cjkFamily().isPresent()) {
            assertEquals("广东", label);
            assertEquals(-1, ChartStyle.font(java.awt.Font.PLAIN, 12).canDisplayUpTo("算力发展指数"),
                    "the chosen font draws every character: " + ChartStyle.cjkFamily());
        } else {
            assertEquals("Guangdong", label);
        }
    }

    @Test
    void styledChartRendersToAPngOfTheNotebookSize(@TempDir Path dir) throws IOException {
        CategoryChart chart = ChartStyle.apply(new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartStyle.label("算力", "Compute")).build());
        chart.addSeries("s", new double[] {1, 2}, new double[] {3, 4});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.toPng(chart)));
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
        Path file = Charts.savePng(chart, dir.resolve("c.png"));
        assertTrue(Files.size(file) > 1000);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
