package org.suanli.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;

/**
 * One look for every chart, and Chinese only where it can be drawn.
 *
 * <p>Java draws a character its font lacks as an empty box, and a machine without a CJK font (a fresh Debian, CI)
 * would show every Chinese label that way. So charts ask {@link #label} for their text: Chinese when a font that
 * can draw it is installed ({@code fonts-wqy-microhei} on Debian), English otherwise. The system property
 * {@code suanli.charts.chinese=false} forces English.
 */
public final class ChartStyle {

    /** Chart width and height in pixels, chosen to fill a notebook's output area without scrolling. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 450;

    /** Families known to carry simplified Chinese, tried first; any other family that can draw it comes next. */
    private static final List<String> PREFERRED = List.of("WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei");
    private static final Set<String> LOGICAL = Set.of("Dialog", "DialogInput", "Serif", "SansSerif", "Monospaced");
    private static final String PROBE = "算力发展指数广东";

    /** A colour-blind-safe palette (Okabe–Ito), so tiers and series stay distinguishable for every reader. */
    public static final Color[] PALETTE = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
            new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0), new Color(240, 228, 66),
            new Color(0, 0, 0)};

    private static volatile Optional<String> cjkFamily;

    private ChartStyle() {
    }

    /** The installed font family used for Chinese, if any. */
    public static Optional<String> cjkFamily() {
        Optional<String> f = cjkFamily;
        if (f == null) {
            f = detect();
            cjkFamily = f;
        }
        return f;
    }

    /** True when charts will carry Chinese labels. */
    public static boolean cjkFontAvailable() {
        return !"false".equalsIgnoreCase(System.getProperty("suanli.charts.chinese", "true")) && cjkFamily().isPresent();
    }

    /** The Chinese text where it can be drawn, the English otherwise. */
    public static String label(String zh, String en) {
        return cjkFontAvailable() ? zh : en;
    }

    /** The base font of every chart: the CJK family when Chinese is drawn, else the JDK's sans-serif. */
    public static Font font(int style, int size) {
        return new Font(cjkFontAvailable() ? cjkFamily().get() : Font.SANS_SERIF, style, size);
    }

    /** Applies the project's fonts, colours and size to a chart and returns it, for chaining. */
    public static <C extends Chart<?, ?>> C apply(C chart) {
        Styler s = chart.getStyler();
        s.setChartTitleFont(font(Font.BOLD, 16));
        s.setLegendFont(font(Font.PLAIN, 12));
        s.setAnnotationTextFont(font(Font.PLAIN, 11));
        s.setAnnotationTextPanelFont(font(Font.PLAIN, 11));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setSeriesColors(Arrays.copyOf(PALETTE, PALETTE.length));
        s.setAntiAlias(true);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(font(Font.PLAIN, 13));
            a.setAxisTickLabelsFont(font(Font.PLAIN, 11));
        }
        if (s instanceof PieStyler p) {
            p.setLabelsFont(font(Font.PLAIN, 12));
        }
        return chart;
    }

    private static Optional<String> detect() {
        if (GraphicsEnvironment.isHeadless() && System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<String> families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String name : PREFERRED) {
            if (families.contains(name) && canDraw(name)) {
                return Optional.of(name);
            }
        }
        return families.stream().filter(f -> !LOGICAL.contains(f)).filter(ChartStyle::canDraw).findFirst();
    }

    private static boolean canDraw(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1;
    }
}
