package org.suanli.economy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compound annual growth rates, and the blue book's 2016–2023 growth figures (二(五), 图8) as stated inputs.
 *
 * <p>The book does not say how its "年均增长" is computed; the usual definition is the compound rate
 * (last / first)^(1/years) − 1, which is what {@link #cagr(double, double, int)} computes.
 */
public final class Growth {
    /** The sentence the stated figures come from (blue book 二(五)). */
    public static final String QUOTE = "2016—2023年期间，我国算力规模年均增长46%，数字经济增长13.2%，GDP增长7.8%；"
            + "同期全球算力规模年均增长39%，数字经济规模增长8%，GDP增长4.7%";

    private Growth() {
    }

    /** Compound annual growth rate in %, from a first and a last value {@code years} apart. */
    public static double cagr(double first, double last, int years) {
        if (years <= 0) {
            throw new IllegalArgumentException("years must be positive, got " + years);
        }
        if (!(first > 0) || !(last > 0) || !Double.isFinite(first) || !Double.isFinite(last)) {
            throw new IllegalArgumentException("a compound growth rate needs positive values, got first=" + first + ", last=" + last);
        }
        return (Math.pow(last / first, 1.0 / years) - 1) * 100;
    }

    /** CAGR over the first and last year of a series (year → value); gaps in between are allowed. */
    public static GrowthRate cagr(String series, String region, Map<Integer, Double> byYear) {
        if (byYear == null || byYear.size() < 2) {
            throw new IllegalArgumentException("a growth rate needs values for at least two years of " + series);
        }
        SortedMap<Integer, Double> s = new TreeMap<>(byYear);
        int from = s.firstKey();
        int to = s.lastKey();
        double rate = cagr(s.get(from), s.get(to), to - from);
        return new GrowthRate(series, region, from, to, rate, GrowthRate.Basis.COMPUTED,
                String.format(Locale.ROOT, "computed from %d values, %d = %s and %d = %s", s.size(), from, s.get(from), to, s.get(to)));
    }

    /** The six stated 2016–2023 figures of the blue book, China first. */
    public static List<GrowthRate> bookFigures() {
        String src = "blue book 二(五) (stated): 「" + QUOTE + "」";
        return List.of(
                new GrowthRate("compute", "China", 2016, 2023, 46, GrowthRate.Basis.STATED, src),
                new GrowthRate("digital economy", "China", 2016, 2023, 13.2, GrowthRate.Basis.STATED, src),
                new GrowthRate("GDP", "China", 2016, 2023, 7.8, GrowthRate.Basis.STATED, src),
                new GrowthRate("compute", "World", 2016, 2023, 39, GrowthRate.Basis.STATED, src),
                new GrowthRate("digital economy", "World", 2016, 2023, 8, GrowthRate.Basis.STATED, src),
                new GrowthRate("GDP", "World", 2016, 2023, 4.7, GrowthRate.Basis.STATED, src));
    }
}
