package org.suanli.charts;

import org.knowm.xchart.internal.chartpart.Chart;
import org.suanli.data.Provinces;

/** The economy charts' access to the shared {@link ChartStyle}: labels, fonts, and province names. */
final class ChartStyleBridge {
    private ChartStyleBridge() {
    }

    static String label(String zh, String en) {
        return ChartStyle.label(zh, en);
    }

    /** The province's short Chinese name where Chinese can be drawn, its English name otherwise. */
    static String province(String shortZh) {
        boolean zh = ChartStyle.chinese();
        return Provinces.find(shortZh).map(p -> p.label(zh)).orElse(shortZh);
    }

    static void apply(Chart<?, ?> chart) {
        ChartStyle.apply(chart);
    }
}
