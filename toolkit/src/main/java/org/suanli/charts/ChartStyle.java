package org.suanli.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.RadarStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.suanli.data.Language;

/**
 * One look for every chart, drawn with a font the toolkit ships, so a chart is the same picture on every machine.
 *
 * <p>Java draws a character its font lacks as an empty box, and which CJK font a machine has (if any) used to decide
 * whether a chart could carry Chinese at all. The toolkit therefore carries its own font: WenQuanYi Micro Hei
 * (Apache 2.0; see {@code fonts/LICENSE-wqy-microhei.txt} beside it), cut down to the GB 2312 characters plus every
 * Latin, Greek, Cyrillic and symbol glyph of the face. Every chart text is drawn with it and never with a system
 * font, so the PNG bytes do not depend on what is installed. The language of the text is {@link Language}'s
 * setting: Chinese by default, English on request.
 */
public final class ChartStyle {

    /** Chart width and height in pixels, chosen to fill a notebook's output area without scrolling. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 450;

    /** The shipped face's resource path and its family name (what an SVG's text asks a browser for). */
    static final String FONT_RESOURCE = "fonts/wqy-microhei-gb2312.ttf";
    public static final String FONT_FAMILY = "WenQuanYi Micro Hei";

    /** A colour-blind-safe palette (Okabe–Ito), so tiers and series stay distinguishable for every reader. */
    public static final Color[] PALETTE = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
            new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0), new Color(240, 228, 66),
            new Color(0, 0, 0)};

    private ChartStyle() {
    }

    /** True when charts carry Chinese text: the {@link Language} setting, no longer the machine's fonts. */
    public static boolean chinese() {
        return Language.chinese();
    }

    /** The text for the current {@link Language}: Chinese by default, English when asked for. */
    public static String label(String zh, String en) {
        return Language.pick(zh, en);
    }

    /** The shipped face at a style and size; bold is derived from the regular face, the same way everywhere. */
    public static Font font(int style, int size) {
        return Shipped.FONT.deriveFont(style, (float) size);
    }

    /** Applies the project's fonts, colours and size to a chart and returns it, for chaining. */
    public static <C extends Chart<?, ?>> C apply(C chart) {
        Styler s = chart.getStyler();
        s.setBaseFont(font(Font.PLAIN, 12));
        s.setChartTitleFont(font(Font.BOLD, 16));
        s.setLegendFont(font(Font.PLAIN, 12));
        s.setAnnotationTextFont(font(Font.PLAIN, 11));
        s.setAnnotationTextPanelFont(font(Font.PLAIN, 11));
        s.setToolTipFont(font(Font.PLAIN, 12));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setSeriesColors(Arrays.copyOf(PALETTE, PALETTE.length));
        s.setAntiAlias(true);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(font(Font.PLAIN, 13));
            a.setAxisTickLabelsFont(font(Font.PLAIN, 11));
        }
        if (s instanceof CategoryStyler c) {
            c.setLabelsFont(font(Font.PLAIN, 11));
        }
        if (s instanceof XYStyler x) {
            x.setCursorFont(font(Font.PLAIN, 12));
        }
        if (s instanceof PieStyler p) {
            p.setLabelsFont(font(Font.PLAIN, 12));
            p.setSumFont(font(Font.PLAIN, 15));
        }
        if (s instanceof RadarStyler r) {
            r.setRadiiTitleFont(font(Font.PLAIN, 12));
        }
        return chart;
    }

    /** Loads the face once, on first use (holder idiom), so classes that only ask for a label never read it. */
    private static final class Shipped {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = ChartStyle.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The chart font " + FONT_RESOURCE + " is missing from the toolkit jar;"
                            + " rebuild it (./suanli builds it) or report a packaging bug");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("Cannot read the chart font " + FONT_RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
