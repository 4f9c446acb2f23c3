package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The built-in renderers, found through ServiceLoader as a cell would find them. */
class RenderersTest {

    private final Renderers renderers = Renderers.load(RenderersTest.class.getClassLoader());

    @Test
    void builtInsAreFoundByServiceLoader() {
        List<String> names = renderers.all().stream().map(r -> r.getClass().getSimpleName()).toList();
        assertTrue(names.containsAll(List.of("MarkupRenderer", "TablesawRenderer", "XChartRenderer", "ImageRenderer")), names.toString());
    }

    @Test
    void aLongTableShowsHeadAndTailWithTheHiddenRowCount() {
        int n = 1000;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        Table t = Table.create("big", IntColumn.create("id", ids));
        String html = (String) renderers.render(t).get("text/html");
        assertTrue(html.contains("big · 1000 rows × 1 column"), html);
        assertTrue(html.contains("… 980 rows …"), "20 of 1000 rows shown");
        assertEquals(1 + 20, count(html, "<tr>"), "the header row and 20 data rows");
        assertEquals(1, count(html, "<tr class=\"suanli-more\">"), "one marker row");
        assertTrue(html.contains("<td style=\"text-align:right\">0</td>") && html.contains(">9</td>"), "head");
        assertFalse(html.contains(">10</td>") || html.contains(">989</td>"), "middle hidden");
        assertTrue(html.contains(">990</td>") && html.contains(">999</td>"), "tail");
        String text = renderers.render(t).plainText();
        assertTrue(text.contains("big"), text);
    }

    @Test
    void aShortTableIsShownWholeAndEscaped() {
        Table t = Table.create("省份 <x>", StringColumn.create("name", "广东", "<script>alert(1)</script>", "A&B"),
                DoubleColumn.create("value", 1.25, 2.5, 3.0));
        DisplayData d = renderers.render(t);
        String html = (String) d.get("text/html");
        assertTrue(html.contains("3 rows × 2 columns"));
        assertFalse(html.contains("<script>"), "cell text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("A&amp;B") && html.contains("省份 &lt;x&gt;"));
        assertFalse(html.contains("suanli-more"));
        assertEquals(3, count(html, "<tr>") - 1, "three data rows (plus the header row)");
        assertTrue(d.plainText().contains("广东"));
    }

    @Test
    void doublesAreShownToSixDecimalsUnlessTheColumnHasItsOwnFormat() {
        DoubleColumn raw = DoubleColumn.create("index", 90.19387918602789, 16.042499999999997, 435.0, -0.0000123456789,
                2.5e16, Double.NaN, -3.0000004);
        DoubleColumn percent = DoubleColumn.create("share", 0.31123, 0.5);
        percent.setPrintFormatter(tech.tablesaw.columns.numbers.NumberColumnFormatter.percent(1));
        Table t = Table.create("t", raw, percent.append(Double.NaN).append(0.0).append(1.0).append(0.25).append(0.125));
        String html = (String) renderers.render(t).get("text/html");
        for (String shown : List.of(">90.193879<", ">16.0425<", ">435<", ">-0.0000123457<", ">25000000000000000<", ">-3<")) {
            assertTrue(html.contains(shown), shown + " in " + html);
        }
        assertTrue(html.contains(">31.1%<") && html.contains(">50.0%<"), "a column's own format wins: " + html);
        assertTrue(renderers.render(t).plainText().contains("90.19387918602789"), "text/plain keeps every digit");
        assertEquals("0", TablesawRenderer.decimals(-0.0));
        assertEquals("0.1", TablesawRenderer.cell(FloatColumn.create("f", new float[] {0.1f}), 0,
                TablesawRenderer.tablesawDefault()), "a float shows as written, not as its double expansion");
        assertEquals("0.0001", TablesawRenderer.decimals(0.0001), "1e-4 is still shown as decimals");
    }

    @Test
    void chartsArePngAtTwiceTheirSizeWithTheirSizeAsMetadata() throws Exception {
        XYChart chart = new XYChartBuilder().width(600).height(400).title("GDP").build();
        chart.addSeries("s", new double[] {1, 2, 3}, new double[] {3, 1, 2});
        DisplayData d = renderers.render(chart);
        assertEquals(Set.of("image/png", "text/plain"), d.data().keySet());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) d.get("image/png"))));
        assertEquals(1200, img.getWidth());
        assertEquals(800, img.getHeight());
        assertEquals(Map.of("width", 600, "height", 400), d.metadata().get("image/png"));
        assertTrue(d.plainText().contains("GDP"));
    }

    @Test
    void svgOnRequestHasNoXmlPrologOrDoctype() {
        CategoryChart chart = new CategoryChartBuilder().width(500).height(300).title("算力").build();
        chart.addSeries("x", List.of("a", "b"), List.of(1, 2));
        DisplayData d = renderers.render(chart, Set.of("image/svg+xml"));
        assertEquals(Set.of("image/svg+xml"), d.data().keySet(), "only what was asked for");
        String svg = (String) d.get("image/svg+xml");
        assertTrue(svg.startsWith("<svg"), svg.substring(0, Math.min(80, svg.length())));
        assertFalse(svg.contains("<?xml") || svg.contains("<!DOCTYPE"));
        assertTrue(svg.strip().endsWith("</svg>"));
    }

    @Test
    void askingForATypeNobodyMakesIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> renderers.render("text", Set.of("image/png")));
        assertTrue(e.getMessage().contains("cannot show a String as [image/png]"), e.getMessage());
    }

    @Test
    void renderedImagesArePng() throws Exception {
        BufferedImage img = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        img.setRGB(5, 5, Color.RED.getRGB());
        DisplayData d = renderers.render(img);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) d.get("image/png"))));
        assertEquals(30, back.getWidth());
        assertEquals(20, back.getHeight());
        assertEquals(Color.RED.getRGB(), back.getRGB(5, 5));
    }

    @Test
    void markdownAndLatexWrappers() {
        DisplayData md = renderers.render(new Markdown("| a | b |\n|---|---|\n| 1 | 2 |"));
        assertTrue(((String) md.get("text/html")).contains("<table>"), "GFM tables");
        assertEquals("| a | b |\n|---|---|\n| 1 | 2 |", md.get("text/markdown"));
        assertEquals("$$E = mc^2$$", renderers.render(new Latex("E = mc^2")).get("text/latex"));
        assertEquals("$x$", renderers.render(new Latex("$x$")).get("text/latex"), "delimited LaTeX is kept");
        assertEquals("<b>hi</b>", renderers.render(new Html("<b>hi</b>")).get("text/html"));
        DisplayData svg = renderers.render(new Image("<?xml version=\"1.0\"?>\n<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/svg+xml", 0));
        assertEquals("<svg/>", svg.get("image/svg+xml"));
    }

    @Test
    void otherObjectsAreTextAndDisplayDataMethodIsHonoured() {
        assertEquals("[1, 2]", renderers.render(new int[] {1, 2}).plainText());
        assertEquals("null", renderers.render(null).plainText());
        DisplayData d = renderers.render(new WithBundle());
        assertEquals("<em>bundle</em>", d.get("text/html"));
        assertEquals("plain bundle", d.plainText());
    }

    /** A type from a library that does not depend on the kernel. */
    public static final class WithBundle {
        public Map<String, Object> displayData() {
            return Map.of("text/html", "<em>bundle</em>");
        }

        @Override
        public String toString() {
            return "plain bundle";
        }
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
