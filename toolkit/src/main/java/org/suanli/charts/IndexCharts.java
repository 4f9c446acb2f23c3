package org.suanli.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.RadarChart;
import org.knowm.xchart.RadarSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

import org.suanli.data.Provinces;
import org.suanli.index.Calibration;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;
import org.suanli.index.Tiers;

import tech.tablesaw.api.Table;

/**
 * The blue book's 图10–15 redrawn from an {@link IndexResult}: provinces as sorted bars coloured by tier, the
 * composite split into its weighted dimensions, and a radar of a few provinces. The book's figures carry no
 * numbers, so these charts are ours, computed from whatever data, weights and choices the result was run with; the
 * subtitle-like title names them.
 */
public final class IndexCharts {
    private IndexCharts() {
    }

    /** 图10: the composite index by province, sorted, coloured by tier. */
    public static CategoryChart composite(IndexResult result, int year) {
        String root = result.tree().root().key();
        return result.captioned(sortedBars(result, year, root, ChartStyle.label("图10 " + year + "年各省份算力发展指数", "Fig. 10 Computing-power development index, " + year)));
    }

    /** 图11–15: one sub-index by province, sorted, coloured by the province's composite tier. */
    public static CategoryChart subIndex(IndexResult result, int year, String dimension) {
        IndexTree.Node n = result.tree().node(dimension);
        int fig = 11 + result.tree().level(1).stream().map(IndexTree.Node::key).toList().indexOf(dimension);
        String en = n.nameEn() == null ? dimension : n.nameEn();
        return result.captioned(sortedBars(result, year, dimension, ChartStyle.label("图" + fig + " " + year + "年各省份" + n.label() + "分指数",
                "Fig. " + fig + " " + en + " sub-index, " + year)));
    }

    /** Each province's composite as a stack of its weighted dimensions (arithmetic aggregation only). */
    public static CategoryChart contributions(IndexResult result, int year) {
        Table t = result.contributions(year);
        List<String> provinces = t.stringColumn("province").asList();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartStyle.label(year + "年算力发展指数构成（加权分指数）", "Composite index by weighted dimension, " + year))
                .xAxisTitle("").yAxisTitle(ChartStyle.label("指数", "index points")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisMaxLabelCount(provinces.size() + 1);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        for (IndexTree.Node d : result.tree().level(1)) {
            chart.addSeries(name(d), names(provinces), toList(t.doubleColumn(d.key()).asDoubleArray()));
        }
        return result.captioned(chart);
    }

    /**
     * A radar comparing a few provinces across the five dimensions. Radii run from 0 to the largest value shown
     * (anchored indices can exceed 100), stated in the title.
     */
    public static RadarChart radar(IndexResult result, int year, List<String> provinces) {
        if (provinces.isEmpty() || provinces.size() > 8) {
            throw new IllegalArgumentException("a radar compares 1 to 8 provinces; got " + provinces.size());
        }
        List<IndexTree.Node> dims = result.tree().level(1);
        double max = 0;
        for (String p : provinces) {
            for (IndexTree.Node d : dims) {
                max = Math.max(max, result.value(year, p, d.key()));
            }
        }
        if (!(max > 0)) {
            throw new IllegalArgumentException("no positive sub-index among " + provinces + " in " + year);
        }
        RadarChart chart = new RadarChart(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        chart.setTitle(ChartStyle.label(year + "年五个维度比较（半径 0–" + Math.round(max) + "）",
                "Five dimensions, " + year + " (radius 0–" + Math.round(max) + ")"));
        ChartStyle.apply(chart);
        chart.setRadiiLabels(dims.stream().map(IndexCharts::name).toArray(String[]::new));
        for (String p : provinces) {
            double[] v = new double[dims.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.max(0, result.value(year, p, dims.get(i).key())) / max;
            }
            RadarSeries s = chart.addSeries(province(p), v);
            Color c = ChartStyle.PALETTE[(chart.getSeriesCollection().size() - 1) % ChartStyle.PALETTE.length];
            s.setLineColor(c);
            s.setMarkerColor(c);
            s.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60)); // see-through, so no province hides another
        }
        return result.captioned(chart);
    }

    /**
     * The calibration of the book reading's k: how many calibration statements hold at each k of the declared grid,
     * and, for reading only, how many of the other index statements (validation) hold at every tenth grid value.
     */
    public static XYChart calibration(Calibration.Fit fit) {
        Table curve = fit.curve();
        Table sampled = curve.where(curve.intColumn("validation_holds").isNotMissing());
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(400)
                .title(ChartStyle.label("各 k 值下成立的陈述数（只有校准集决定 k）",
                        "Statements holding against k (only the calibration set chooses k)"))
                .xAxisTitle("k").yAxisTitle(ChartStyle.label("成立的陈述数", "statements holding")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setMarkerSize(3);
        chart.getStyler().setXAxisDecimalPattern("0.0");
        chart.getStyler().setXAxisTickMarkSpacingHint(250);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.addSeries(ChartStyle.label("校准集（" + fit.statements() + " 条陈述）",
                        "calibration set (" + fit.statements() + " statements)"),
                curve.doubleColumn("k").asDoubleArray(), curve.intColumn("calibration_holds").asDoubleArray());
        chart.addSeries(ChartStyle.label("其他指数陈述（验证集，不参与拟合）", "other index statements (validation; not used)"),
                sampled.doubleColumn("k").asDoubleArray(), sampled.intColumn("validation_holds").asDoubleArray());
        return chart;
    }

    private static CategoryChart sortedBars(IndexResult result, int year, String node, String title) {
        List<String> order = result.ranking(year, node);
        Tiers tiers = result.choices().tiers();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle("").yAxisTitle(ChartStyle.label("指数", "index points")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisMaxLabelCount(order.size() + 1); // every province named, not every fourth
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        List<String> x = names(order);
        for (int tier = 1; tier <= tiers.count(); tier++) {
            List<Double> y = new ArrayList<>();
            boolean any = false;
            for (String p : order) {
                boolean in = result.tier(year, p) == tier;
                any |= in;
                y.add(in ? result.value(year, p, node) : 0.0);
            }
            if (any) {
                chart.addSeries(ChartStyle.label(tiers.name(tier), tiers.nameEn(tier)), x, y);
            }
        }
        return chart;
    }

    private static String name(IndexTree.Node n) {
        return ChartStyle.label(n.label(), n.nameEn() == null ? n.key() : n.nameEn());
    }

    private static String province(String shortZh) {
        if (ChartStyle.chinese()) {
            return shortZh;
        }
        return Provinces.find(shortZh).map(p -> p.nameEn()).orElse(shortZh);
    }

    private static List<String> names(List<String> provinces) {
        return provinces.stream().map(IndexCharts::province).toList();
    }

    private static List<Double> toList(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }
}
