package org.suanli.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.suanli.data.ShownProvenance;
import org.suanli.data.Units;
import org.suanli.economy.EconomyRegressionResult;
import org.suanli.economy.GrowthRate;
import org.suanli.economy.OlsResult;
import org.suanli.economy.RegressionPoint;

/**
 * The economy charts of the blue book: 图16 (index against GDP or the digital economy, with the fitted line, its
 * confidence band and province labels) and 图8 (average annual growth, China against the world).
 */
public final class EconomyCharts {
    private static final int BAND_POINTS = 60;

    private EconomyCharts() {
    }

    /**
     * 图16: scatter of the provinces with the OLS line and the confidence band of the mean response. The title says
     * "reconstructed" when the variable is.
     */
    public static XYChart indexScatter(EconomyRegressionResult r) {
        return indexScatter(r, DEFAULT_LABELS);
    }

    /** How many provinces {@link #indexScatter(EconomyRegressionResult)} names: the low-index cluster stays unlabelled. */
    public static final int DEFAULT_LABELS = 14;

    /**
     * 图16 with names on the {@code maxLabels} provinces of highest index plus every influential one (the rest
     * crowd together near the origin, where names would overlap); 31 names every province.
     */
    public static XYChart indexScatter(EconomyRegressionResult r, int maxLabels) {
        OlsResult fit = r.linear();
        String varName = label(r.variable().nameZh(), r.variable().nameEn());
        String title = label("算力发展指数与" + r.variable().nameZh() + "（" + r.year() + "）",
                "Index vs " + r.variable().nameEn() + " (" + r.year() + ")")
                + (r.isReconstructed() ? label("［重构数据］", " [RECONSTRUCTED]") : "");
        XYChart chart = new XYChartBuilder().width(800).height(450).title(title)
                .xAxisTitle(label("算力发展指数", "Computing-power index"))
                .yAxisTitle(varName + " (" + Units.label(r.variable().unit()) + ")").build();
        style(chart);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setYAxisDecimalPattern("#,##0");

        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (RegressionPoint o : fit.observations()) {
            min = Math.min(min, o.x());
            max = Math.max(max, o.x());
        }
        double[] bx = new double[2 * BAND_POINTS];
        double[] by = new double[2 * BAND_POINTS];
        double[] lx = new double[BAND_POINTS];
        double[] ly = new double[BAND_POINTS];
        for (int i = 0; i < BAND_POINTS; i++) {
            double x = min + (max - min) * i / (BAND_POINTS - 1);
            lx[i] = x;
            ly[i] = fit.predict(x);
            bx[i] = x;
            by[i] = fit.meanResponseBand(x).upper();
            bx[2 * BAND_POINTS - 1 - i] = x;
            by[2 * BAND_POINTS - 1 - i] = fit.meanResponseBand(x).lower();
        }
        XYSeries band = chart.addSeries(String.format(Locale.ROOT, label("%.0f%% 置信带", "%.0f%% confidence band"),
                fit.confidenceLevel() * 100), bx, by);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(new Color(70, 130, 180, 60));
        band.setLineColor(new Color(70, 130, 180, 0));
        band.setMarker(SeriesMarkers.NONE);

        XYSeries line = chart.addSeries(String.format(Locale.ROOT, label("拟合：每点 %,.0f %s（R² %.2f）", "fit: %,.0f %s per point (R² %.2f)"),
                fit.slope(), Units.label(r.variable().unit()), fit.rSquared()), lx, ly);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(new Color(31, 78, 121));
        line.setLineStyle(new BasicStroke(2f));

        double[] px = fit.observations().stream().mapToDouble(RegressionPoint::x).toArray();
        double[] py = fit.observations().stream().mapToDouble(RegressionPoint::y).toArray();
        XYSeries pts = chart.addSeries(label("省份", "provinces"), px, py);
        pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        pts.setMarker(SeriesMarkers.CIRCLE);
        pts.setMarkerColor(new Color(200, 80, 40));

        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : py) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        double lift = (yMax - yMin) * 0.035; // put the name just above its point
        List<RegressionPoint> byIndex = new ArrayList<>(fit.observations());
        byIndex.sort(Comparator.comparingDouble(RegressionPoint::x).reversed());
        Set<String> named = new HashSet<>();
        for (int i = 0; i < Math.min(maxLabels, byIndex.size()); i++) {
            named.add(byIndex.get(i).label());
        }
        r.influential().forEach(o -> named.add(o.label()));
        for (RegressionPoint o : fit.observations()) {
            if (named.contains(o.label())) {
                chart.addAnnotation(new AnnotationText(provinceLabel(o.label()), o.x(), o.y() + lift, false));
            }
        }
        return ShownProvenance.attach(chart, ChartCaptions.regression(r));
    }

    /** 图8: grouped bars of average annual growth (%), one group per series, China and World side by side. */
    public static CategoryChart growthComparison(List<GrowthRate> rates) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("no growth rates to draw");
        }
        List<String> series = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (GrowthRate g : rates) {
            if (!series.contains(g.series())) {
                series.add(g.series());
            }
            if (!regions.contains(g.region())) {
                regions.add(g.region());
            }
        }
        GrowthRate first = rates.get(0);
        boolean stated = rates.stream().allMatch(g -> g.basis() == GrowthRate.Basis.STATED);
        String title = label(first.fromYear() + "—" + first.toYear() + "年均增速：中国与全球", "Average annual growth "
                + first.fromYear() + "–" + first.toYear() + ": China and world")
                + (stated ? label("（蓝皮书所述）", " (as stated in the blue book)") : "");
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450).title(title)
                .yAxisTitle(label("年均增长率 (%)", "growth per year (%)")).build();
        style(chart);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setDecimalPattern("0.0");
        List<String> cats = series.stream().map(EconomyCharts::seriesLabel).toList();
        for (String region : regions) {
            List<Double> vals = new ArrayList<>();
            for (String s : series) {
                vals.add(rates.stream().filter(g -> g.region().equals(region) && g.series().equals(s))
                        .map(GrowthRate::ratePct).findFirst().orElse(0.0));
            }
            chart.addSeries(regionLabel(region), cats, vals);
        }
        return ShownProvenance.attach(chart, ChartCaptions.growth(rates));
    }

    /** Provinces ordered by descending residual, a helper for tables next to the chart. */
    public static List<RegressionPoint> byResidual(OlsResult fit) {
        List<RegressionPoint> l = new ArrayList<>(fit.observations());
        l.sort(Comparator.comparingDouble(RegressionPoint::residual).reversed());
        return l;
    }

    private static String seriesLabel(String s) {
        return switch (s) {
            case "compute" -> label("算力规模", "compute");
            case "digital economy" -> label("数字经济", "digital economy");
            case "GDP" -> "GDP";
            default -> s;
        };
    }

    private static String regionLabel(String r) {
        return switch (r) {
            case "China" -> label("中国", "China");
            case "World" -> label("全球", "World");
            default -> r;
        };
    }

    // --- the hooks to the shared chart style ---

    static String label(String zh, String en) {
        return ChartStyleBridge.label(zh, en);
    }

    static String provinceLabel(String shortZh) {
        return ChartStyleBridge.province(shortZh);
    }

    private static void style(Chart<?, ?> chart) {
        ChartStyleBridge.apply(chart);
    }
}
