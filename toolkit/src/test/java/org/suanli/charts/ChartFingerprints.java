package org.suanli.charts;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.suanli.data.Language;
import org.suanli.economy.EconomyRegressionResult;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;

/**
 * Renders a fixed set of charts and prints one line per chart, {@code language name sha256}: the test runs it in child JVMs
 * under different font configurations and compares the lines.
 */
public final class ChartFingerprints {

    private ChartFingerprints() {
    }

    public static void main(String[] args) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String lang : args) {
            Language.use(Language.parse(lang));
            for (Map.Entry<String, Chart<?, ?>> e : charts().entrySet()) {
                byte[] png = Charts.toPng(e.getValue());
                if (System.getProperty("fingerprints.dir") != null) {
                    Charts.savePng(e.getValue(), java.nio.file.Path.of(System.getProperty("fingerprints.dir"), lang + "-" + e.getKey() + ".png"));
                }
                System.out.println(lang + " " + e.getKey() + " " + HexFormat.of().formatHex(sha.digest(png)));
            }
        }
    }

    static Map<String, Chart<?, ?>> charts() {
        Map<String, Chart<?, ?>> out = new LinkedHashMap<>();
        IndexResult r = IndexChartsTest.result();
        out.put("composite", IndexCharts.composite(r, 2023));
        for (IndexTree.Node d : r.tree().level(1)) {
            out.put("sub-" + d.key(), IndexCharts.subIndex(r, 2023, d.key()));
        }
        out.put("contributions", IndexCharts.contributions(r, 2023));
        EconomyRegressionResult e = EconomyChartsTest.result(List.of("西藏"));
        out.put("scatter", EconomyCharts.indexScatter(e));
        PieChart pie = ChartStyle.apply(new PieChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(ChartStyle.label("算力结构：基础、智能、超算 ≥ 35", "Structure: basic, intelligent, super ≥ 35")).build());
        pie.addSeries(ChartStyle.label("智能算力", "intelligent"), 2);
        pie.addSeries(ChartStyle.label("基础算力", "basic"), 1);
        out.put("pie", pie);
        return out;
    }
}
