package org.suanli.economy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Places each province as supply-driven, demand-pull or coordinated, following the descriptions in the blue book's
 * 三(四), which give no formula:
 * <ul>
 *   <li>供给驱动型 "本地算力规模和计算产业规模较大，且发展环境较好，并为其他省份消费及行业应用提供算力支撑": the supply
 *       sub-indices are high, and the province holds more compute than its own economy uses;</li>
 *   <li>需求拉动型 "本地算力需求旺盛，算力消费应用水平和行业应用水平较高": the application sub-index is high relative to
 *       supply;</li>
 *   <li>协同发展型 "数字经济与算力协同发展": supply and demand are in step.</li>
 * </ul>
 *
 * <p>The rule. Every sub-index is turned into a percentile rank over the provinces (0 = lowest, 1 = highest, ties
 * averaged), so that sub-indices standardised in different ways can be compared. S and D are the weighted means of
 * the supply-side and demand-side ranks. Optionally a compute balance enters: the ratio of a province's share of
 * national compute (e.g. the server + AI-server compute indicators) to its share of the economy (e.g. GDP), as a
 * percentile rank of its logarithm mapped to [−1, 1]. The score is (1 − λ)(S − D) + λC; above θ is supply-driven,
 * below −θ demand-pull, otherwise coordinated. Ranks make the rule independent of the index's normalisation, but
 * they also mean the types are relative: some provinces are always at either end.
 */
public final class Typology {
    private static final double EPS = 1e-9;

    private Typology() {
    }

    /** The blue book's examples (三(四)); "等" means the lists are not exhaustive. */
    public static final Map<String, ProvinceType> BOOK = bookList();

    private static Map<String, ProvinceType> bookList() {
        Map<String, ProvinceType> m = new LinkedHashMap<>();
        for (String p : List.of("北京", "上海")) {
            m.put(p, ProvinceType.SUPPLY_DRIVEN);
        }
        for (String p : List.of("江苏", "山东", "四川", "河南", "湖北", "福建", "湖南")) {
            m.put(p, ProvinceType.DEMAND_PULL);
        }
        for (String p : List.of("广东", "陕西", "重庆")) {
            m.put(p, ProvinceType.COORDINATED);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Classification from the sub-indices alone (λ is treated as 0). */
    public static TypologyResult classify(IndexScores scores, TypologyRule rule) {
        return classify(scores, rule, null, null);
    }

    /**
     * @param computeSupply  province → local compute (any positive measure), or null to use the sub-indices only
     * @param economy        province → economic size (GDP or digital economy), required when computeSupply is given
     */
    public static TypologyResult classify(IndexScores scores, TypologyRule rule, Map<String, Double> computeSupply,
                                          Map<String, Double> economy) {
        List<String> provinces = scores.provinces();
        int n = provinces.size();
        if (n < 3) {
            throw new IllegalArgumentException("the typology ranks provinces against each other; it needs at least 3, got " + n);
        }
        Map<String, double[]> pct = new LinkedHashMap<>();
        for (String key : union(rule)) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = scores.value(provinces.get(i), key);
            }
            pct.put(key, percentiles(v));
        }
        double[] s = weighted(rule.supplyWeights(), pct, n);
        double[] d = weighted(rule.demandWeights(), pct, n);

        boolean withCompute = computeSupply != null;
        double lambda = withCompute ? rule.computeBalanceWeight() : 0;
        double[] ratio = new double[n];
        double[] c = new double[n];
        if (withCompute) {
            if (economy == null) {
                throw new IllegalArgumentException("a compute balance needs the economy variable (GDP or digital economy) too");
            }
            double totC = 0;
            double totE = 0;
            double[] cv = new double[n];
            double[] ev = new double[n];
            for (int i = 0; i < n; i++) {
                String p = provinces.get(i);
                Double cs = computeSupply.get(p);
                Double ec = economy.get(p);
                if (cs == null || ec == null) {
                    throw new IllegalArgumentException("compute balance: no " + (cs == null ? "compute" : "economy") + " value for " + p);
                }
                if (!(cs > 0) || !(ec > 0)) {
                    throw new IllegalArgumentException("compute balance: values must be positive, " + p + " has compute " + cs
                            + " and economy " + ec);
                }
                cv[i] = cs;
                ev[i] = ec;
                totC += cs;
                totE += ec;
            }
            double[] logRatio = new double[n];
            for (int i = 0; i < n; i++) {
                ratio[i] = (cv[i] / totC) / (ev[i] / totE);
                logRatio[i] = Math.log(ratio[i]);
            }
            double[] pr = percentiles(logRatio);
            for (int i = 0; i < n; i++) {
                c[i] = 2 * pr[i] - 1;
            }
        } else {
            Arrays.fill(ratio, Double.NaN);
        }
        List<TypologyAssignment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double score = (1 - lambda) * (s[i] - d[i]) + lambda * c[i];
            // A score within rounding of ±θ counts as on the boundary (coordinated), so that a printed "+0.15 vs θ 0.15"
            // never reads as supply-driven.
            ProvinceType t = score > rule.threshold() + EPS ? ProvinceType.SUPPLY_DRIVEN
                    : score < -rule.threshold() - EPS ? ProvinceType.DEMAND_PULL : ProvinceType.COORDINATED;
            out.add(new TypologyAssignment(provinces.get(i), s[i], d[i], ratio[i], c[i], score, t));
        }
        return new TypologyResult(rule, scores.basis(), withCompute, out, scores.indexValues(), scores.year());
    }

    /** Percentile ranks (rank − 1)/(n − 1) with average ranks for ties: 0 for the lowest, 1 for the highest. */
    static double[] percentiles(double[] v) {
        double[] r = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(v);
        double[] p = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            p[i] = (r[i] - 1) / (v.length - 1);
        }
        return p;
    }

    private static double[] weighted(Map<String, Double> w, Map<String, double[]> pct, int n) {
        double[] out = new double[n];
        w.forEach((k, wk) -> {
            double[] p = pct.get(k);
            for (int i = 0; i < n; i++) {
                out[i] += wk * p[i];
            }
        });
        return out;
    }

    private static List<String> union(TypologyRule rule) {
        List<String> keys = new ArrayList<>(rule.supplyWeights().keySet());
        for (String k : rule.demandWeights().keySet()) {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return keys;
    }
}
