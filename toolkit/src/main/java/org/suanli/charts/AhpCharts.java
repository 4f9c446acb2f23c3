package org.suanli.charts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.Priorities;
import org.suanli.data.ShownProvenance;

/**
 * AHP results as charts: the hierarchy's global weights stacked by first-level dimension, and one matrix's
 * priorities. Names follow {@link ChartStyle#label} (Chinese or English).
 */
public final class AhpCharts {
    private AhpCharts() {
    }

    /**
     * Every leaf's global weight as a bar, coloured by the first-level dimension it belongs to, in the
     * hierarchy's order: the weights the index uses, and at a glance which dimension carries how much.
     */
    public static CategoryChart globalWeights(AhpHierarchy h) {
        List<AhpHierarchy.Node> nodes = h.nodes();
        Set<String> parents = new HashSet<>();
        for (AhpHierarchy.Node n : nodes) {
            if (n.parentKey() != null) {
                parents.add(n.parentKey());
            }
        }
        List<AhpHierarchy.Node> leaves = nodes.stream().filter(n -> !parents.contains(n.key())).toList();
        List<String> names = leaves.stream().map(AhpCharts::name).toList();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartStyle.label("指标全局权重（AHP，" + h.expertCount() + "位专家）",
                        "Global indicator weights (AHP, " + h.expertCount() + " experts)"))
                .xAxisTitle(ChartStyle.label("三级指标", "Indicator"))
                .yAxisTitle(ChartStyle.label("全局权重", "Global weight")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setAxisTickLabelsFont(ChartStyle.font(Font.PLAIN, 10));
        chart.getStyler().setXAxisMaxLabelCount(leaves.size() + 1);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        for (AhpHierarchy.Node dim : nodes) {
            if (dim.level() != 1) {
                continue;
            }
            List<Double> ys = new ArrayList<>();
            for (AhpHierarchy.Node leaf : leaves) {
                ys.add(under(nodes, leaf, dim.key()) ? h.globalWeight(leaf.key()) : 0.0);
            }
            chart.addSeries(name(dim), names, ys);
        }
        return ShownProvenance.attach(chart, ChartCaptions.hierarchy(h));
    }

    /** One matrix's weights as bars, titled with its CR, so a notebook shows a {@link Priorities} in one line. */
    public static CategoryChart priorities(Priorities p) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(String.format(Locale.ROOT, ChartStyle.label("优先级（CR = %.4f）", "Priorities (CR = %.4f)"), p.cr()))
                .xAxisTitle("").yAxisTitle(ChartStyle.label("权重", "Weight")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        List<Double> ws = new ArrayList<>();
        for (double w : p.weights()) {
            ws.add(w);
        }
        chart.addSeries(ChartStyle.label("权重", "weight"), p.labels(), ws);
        return ShownProvenance.attach(chart, ChartCaptions.priorities(p));
    }

    private static boolean under(List<AhpHierarchy.Node> nodes, AhpHierarchy.Node leaf, String ancestor) {
        String k = leaf.key();
        while (k != null) {
            if (k.equals(ancestor)) {
                return true;
            }
            String key = k;
            k = nodes.stream().filter(n -> n.key().equals(key)).findFirst().map(AhpHierarchy.Node::parentKey).orElse(null);
        }
        return false;
    }

    private static String name(AhpHierarchy.Node n) {
        String en = n.nameEn() == null || n.nameEn().isBlank() ? n.key() : n.nameEn();
        String zh = n.nameZh() == null || n.nameZh().isBlank() ? en : n.nameZh();
        return ChartStyle.label(zh, en);
    }
}
