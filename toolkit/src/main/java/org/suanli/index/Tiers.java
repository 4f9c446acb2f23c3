package org.suanli.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tiers (梯队) by thresholds on the composite index: tier 1 is at or above the first threshold, tier 2 at or above
 * the second, and so on. The book states only the first ("第一梯队，算力发展指数达到 35以上"); the default's second
 * threshold, 20, is ours and illustrative.
 */
public record Tiers(List<Double> thresholds) {
    public Tiers {
        thresholds = List.copyOf(thresholds);
        for (int i = 1; i < thresholds.size(); i++) {
            if (!(thresholds.get(i) < thresholds.get(i - 1))) {
                throw new IllegalArgumentException("tier thresholds must decrease strictly: " + thresholds);
            }
        }
    }

    /** Thresholds from the top tier down, e.g. {@code Tiers.of(35, 20)}. */
    public static Tiers of(double... thresholds) {
        List<Double> t = new ArrayList<>();
        for (double d : thresholds) {
            t.add(d);
        }
        return new Tiers(t);
    }

    /** Tier 1 ≥ 35 (the book), tier 2 ≥ 20 (ours), tier 3 below. */
    public static Tiers standard() {
        return of(35, 20);
    }

    /** 1-based tier of a value. */
    public int tier(double value) {
        for (int i = 0; i < thresholds.size(); i++) {
            if (value >= thresholds.get(i)) {
                return i + 1;
            }
        }
        return thresholds.size() + 1;
    }

    public int count() {
        return thresholds.size() + 1;
    }

    /** "第一梯队 (≥ 35)" style names. */
    public String name(int tier) {
        String[] zh = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
        String n = "第" + (tier <= zh.length ? zh[tier - 1] : Integer.toString(tier)) + "梯队";
        if (tier <= thresholds.size()) {
            return n + " (≥ " + fmt(thresholds.get(tier - 1)) + ")";
        }
        return n + " (< " + fmt(thresholds.get(thresholds.size() - 1)) + ")";
    }

    /** English name, for charts without a CJK font. */
    public String nameEn(int tier) {
        if (tier <= thresholds.size()) {
            return "Tier " + tier + " (≥ " + fmt(thresholds.get(tier - 1)) + ")";
        }
        return "Tier " + tier + " (< " + fmt(thresholds.get(thresholds.size() - 1)) + ")";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
