package org.suanli.charts;

/** Temporary bridge until org.suanli.charts.ChartStyle lands from main. */
final class ChartStyleBridge {
    private ChartStyleBridge() {
    }

    static String label(String zh, String en) {
        return en;
    }

    static String province(String shortZh) {
        return shortZh;
    }

    static void apply(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    }
}
