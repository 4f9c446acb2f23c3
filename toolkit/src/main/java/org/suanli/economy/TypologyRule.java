package org.suanli.economy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of the typology rule (see {@link Typology} for the rule itself).
 *
 * @param supplyWeights        sub-index key → weight of the supply side; the book's supply-driven provinces have
 *                             "本地算力规模和计算产业规模较大，且发展环境较好" (scale, industry, environment)
 * @param demandWeights        sub-index key → weight of the demand side; demand-pull provinces have
 *                             "算力消费应用水平和行业应用水平较高" (application)
 * @param computeBalanceWeight λ in [0, 1]: the weight of the compute supply–demand balance (a province's share of
 *                             national compute over its share of the economy) against the sub-index gap
 * @param threshold            θ &gt; 0: score above θ is supply-driven, below −θ demand-pull, in between coordinated
 */
public record TypologyRule(Map<String, Double> supplyWeights, Map<String, Double> demandWeights,
                           double computeBalanceWeight, double threshold) {

    public TypologyRule {
        supplyWeights = checked("supply", supplyWeights);
        demandWeights = checked("demand", demandWeights);
        if (!(computeBalanceWeight >= 0 && computeBalanceWeight <= 1)) {
            throw new IllegalArgumentException("the compute-balance weight λ must lie in [0, 1], got " + computeBalanceWeight);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the threshold θ must lie in (0, 1) (the score runs from −1 to 1), got " + threshold);
        }
    }

    /**
     * The default: supply = 0.4 scale + 0.4 industry + 0.2 environment, demand = application, λ = 0.5, θ = 0.15.
     * The weights follow the order of the book's wording (scale and industry "较大", environment "较好"); θ = 0.15 means
     * "more than 15 percentile points apart" and was fixed before comparing with the book's list, not tuned to it.
     */
    public static TypologyRule standard() {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("scale", 0.4);
        s.put("industry", 0.4);
        s.put("environment", 0.2);
        return new TypologyRule(s, Map.of("application", 1.0), 0.5, 0.15);
    }

    public TypologyRule withThreshold(double t) {
        return new TypologyRule(supplyWeights, demandWeights, computeBalanceWeight, t);
    }

    public TypologyRule withComputeBalanceWeight(double l) {
        return new TypologyRule(supplyWeights, demandWeights, l, threshold);
    }

    private static Map<String, Double> checked(String side, Map<String, Double> w) {
        if (w == null || w.isEmpty()) {
            throw new IllegalArgumentException("the " + side + " side needs at least one sub-index weight");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : w.entrySet()) {
            if (!IndexScores.SUB_INDICES.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown sub-index '" + e.getKey() + "' on the " + side + " side; use one of "
                        + IndexScores.SUB_INDICES);
            }
            if (e.getValue() == null || !(e.getValue() >= 0) || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("weight of " + e.getKey() + " on the " + side + " side must be ≥ 0, got " + e.getValue());
            }
            sum += e.getValue();
            copy.put(e.getKey(), e.getValue());
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the " + side + " weights sum to 0");
        }
        for (Map.Entry<String, Double> e : copy.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "supply %s, demand %s, λ = %.2f, θ = %.2f", supplyWeights, demandWeights,
                computeBalanceWeight, threshold);
    }
}
