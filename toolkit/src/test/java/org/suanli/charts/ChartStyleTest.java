package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.suanli.data.Language;

class ChartStyleTest {

    @AfterEach
    void reset() {
        Language.reset();
        System.clearProperty("suanli.lang");
        System.clearProperty("suanli.charts.chinese");
    }

    @Test
    void chineseByDefaultEnglishWhenAskedFor() {
        assertEquals("广东", ChartStyle.label("广东", "Guangdong"));
        Language.use(Language.EN);
        assertEquals("Guangdong", ChartStyle.label("广东", "Guangdong"));
        Language.use(java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals("广东", ChartStyle.label("广东", "Guangdong"));
        Language.reset();
        System.setProperty("suanli.lang", "en");
        assertEquals("Guangdong", ChartStyle.label("广东", "Guangdong"));
        System.clearProperty("suanli.lang");
        System.setProperty("suanli.charts.chinese", "false");
        assertEquals("Guangdong", ChartStyle.label("广东", "Guangdong"), "the older property still means English");
    }

    @Test
    void languagesAreReadAsPeopleWriteThem() {
        for (String zh : List.of("zh", "ZH", "zh-CN", "zh_Hans", "Chinese", "中文")) {
            assertEquals(Language.ZH, Language.parse(zh), zh);
        }
        for (String en : List.of("en", "EN", "en-GB", "English")) {
            assertEquals(Language.EN, Language.parse(en), en);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.parse("fr"));
        assertEquals("Unknown language 'fr': use zh (Chinese, the default) or en (English)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Language.use((Language) null));
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
