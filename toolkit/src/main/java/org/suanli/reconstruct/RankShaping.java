package org.suanli.reconstruct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few operations every indicator recipe is made of. They turn a proxy (GDP, say) into values that obey
 * the blue book's rank statements while keeping the proxy's shape:
 * <ul>
 *   <li>{@link #order}: the rank order — the stated groups first (in listed order when the book's order is
 *       kept, else by proxy), then everybody else by proxy;</li>
 *   <li>{@link #rearrange}: the proxy's values, sorted, handed out along that order (the distribution stays
 *       the proxy's; only who gets which value follows the statements);</li>
 *   <li>{@link #scaleTo}: scale to a total (a stated national figure or a stated share of it);</li>
 *   <li>{@link #fitBetween}: a power transform that squeezes an ordered block between a stated floor and
 *       ceiling when the proxy's spread is too wide for both.</li>
 * </ul>
 * All are deterministic: ties in the proxy are broken by the NBS province order.
 */
public final class RankShaping {

    private RankShaping() {
    }

    /** A group of provinces that the book puts at consecutive ranks; {@code ordered} keeps the listed order. */
    public record Group(List<String> provinces, boolean ordered) {
        public Group {
            provinces = List.copyOf(provinces);
        }

        public static Group ordered(String... p) {
            return new Group(List.of(p), true);
        }

        public static Group unordered(String... p) {
            return new Group(List.of(p), false);
        }
    }

    /**
     * The full rank order (rank 1 first) of {@code universe}: the groups in sequence, then the others by
     * descending proxy. Provinces in {@code exclude} are left out (e.g. stated values placed separately).
     */
    public static List<String> order(List<String> universe, Map<String, Double> proxy, List<Group> groups,
                                     Set<String> exclude) {
        return order(universe, proxy, groups, exclude, Map.of());
    }

    /**
     * As {@link #order(List, Map, List, Set)}, but the provinces outside the groups are ordered by {@code tiers}
     * first (lower tier first; provinces without a tier come last), then by proxy. The reconstruction passes the
     * book's overall tiers here, so that where an indicator's order is not stated, the provinces the book ranks
     * high overall come first.
     */
    public static List<String> order(List<String> universe, Map<String, Double> proxy, List<Group> groups,
                                     Set<String> exclude, Map<String, Integer> tiers) {
        Comparator<String> byProxy = byProxyDescending(universe, proxy);
        Comparator<String> restOrder = Comparator.<String>comparingInt(p -> tiers.getOrDefault(p, Integer.MAX_VALUE))
                .thenComparing(byProxy);
        Set<String> placed = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Group g : groups) {
            List<String> members = new ArrayList<>();
            for (String p : g.provinces()) {
                if (!universe.contains(p)) {
                    throw new IllegalArgumentException("Unknown province '" + p + "' in a rank group");
                }
                if (!placed.add(p)) {
                    throw new IllegalArgumentException(p + " is in two rank groups");
                }
                if (!exclude.contains(p)) {
                    members.add(p);
                }
            }
            if (!g.ordered()) {
                members.sort(byProxy);
            }
            out.addAll(members);
        }
        List<String> rest = new ArrayList<>();
        for (String p : universe) {
            if (!placed.contains(p) && !exclude.contains(p)) {
                rest.add(p);
            }
        }
        rest.sort(restOrder);
        out.addAll(rest);
        return out;
    }

    public static List<String> order(List<String> universe, Map<String, Double> proxy, List<Group> groups) {
        return order(universe, proxy, groups, Set.of());
    }

    /** Descending proxy, ties broken by position in {@code universe} (NBS order). */
    static Comparator<String> byProxyDescending(List<String> universe, Map<String, Double> proxy) {
        return Comparator.<String>comparingDouble(p -> -value(proxy, p)).thenComparingInt(universe::indexOf);
    }

    /**
     * The proxy values of the provinces in {@code order}, sorted in descending order and assigned along
     * {@code order}: the first province gets the largest value. The multiset of values (so the total) is the
     * proxy's.
     */
    public static LinkedHashMap<String, Double> rearrange(List<String> order, Map<String, Double> proxy) {
        List<Double> values = new ArrayList<>();
        for (String p : order) {
            values.add(value(proxy, p));
        }
        values.sort(Comparator.reverseOrder());
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            out.put(order.get(i), values.get(i));
        }
        return out;
    }

    /** The values scaled so that they sum to {@code total}; the order of the map is kept. */
    public static LinkedHashMap<String, Double> scaleTo(Map<String, Double> values, double total) {
        double sum = values.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("cannot scale values that sum to " + sum);
        }
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        values.forEach((p, v) -> out.put(p, v * total / sum));
        return out;
    }

    /** The values multiplied by {@code factor}. */
    public static LinkedHashMap<String, Double> times(Map<String, Double> values, double factor) {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        values.forEach((p, v) -> out.put(p, v * factor));
        return out;
    }

    /**
     * Maps the values (all positive; StrictMath, so every JVM gives the same bits) by {@code x = floor × (v / vmin)^γ}, with γ chosen so that the largest
     * becomes {@code ceiling}: the smallest lands on the floor, the largest on the ceiling, the order and the
     * proxy's relative spacing (on a log scale) are kept.
     */
    public static LinkedHashMap<String, Double> fitBetween(Map<String, Double> values, double floor, double ceiling) {
        if (!(floor > 0) || !(ceiling > floor)) {
            throw new IllegalArgumentException("need 0 < floor < ceiling, got " + floor + " and " + ceiling);
        }
        double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (!(min > 0)) {
            throw new IllegalArgumentException("fitBetween needs positive values, got " + min);
        }
        double gamma = max > min ? StrictMath.log(ceiling / floor) / StrictMath.log(max / min) : 0;
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        values.forEach((p, v) -> out.put(p, floor * StrictMath.pow(v / min, gamma)));
        return out;
    }

    /**
     * Moves a few provinces to stated ranks with the fewest changes: every other province keeps its value (so its
     * relative order), and each moved province's value is set between its new neighbours (their geometric mean;
     * 1% above the first or below the last when it goes to an end). The number of pairs whose order changes is the
     * minimum that puts the moved provinces at their ranks; no column is re-sorted.
     *
     * @param values province → value (positive)
     * @param ranks  province → its rank (1 = largest) in the result
     * @return the values with only the moved provinces changed, in the map's order
     */
    public static LinkedHashMap<String, Double> placeAt(Map<String, Double> values, Map<String, Integer> ranks) {
        List<String> others = new ArrayList<>(values.keySet());
        others.removeAll(ranks.keySet());
        List<String> universe = List.copyOf(values.keySet());
        others.sort(byProxyDescending(universe, values));
        List<Map.Entry<String, Integer>> moves = new ArrayList<>(ranks.entrySet());
        moves.sort(Map.Entry.comparingByValue());
        List<String> order = new ArrayList<>(others);
        for (Map.Entry<String, Integer> m : moves) {
            if (!values.containsKey(m.getKey())) {
                throw new IllegalArgumentException("no value for " + m.getKey() + " to move");
            }
            if (m.getValue() < 1 || m.getValue() > values.size()) {
                throw new IllegalArgumentException(m.getKey() + ": rank " + m.getValue() + " is outside 1.." + values.size());
            }
            order.add(m.getValue() - 1, m.getKey());
        }
        LinkedHashMap<String, Double> placed = new LinkedHashMap<>();
        for (String p : others) {
            placed.put(p, value(values, p));
        }
        for (int i = 0; i < order.size(); i++) {
            String p = order.get(i);
            if (!ranks.containsKey(p)) {
                continue;
            }
            Double upper = i > 0 ? placed.get(order.get(i - 1)) : null;
            Double lower = null;
            for (int j = i + 1; j < order.size() && lower == null; j++) {
                if (!ranks.containsKey(order.get(j))) {
                    lower = placed.get(order.get(j));
                }
            }
            double v;
            if (upper == null && lower == null) {
                v = value(values, p);
            } else if (upper == null) {
                v = lower * 1.01;
            } else if (lower == null) {
                v = upper * 0.99;
            } else {
                v = StrictMath.sqrt(upper * lower);
            }
            placed.put(p, v);
        }
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (String p : values.keySet()) {
            out.put(p, placed.get(p));
        }
        return out;
    }

    /** Ranks (1 = largest) of the given values; ties share the better rank. */
    public static Map<String, Integer> ranks(Map<String, Double> values) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            int rank = 1;
            for (double other : values.values()) {
                if (other > e.getValue()) {
                    rank++;
                }
            }
            out.put(e.getKey(), rank);
        }
        return out;
    }

    static double value(Map<String, Double> proxy, String p) {
        Double v = proxy.get(p);
        if (v == null || v.isNaN()) {
            throw new IllegalArgumentException("The proxy has no value for " + p);
        }
        return v;
    }
}
