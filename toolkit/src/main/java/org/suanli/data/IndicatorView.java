package org.suanli.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One indicator in one year across the provinces that have a value, with the rank arithmetic the statements
 * need. Ties are never resolved silently: a rank boundary that falls between equal values does not count as
 * the stated order.
 */
final class IndicatorView {

    final String key;
    final int year;
    final Map<String, Double> values;
    final List<String> sorted;

    private IndicatorView(String key, int year, Map<String, Double> values) {
        this.key = key;
        this.year = year;
        this.values = values;
        List<String> s = new ArrayList<>(values.keySet());
        s.sort(Comparator.comparingDouble((String p) -> -values.get(p)));
        this.sorted = List.copyOf(s);
    }

    /** The view, or null when the data has no value of this indicator in this year. */
    static IndicatorView of(IndicatorData data, String key, int year) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Province p : Provinces.all()) {
            OptionalDouble x = data.value(year, p.shortZh(), key);
            if (x.isPresent()) {
                v.put(p.shortZh(), x.getAsDouble());
            }
        }
        return v.isEmpty() ? null : new IndicatorView(key, year, v);
    }

    boolean complete() {
        return values.size() == Provinces.all().size();
    }

    double value(String p) {
        Double v = values.get(p);
        return v == null ? Double.NaN : v;
    }

    double total() {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double sumOf(Iterable<String> ps) {
        double s = 0;
        for (String p : ps) {
            s += values.getOrDefault(p, 0.0);
        }
        return s;
    }

    /** 1-based rank; ties share the better rank. */
    int rank(String p) {
        double v = value(p);
        int r = 1;
        for (double o : values.values()) {
            if (o > v) {
                r++;
            }
        }
        return r;
    }

    /** Provinces at positions from..to (1-based, inclusive) of the descending order. */
    List<String> at(int from, int to) {
        return sorted.subList(Math.min(from - 1, sorted.size()), Math.min(to, sorted.size()));
    }

    /** Whether the boundary below position {@code pos} is strict (value at pos > value at pos+1). */
    boolean strictBelow(int pos) {
        return pos >= sorted.size() || values.get(sorted.get(pos - 1)) > values.get(sorted.get(pos));
    }

    /** The members occupy exactly positions from..to, with strict boundaries. */
    boolean holdsRankSet(Set<String> members, int from, int to) {
        return Set.copyOf(at(from, to)).equals(members) && at(from, to).size() == members.size()
                && strictBelow(to) && (from == 1 || strictBelow(from - 1));
    }

    /** The list occupies positions from.. in exactly that order, strictly decreasing. */
    boolean holdsOrder(List<String> order, int from) {
        List<String> got = at(from, from + order.size() - 1);
        if (!got.equals(order)) {
            return false;
        }
        for (int i = from; i < from + order.size(); i++) {
            if (!strictBelow(i)) {
                return false;
            }
        }
        return from == 1 || strictBelow(from - 1);
    }

    /** "广东 820, 福建 76.7, …" for positions from..to, the values as the data holds them. */
    String describe(int from, int to) {
        List<String> parts = new ArrayList<>();
        for (String p : at(from, to)) {
            parts.add(p + " " + fmt(values.get(p)));
        }
        return String.join(", ", parts);
    }

    /** The positions from..to and the next one, for an "actual" column. */
    String describeWithNext(int from, int to) {
        String s = "ranks " + from + "-" + to + ": " + describe(from, to);
        if (to < sorted.size()) {
            s += "; rank " + (to + 1) + ": " + describe(to + 1, to + 1);
        }
        return s;
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
