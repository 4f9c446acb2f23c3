package org.suanli.capacity;

import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Chart text and style for this package, delegating to the project's chart style so that every chart of the
 * project looks alike and never shows empty boxes for Chinese.
 */
final class ChartText {

    private ChartText() {
    }

    static String label(String zh, String en) {
        return cjk() ? zh : en;
    }

    static boolean cjk() {
        return Holder.CJK;
    }

    static void apply(Chart<?, ?> chart) {
        // replaced by org.suanli.charts.ChartStyle.apply once the foundation lands
    }

    private static final class Holder {
        static final boolean CJK = detect();

        static boolean detect() {
            for (java.awt.Font f : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
                if (f.canDisplayUpTo("算力规模") == -1) {
                    return true;
                }
            }
            return false;
        }
    }
}
