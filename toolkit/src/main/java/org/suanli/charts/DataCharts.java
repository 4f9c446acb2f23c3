package org.suanli.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.suanli.data.FrameworkNode;
import org.suanli.data.IndicatorData;
import org.suanli.data.Provenance;
import org.suanli.data.Province;
import org.suanli.data.Provinces;
import org.suanli.data.ShownProvenance;

/**
 * Charts of the indicator data itself, before any index is computed: where the values sit, and where each
 * value came from. Labels are Chinese when a CJK font is installed, English otherwise ({@link ChartStyle}).
 */
public final class DataCharts {

    private DataCharts() {
    }

    /**
     * The provinces sorted by one indicator, one bar each, coloured by provenance (stated, reconstructed,
     * official): a reader sees at a glance which bars are the book's numbers and which are the method's.
     */
    public static CategoryChart sortedBars(IndicatorData data, FrameworkNode indicator, int year) {
        boolean zh = ChartStyle.chinese();
        List<Province> provinces = new ArrayList<>();
        for (Province p : Provinces.all()) {
            if (data.value(year, p.shortZh(), indicator.key()).isPresent()) {
                provinces.add(p);
            }
        }
        if (provinces.isEmpty()) {
            throw new IllegalArgumentException("The data has no " + indicator.key() + " values for " + year);
        }
        provinces.sort(Comparator.comparingDouble((Province p) -> -data.value(year, p.shortZh(), indicator.key()).getAsDouble()));
        List<String> names = new ArrayList<>();
        Map<Provenance, List<Double>> series = new EnumMap<>(Provenance.class);
        for (Provenance pr : Provenance.values()) {
            series.put(pr, new ArrayList<>());
        }
        for (Province p : provinces) {
            names.add(p.label(zh));
            double v = data.value(year, p.shortZh(), indicator.key()).getAsDouble();
            Provenance pr = data.provenance(year, p.shortZh(), indicator.key()).orElse(Provenance.RECONSTRUCTED);
            for (Provenance each : Provenance.values()) {
                series.get(each).add(each == pr ? v : 0.0);
            }
        }
        String unit = indicator.unit() == null || indicator.unit().isBlank() || indicator.unit().equals("/") ? ""
                : " (" + indicator.unit() + ")";
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(indicator.label(zh) + " " + year)
                .xAxisTitle(ChartStyle.label("省份", "Province")).yAxisTitle(indicator.label(zh) + unit).build();
        ChartStyle.apply(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisTickMarkSpacingHint(8); // one label per province: XChart thins them otherwise
        chart.getStyler().setXAxisMaxLabelCount(provinces.size());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        for (Provenance pr : Provenance.values()) {
            if (series.get(pr).stream().anyMatch(v -> v != 0)) {
                chart.addSeries(label(pr), names, series.get(pr));
            }
        }
        return captioned(chart, data, year, List.of(indicator.key()));
    }

    /**
     * Each indicator's provincial distribution on a common scale (percent of that indicator's largest
     * provincial value), one box per indicator: concentrated indicators have low boxes and a long whisker.
     */
    public static BoxChart distribution(IndicatorData data, List<FrameworkNode> indicators, int year) {
        boolean zh = ChartStyle.chinese();
        BoxChart chart = new BoxChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT + 150)
                .title(ChartStyle.label("各指标的省份分布（占最大值的百分比）", "Provincial distribution of each indicator (% of the largest)")
                        + " " + year)
                .yAxisTitle(ChartStyle.label("占最大值 %", "% of the largest")).build();
        ChartStyle.apply(chart);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisTickMarkSpacingHint(8);
        chart.getStyler().setXAxisMaxLabelCount(indicators.size());
        chart.getStyler().setLegendVisible(false);
        int added = 0;
        for (FrameworkNode n : indicators) {
            List<Double> values = new ArrayList<>();
            for (Province p : Provinces.all()) {
                OptionalDouble v = data.value(year, p.shortZh(), n.key());
                v.ifPresent(values::add);
            }
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (values.size() < 2 || max <= 0) {
                continue;
            }
            List<Double> scaled = values.stream().map(v -> v / max * 100).toList();
            chart.addSeries(n.label(zh), scaled);
            added++;
        }
        if (added == 0) {
            throw new IllegalArgumentException("No indicator has values for " + year);
        }
        return captioned(chart, data, year, indicators.stream().map(FrameworkNode::key).toList());
    }

    static String label(Provenance p) {
        return switch (p) {
            case OFFICIAL -> ChartStyle.label("官方数据", "official");
            case SECONDARY -> ChartStyle.label("官方数据（公开转载）", "official, public copy");
            case STATED -> ChartStyle.label("蓝皮书数值", "stated in the book");
            case RECONSTRUCTED -> ChartStyle.label("重构值", "reconstructed");
        };
    }

    /** {@code chart} with the provenance of the values it shows: {@code keys} in {@code year}. */
    private static <C> C captioned(C chart, IndicatorData data, int year, List<String> keys) {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        data.observations().stream().filter(o -> o.year() == year && keys.contains(o.indicator()))
                .forEach(o -> counts.merge(o.provenance(), 1, Integer::sum));
        return ShownProvenance.attach(chart, ShownProvenance.describe(counts, false));
    }
}
