package org.suanli.capacity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A compute total by year for a chart (图1, 图4), each point saying how it was obtained. The book prints only
 * 2023, the 2023 growth rate and the 2016–2023 average growth; every other year is a back-cast or an
 * interpolation, and the chart must show which.
 *
 * @param scope  "global" or "china"
 * @param points one per year, oldest first
 */
public record CapacitySeries(String scope, List<Point> points) {

    /** How a year's value was obtained. */
    public enum Basis {
        STATED("stated", "书中数值"),
        BACKCAST("back-cast from growth", "按增速倒推"),
        INTERPOLATED("interpolated (assumption)", "等速插值（假设）");

        private final String en;
        private final String zh;

        Basis(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        public String en() {
            return en;
        }

        public String zh() {
            return zh;
        }
    }

    /**
     * @param year       year
     * @param eflops     total compute, EFlops (FP32)
     * @param growthPct  growth over the previous year, percent (NaN for the first year)
     * @param basis      how the value was obtained
     * @param how        the arithmetic, for tables
     */
    public record Point(int year, double eflops, double growthPct, Basis basis, String how) {
    }

    public CapacitySeries {
        points = Collections.unmodifiableList(new ArrayList<>(points));
    }

    /**
     * The series 2016–2023: 2023 stated; 2022 = 2023 / (1 + growth 2023); 2016 = 2023 / (1 + CAGR)^7; 2017–2021
     * interpolated at the constant growth that joins 2016 and 2022.
     */
    public static CapacitySeries build(String scope, double total2023, double growth2023Pct, double cagrPct) {
        double v2022 = total2023 / (1 + growth2023Pct / 100);
        double v2016 = NationalCapacity.backcastCagr(total2023, cagrPct, 7);
        double g = Math.pow(v2022 / v2016, 1.0 / 6) - 1;
        List<Point> ps = new ArrayList<>();
        ps.add(new Point(2016, v2016, Double.NaN, Basis.BACKCAST,
                String.format(Locale.ROOT, "%.0f / (1 + %.0f%%)^7", total2023, cagrPct)));
        double prev = v2016;
        for (int y = 2017; y <= 2021; y++) {
            double v = v2016 * Math.pow(1 + g, y - 2016);
            ps.add(new Point(y, v, 100 * (v / prev - 1), Basis.INTERPOLATED,
                    String.format(Locale.ROOT, "2016 × (1 + %.1f%%)^%d", 100 * g, y - 2016)));
            prev = v;
        }
        ps.add(new Point(2022, v2022, 100 * (v2022 / prev - 1), Basis.BACKCAST,
                String.format(Locale.ROOT, "%.0f / (1 + %.0f%%)", total2023, growth2023Pct)));
        ps.add(new Point(2023, total2023, growth2023Pct, Basis.STATED, "stated"));
        return new CapacitySeries(scope, ps);
    }

    public static CapacitySeries global(StatedFigures s) {
        return build("global", s.value("global.total"), s.value("global.total_growth"), s.value("global.cagr_2016_2023"));
    }

    public static CapacitySeries china(StatedFigures s) {
        return build("china", s.value("china.total"), s.value("china.total_growth"), s.value("china.cagr_2016_2023"));
    }

    public Point point(int year) {
        for (Point p : points) {
            if (p.year() == year) {
                return p;
            }
        }
        throw new IllegalArgumentException("no " + scope + " value for " + year + "; the series covers "
                + points.get(0).year() + "–" + points.get(points.size() - 1).year());
    }
}
