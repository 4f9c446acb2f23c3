package org.suanli.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;
import org.suanli.capacity.CapacitySeries;
import org.suanli.capacity.ComputeKind;
import org.suanli.capacity.NationalCapacity;
import org.suanli.data.ShownProvenance;

/**
 * The blue book's capacity figures as XChart charts: 图1 (global compute by year with growth), 图4 (the same for
 * China), 图5 (China's structure), 图3 (global distribution by country). Labels are Chinese when a CJK font is
 * installed and English otherwise ({@link ChartStyle}), and bars are coloured by how each value was obtained, so a
 * reader never mistakes an interpolated year for a published one.
 */
public final class CapacityCharts {

    static final Color STATED = new Color(0x1f, 0x4e, 0x9c);
    static final Color BACKCAST = new Color(0x6f, 0x9b, 0xd8);
    static final Color INTERPOLATED = new Color(0xc9, 0xd6, 0xea);
    static final Color GROWTH = new Color(0xd9, 0x53, 0x19);
    static final Color[] KINDS = {ChartStyle.PALETTE[0], ChartStyle.PALETTE[1], ChartStyle.PALETTE[2]};

    private CapacityCharts() {
    }

    /** 图1: global compute scale by year, growth rate on the right axis. */
    public static CategoryChart figure1(CapacitySeries global) {
        return ShownProvenance.attach(scaleChart(global, ChartStyle.label("图1 全球算力规模及增速", "Figure 1 Global compute and growth")),
                ChartCaptions.capacity(global));
    }

    /** 图4: China's compute scale by year, growth rate on the right axis. */
    public static CategoryChart figure4(CapacitySeries china) {
        return ShownProvenance.attach(scaleChart(china, ChartStyle.label("图4 我国算力规模及增速", "Figure 4 China's compute and growth")),
                ChartCaptions.capacity(china));
    }

    static CategoryChart scaleChart(CapacitySeries s, String title) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450).title(title)
                .xAxisTitle(ChartStyle.label("年份", "Year"))
                .yAxisTitle(ChartStyle.label("算力规模（EFlops，FP32）", "Compute (EFlops, FP32)")).build();
        List<String> years = new ArrayList<>();
        for (CapacitySeries.Point p : s.points()) {
            years.add(String.valueOf(p.year()));
        }
        for (CapacitySeries.Basis b : CapacitySeries.Basis.values()) {
            List<Double> ys = new ArrayList<>();
            boolean any = false;
            for (CapacitySeries.Point p : s.points()) {
                boolean mine = p.basis() == b;
                ys.add(mine ? p.eflops() : 0.0);
                any |= mine;
            }
            if (any) {
                CategorySeries cs = chart.addSeries(ChartStyle.label(b.zh(), b.en()), years, ys);
                cs.setFillColor(b == CapacitySeries.Basis.STATED ? STATED
                        : b == CapacitySeries.Basis.BACKCAST ? BACKCAST : INTERPOLATED);
            }
        }
        List<Double> growth = new ArrayList<>();
        for (CapacitySeries.Point p : s.points()) {
            growth.add(Double.isNaN(p.growthPct()) ? null : p.growthPct());
        }
        CategorySeries g = chart.addSeries(ChartStyle.label("增速（%，右轴）", "Growth % (right)"), years, growth);
        g.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        g.setYAxisGroup(1);
        g.setLineColor(GROWTH);
        g.setMarkerColor(GROWTH);
        chart.setYAxisGroupTitle(1, ChartStyle.label("增速（%）", "Growth (%)"));
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setDecimalPattern("#,##0");
        chart.getStyler().setYAxisMin(0.0);
        ChartStyle.apply(chart);
        return chart;
    }

    /** 图5: China's structure in 2022 and 2023, percent of the total by kind (stacked). */
    public static CategoryChart figure5(NationalCapacity nc) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(450)
                .title(ChartStyle.label("图5 我国算力内部结构", "Figure 5 Structure of China's compute"))
                .xAxisTitle(ChartStyle.label("年份", "Year"))
                .yAxisTitle(ChartStyle.label("占比（%）", "Share (%)")).build();
        List<String> years = List.of("2022", "2023");
        int i = 0;
        for (ComputeKind k : ComputeKind.values()) {
            List<Double> ys = List.of(nc.chinaSharePct(k, 2022), nc.chinaSharePct(k, 2023));
            CategorySeries cs = chart.addSeries(ChartStyle.label(k.nameZh(), capitalise(k.nameEn())), years, ys);
            cs.setFillColor(KINDS[i++]);
        }
        chart.getStyler().setStacked(true);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setDecimalPattern("0.0");
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        ChartStyle.apply(chart);
        chart.getStyler().setLabelsFont(ChartStyle.font(Font.PLAIN, 12));
        return ShownProvenance.attach(chart, ChartCaptions.fleet());
    }

    /** 图3: global compute by country or region, 2023 (stated shares; the rest of the world as the remainder). */
    public static PieChart figure3(NationalCapacity nc) {
        PieChart chart = new PieChartBuilder().width(800).height(450)
                .title(ChartStyle.label("图3 2023年全球算力规模分布", "Figure 3 Global compute by country, 2023")).build();
        Map<String, Double> shares = nc.countrySharesPct();
        double rest = 100;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            chart.addSeries(countryLabel(e.getKey(), e.getValue()), e.getValue());
            rest -= e.getValue();
        }
        chart.addSeries(countryLabel("rest", rest), rest);
        chart.getStyler().setLabelType(PieStyler.LabelType.Name);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLabelsDistance(1.15);
        chart.getStyler().setForceAllLabelsVisible(true);
        chart.getStyler().setPlotContentSize(0.7);
        ChartStyle.apply(chart);
        return ShownProvenance.attach(chart, ChartCaptions.countryShares(shares.size()));
    }

    static String countryLabel(String key, double pct) {
        String p = String.format(Locale.ROOT, " %.0f%%", pct);
        switch (key) {
            case "us": return ChartStyle.label("美国", "United States") + p;
            case "china": return ChartStyle.label("中国", "China") + p;
            case "europe": return ChartStyle.label("欧洲", "Europe") + p;
            case "japan": return ChartStyle.label("日本", "Japan") + p;
            default: return ChartStyle.label("其他（余数）", "Rest of world (remainder)") + p;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
