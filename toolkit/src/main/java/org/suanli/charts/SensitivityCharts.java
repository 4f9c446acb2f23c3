package org.suanli.charts;

import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.suanli.data.ShownProvenance;
import org.suanli.sensitivity.ConvergencePoint;
import org.suanli.sensitivity.RankInterval;
import org.suanli.sensitivity.SensitivityIndex;
import org.suanli.sensitivity.SobolResult;
import org.suanli.sensitivity.UncertaintyResult;

/**
 * The uncertainty analysis drawn as COINr users know it: rank bands (provinces by nominal rank, a dot at the median
 * rank, a bar over the 5–95% interval) and sensitivity bars (first-order and total index per input), plus the
 * indices against N.
 */
public final class SensitivityCharts {
    private SensitivityCharts() {
    }

    /**
     * Rank bands: provinces on the x axis in nominal-rank order; the bar spans the 5th to the 95th percentile of the
     * rank over all runs (drawn as a symmetric error bar around the band's midpoint), the dot is the median rank and
     * the cross the nominal rank. Rank 1 is at the bottom, so the bands rise along the x axis.
     */
    public static CategoryChart rankBands(UncertaintyResult r) {
        List<RankInterval> rows = r.rankIntervals();
        List<String> names = rows.stream().map(RankInterval::province).toList();
        List<Double> mid = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> nominal = new ArrayList<>();
        for (RankInterval ri : rows) {
            mid.add((ri.low() + ri.high()) / 2.0);
            half.add((ri.high() - ri.low()) / 2.0);
            median.add((double) ri.median());
            nominal.add((double) ri.nominal());
        }
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartStyle.label(r.year() + "年排名区间（" + r.runs() + "次运行，5–95%）",
                        "Rank bands " + r.year() + " (" + r.runs() + " runs, 5–95%)"))
                .xAxisTitle("").yAxisTitle(ChartStyle.label("排名（1 为最前）", "rank (1 = first)")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisMaxLabelCount(names.size() + 1);
        chart.getStyler().setErrorBarsColor(ChartStyle.PALETTE[0]);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        CategorySeries band = chart.addSeries(ChartStyle.label("5–95% 区间", "5–95% band"), names, mid, half);
        band.setMarker(SeriesMarkers.NONE);
        band.setLineStyle(SeriesLines.NONE);
        band.setMarkerColor(ChartStyle.PALETTE[0]);
        CategorySeries med = chart.addSeries(ChartStyle.label("中位数", "median"), names, median);
        med.setMarker(SeriesMarkers.CIRCLE);
        med.setLineStyle(SeriesLines.NONE);
        med.setMarkerColor(ChartStyle.PALETTE[0]);
        CategorySeries nom = chart.addSeries(ChartStyle.label("名义排名", "nominal"), names, nominal);
        nom.setMarker(SeriesMarkers.CROSS);
        nom.setLineStyle(SeriesLines.NONE);
        nom.setMarkerColor(ChartStyle.PALETTE[1]);
        return ShownProvenance.attach(chart, ChartCaptions.uncertainty(r));
    }

    /** Sensitivity bars: first-order S1 and total ST of every input for one output. */
    public static CategoryChart sensitivityBars(SobolResult r, String output) {
        List<SensitivityIndex> list = r.indicesOf(output);
        List<String> inputs = list.stream().map(SensitivityIndex::input).toList();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartStyle.label("敏感性指数：" + output + "（N = " + r.n() + "）", "Sensitivity indices: " + output + " (N = " + r.n() + ")"))
                .xAxisTitle("").yAxisTitle(ChartStyle.label("方差占比", "share of variance")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisMin(0.0);
        chart.addSeries(ChartStyle.label("一阶 S1", "first order S1"), inputs, list.stream().map(s -> clean(s.s1())).toList());
        chart.addSeries(ChartStyle.label("总效应 ST", "total ST"), inputs, list.stream().map(s -> clean(s.st())).toList());
        return ShownProvenance.attach(chart, ChartCaptions.sobol(r));
    }

    /** The total index of every input for one output against the base sample size N (log₂ axis). */
    public static XYChart convergence(SobolResult r, String output) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartStyle.label("总效应指数随 N 收敛：" + output, "Total indices against N: " + output))
                .xAxisTitle("N").yAxisTitle("ST").build();
        ChartStyle.apply(chart);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        for (String in : r.inputs()) {
            List<ConvergencePoint> pts = r.convergence().stream().filter(c -> c.output().equals(output) && c.input().equals(in)).toList();
            if (pts.isEmpty()) {
                throw new IllegalArgumentException("no convergence record for output '" + output + "'; it was not bootstrapped");
            }
            XYSeries s = chart.addSeries(in, pts.stream().map(c -> (double) c.n()).toList(), pts.stream().map(c -> clean(c.st())).toList());
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        return ShownProvenance.attach(chart, ChartCaptions.sobol(r));
    }

    /** A bar cannot be NaN: an output that does not vary has no indices, drawn as 0. */
    private static double clean(double x) {
        return Double.isNaN(x) ? 0 : x;
    }
}
