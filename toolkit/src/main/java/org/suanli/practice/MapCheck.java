package org.suanli.practice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.suanli.index.IndexResult;

/** Checks of values by key: weights by indicator, rank shifts by province. */
public final class MapCheck extends Answer {

    private final Map<String, Double> values;

    MapCheck(Check check, String name, Map<String, ? extends Number> values) {
        super(check, name);
        if (values == null) {
            this.values = null;
        } else {
            Map<String, Double> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, v == null ? Double.NaN : v.doubleValue()));
            this.values = copy;
        }
    }

    @Override
    boolean missing() {
        return values == null;
    }

    /** Right when it has exactly {@code expected}'s keys and each value is within {@code tolerance}. */
    public void near(Map<String, ? extends Number> expected, double tolerance) {
        judge(() -> judgeNear(expected, tolerance));
    }

    private Feedback judgeNear(Map<String, ? extends Number> expected, double tolerance) {
        {
            if (values == null) {
                return notYet();
            }
            if (values.isEmpty() && !expected.isEmpty()) {
                return hint("is empty; it should have a value for each of " + expected.size() + " keys");
            }
            TreeSet<String> missing = new TreeSet<>(expected.keySet());
            missing.removeAll(values.keySet());
            TreeSet<String> extra = new TreeSet<>(values.keySet());
            extra.removeAll(expected.keySet());
            if (!missing.isEmpty()) {
                return hint("has no value for " + shortList(missing));
            }
            if (!extra.isEmpty()) {
                return hint("has keys that are not asked for: " + shortList(extra));
            }
            List<String> keys = new ArrayList<>(expected.keySet());
            double[] mine = new double[keys.size()];
            double[] theirs = new double[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                mine[i] = values.get(keys.get(i));
                theirs[i] = expected.get(keys.get(i)).doubleValue();
            }
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (!Numbers.close(mine[i], theirs[i], tolerance)) {
                    wrong.add(keys.get(i));
                }
            }
            if (wrong.isEmpty()) {
                return pass("right (every value within " + Numbers.format(tolerance) + ")");
            }
            double expectedSum = Numbers.sum(theirs);
            double sum = Numbers.sum(mine);
            if (Math.abs(expectedSum - 1) < 1e-9 && Math.abs(sum - 1) > tolerance) {
                return hint("your weights do not sum to 1 (they sum to " + Numbers.format(sum) + ")"
                        + (sum != 0 && Numbers.close(Numbers.normalised(mine), theirs, tolerance)
                        ? "; divide each by their total" : ""));
            }
            if (Numbers.close(Numbers.scaled(mine, -1), theirs, tolerance)) {
                return hint("every value has the wrong sign (for a rank shift: new rank − old rank, so a province "
                        + "that falls from 3rd to 5th has +2)");
            }
            return hint(wrong.size() + " of " + keys.size() + " values are not right yet, for example "
                    + wrong.get(0));
        }
    }

    /**
     * Weights after a what-if: the weights of {@code changed} multiplied by {@code factor}, then all of them
     * rescaled to sum 1 (so the others lose in proportion).
     */
    public void isReweighting(Map<String, ? extends Number> base, Collection<String> changed, double factor) {
        judge(() -> {
            Map<String, Double> raw = new LinkedHashMap<>();
            base.forEach((k, v) -> raw.put(k, changed.contains(k) ? v.doubleValue() * factor : v.doubleValue()));
            double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> expected = new LinkedHashMap<>();
            raw.forEach((k, v) -> expected.put(k, v / total));
            if (values != null && Numbers.close(asArray(values, raw), asArray(raw, raw), 1e-9)
                    && !Numbers.close(asArray(raw, raw), asArray(expected, raw), 1e-9)) {
                return hint("you multiplied the weights but did not rescale them: they sum to "
                        + Numbers.format(total) + ", and the index needs weights that sum to 1");
            }
            Map<String, Double> allScaled = new LinkedHashMap<>();
            base.forEach((k, v) -> allScaled.put(k, v.doubleValue() * factor));
            if (values != null && factor != 1 && Numbers.close(asArray(values, raw), asArray(allScaled, raw), 1e-9)) {
                return hint("you multiplied every weight, not only those of the indicators you meant to change");
            }
            if (values != null && Numbers.close(asArray(values, raw), asArray(base, raw), 1e-12)) {
                return hint("these are the original weights, unchanged");
            }
            return judgeNear(expected, 1e-9);
        });
    }

    /**
     * Rank shifts between two runs of the index: for each province, its rank in {@code after} minus its rank in
     * {@code before} (so +2 means it fell two places), for {@code node} ("index" for the composite).
     */
    public void isRankShift(IndexResult before, IndexResult after, int year,
                            String node) {
        judge(() -> {
            Map<String, Double> expected = new LinkedHashMap<>();
            Map<String, Double> scoreChange = new LinkedHashMap<>();
            for (String p : before.provinces()) {
                expected.put(p, after.rank(year, p, node) - before.rank(year, p, node));
                scoreChange.put(p, after.value(year, p, node) - before.value(year, p, node));
            }
            if (values != null && values.keySet().equals(expected.keySet())
                    && Numbers.close(asArray(values, expected), asArray(scoreChange, expected), 1e-9)
                    && !Numbers.close(asArray(scoreChange, expected), asArray(expected, expected), 1e-9)) {
                return hint("these are changes of the scores; the question is about ranks (IndexResult.rank)");
            }
            return judgeNear(expected, 1e-9);
        });
    }

    private static double[] asArray(Map<String, ? extends Number> m, Map<String, ?> order) {
        double[] out = new double[order.size()];
        int i = 0;
        for (String k : order.keySet()) {
            Number v = m.get(k);
            out[i++] = v == null ? Double.NaN : v.doubleValue();
        }
        return out;
    }

    /** Right when the values add up to {@code total} (weights: 1). */
    public void sumsTo(double total, double tolerance) {
        judge(() -> {
            if (values == null) {
                return notYet();
            }
            double sum = values.values().stream().mapToDouble(Double::doubleValue).sum();
            return Math.abs(sum - total) <= tolerance ? pass("sums to " + Numbers.format(total))
                    : hint("your values do not sum to " + Numbers.format(total) + " (they sum to "
                    + Numbers.format(sum) + ")");
        });
    }

    private static String shortList(TreeSet<String> keys) {
        List<String> list = new ArrayList<>(keys);
        return list.size() <= 4 ? String.join(", ", list)
                : String.join(", ", list.subList(0, 4)) + " and " + (list.size() - 4) + " more";
    }
}
