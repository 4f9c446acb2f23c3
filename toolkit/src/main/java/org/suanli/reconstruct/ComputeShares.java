package org.suanli.reconstruct;

import static org.suanli.reconstruct.RankShaping.Group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.suanli.capacity.ChinaFleets;
import org.suanli.capacity.ComputeKind;
import org.suanli.capacity.FleetModel;
import org.suanli.capacity.ProvincialCompute;
import org.suanli.capacity.ProvincialEstimate;
import org.suanli.data.Provenance;
import org.suanli.scorecard.Statement;

/**
 * Indicators 1–3 (server, AI-server and supercomputer compute) by the capacity module's fleet method: a
 * province's compute is the national cohorts weighted by its share of each year's shipments
 * ({@link ProvincialCompute}). This class only makes the shares, from the book's statements:
 * <ul>
 *   <li>the top five (北京, first in the scale sub-index, and the first four listed of the second tier:
 *       广东、浙江、江苏、上海 — an inference, the book does not name them) hold a shipment share that changes
 *       linearly by year, solved so that their compute share is 81%/92% in 2023 and 79%/90% in 2022;</li>
 *   <li>inside the five and among the rest (山东、天津 first, completing the second tier) the split is GDP,
 *       rearranged to that order;</li>
 *   <li>the other east provinces' weight is multiplied by λ, solved so that the east holds 91% of the
 *       national device compute in 2023;</li>
 *   <li>supercomputers: one share per province (a stock, not shipments), GDP rearranged to the order
 *       广东、天津、山东、江苏、北京、浙江、陕西、四川.</li>
 * </ul>
 */
final class ComputeShares {

    private final Reconstruction r;

    ComputeShares(Reconstruction r) {
        this.r = r;
    }

    void build() {
        List<String> provinces = r.provinces;
        Map<String, Double> gdp = r.proxy;
        String first = r.facts.get("scale.beijing_first").provinces().get(0);
        List<String> tier2 = r.facts.get("scale.second_tier").provinces();
        List<String> top5 = new ArrayList<>();
        top5.add(first);
        top5.addAll(tier2.subList(0, 4));
        List<String> next = tier2.subList(4, tier2.size());
        Map<String, Double> inTop = normalise(withLead(RankShaping.rearrange(top5, gdp), first, top5.get(1)));
        List<String> restOrder = r.order(gdp, List.of(new Group(next, true)), Set.copyOf(top5));
        Map<String, Double> restBase = RankShaping.rearrange(restOrder, gdp);

        Statement shares = r.facts.get("scale.top5_shares");
        FleetModel basic = ChinaFleets.of(ComputeKind.BASIC);
        FleetModel ai = ChinaFleets.of(ComputeKind.INTELLIGENT);
        FleetModel hpc = ChinaFleets.of(ComputeKind.SUPER);
        double[] gBasic = linearShare(basic, shares.number("general_servers_top5_share_2023").orElseThrow() / 100,
                shares.number("general_servers_top5_share_2022").orElseThrow() / 100);
        double[] gAi = linearShare(ai, shares.number("ai_servers_top5_share_2023").orElseThrow() / 100,
                shares.number("ai_servers_top5_share_2022").orElseThrow() / 100);

        List<String> leaders = r.facts.get("scale.supercomputing_leaders").provinces();
        Map<String, Double> superShare = normalise(RankShaping.rearrange(
                r.order(gdp, List.of(new Group(leaders, true))), gdp));

        double target = r.facts.get("scale.east_share").number().orElseThrow() / 100;
        Set<String> adjustable = new LinkedHashSet<>(r.east);
        adjustable.removeAll(top5);
        adjustable.removeAll(next);
        double lambda;
        if (r.assumptions.eastWeight().isPresent()) {
            lambda = r.assumptions.eastWeight().getAsDouble();
        } else {
            double lo = 0;
            double hi = 4;
            if (eastShare(0, basic, ai, hpc, gBasic, gAi, top5, inTop, restBase, adjustable, superShare) > target
                    || eastShare(hi, basic, ai, hpc, gBasic, gAi, top5, inTop, restBase, adjustable, superShare) < target) {
                throw new IllegalStateException("the east's 91% share cannot be reached by reweighting " + adjustable);
            }
            for (int i = 0; i < 100; i++) {
                double mid = (lo + hi) / 2;
                if (eastShare(mid, basic, ai, hpc, gBasic, gAi, top5, inTop, restBase, adjustable, superShare) < target) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            lambda = Math.round((lo + hi) / 2 * 1e6) / 1e6;
        }

        Map<String, Double> rest = restWeights(lambda, restBase, adjustable);
        String common = String.format(Locale.ROOT, "fleet method of org.suanli.capacity (ProvincialCompute over the"
                + " national fleet ChinaFleets) × provincial shipment shares: the top five 北京>广东>浙江>江苏>上海"
                + " (北京 first [scale.beijing_first] + the first four of the second tier [scale.second_tier]; inferred)"
                + (r.assumptions.beijingComputeLead().isPresent() ? String.format(Locale.ROOT, " with 北京 at %.2f× 广东"
                        + " (A7: our reading of 北京领先优势较大 [scale.beijing_first])",
                        r.assumptions.beijingComputeLead().getAsDouble()).replace("%", "%%") : "")
                + " hold a share of each year's shipments rising linearly so that their compute share is"
                + " 81%%/92%% in 2023 and 79%%/90%% in 2022 [scale.top5_shares], split among them by GDP 2023 rearranged;"
                + " the rest by GDP 2023 rearranged with 山东、天津 6th-7th [scale.second_tier], then the "
                + r.unnamed.replace("%", "%%") + ", and the other east provinces"
                + (r.assumptions.eastWeight().isPresent() ? " weighted ×%.4f (fixed by assumption)"
                        : " weighted ×%.4f so the east holds 91%% of device compute in 2023 [scale.east_share]"), lambda);
        for (int year : List.of(Reconstruction.PREVIOUS, Reconstruction.YEAR)) {
            emit(Reconstruction.SERVER, basic, year, gBasic, top5, inTop, rest, common);
            emit(Reconstruction.AI, ai, year, gAi, top5, inTop, rest, common);
            Map<String, double[]> s = new LinkedHashMap<>();
            superShare.forEach((p, v) -> s.put(p, new double[] {v}));
            ProvincialEstimate e = ProvincialCompute.estimate(hpc, year, s);
            String m = String.format(Locale.ROOT, "national %.3f EFlops (ChinaFleets supercomputing stock) × the"
                    + " province's share: GDP 2023 rearranged to the stated order 广东>天津>山东>江苏>北京>浙江>陕西>四川"
                    + " [scale.supercomputing_leaders], " + r.unnamed + " (same shares in 2022)", e.nationalEflops());
            e.eflops().forEach((p, v) -> r.put(Reconstruction.SUPER, year, p, v, Provenance.RECONSTRUCTED,
                    Reconstruction.recon("compute", m)));
            // The 2022 stock is the residual of the stated totals and growth rates (435 EFlops +44%, basic +17%, AI
            // +62%), so those statements ask for its growth.
            for (String p : r.provinces) {
                r.asked(Reconstruction.SUPER, p, "national.04");
            }
        }
    }

    private void emit(String key, FleetModel fleet, int year, double[] g, List<String> top5, Map<String, Double> inTop,
                      Map<String, Double> rest, String method) {
        // The national growth the fleets are calibrated to, and for the top five their stated 2022 shares.
        String growth = key.equals(Reconstruction.SERVER) ? "national.05" : "national.08";
        for (String p : r.provinces) {
            r.asked(key, p, growth);
        }
        top5.forEach(p -> r.asked(key, p, "scale.top5_shares"));
        ProvincialEstimate e = ProvincialCompute.estimate(fleet, year, shares(fleet, year, g, top5, inTop, rest));
        e.eflops().forEach((p, v) -> r.put(key, year, p, v, Provenance.RECONSTRUCTED, Reconstruction.recon("compute",
                String.format(Locale.ROOT, "national %.2f EFlops; ", e.nationalEflops()) + method)));
    }

    /** Top-five share of each cohort year 2017..2023 as a + b·(y − 2023), solved for the two stated shares. */
    static double[] linearShare(FleetModel fleet, double s23, double s22) {
        double[][] m = new double[2][3];
        int row = 0;
        for (int year : new int[] {2023, 2022}) {
            int[] ys = fleet.windowYears(year);
            double[] c = fleet.cohortsEflops(year);
            double sum = 0;
            double weighted = 0;
            for (int i = 0; i < ys.length; i++) {
                sum += c[i];
                weighted += (ys[i] - 2023) * c[i];
            }
            m[row][0] = sum;
            m[row][1] = weighted;
            m[row][2] = (year == 2023 ? s23 : s22) * sum;
            row++;
        }
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        double a = (m[0][2] * m[1][1] - m[0][1] * m[1][2]) / det;
        double b = (m[0][0] * m[1][2] - m[0][2] * m[1][0]) / det;
        for (int y = 2017; y <= 2023; y++) {
            double g = a + b * (y - 2023);
            if (!(g > 0 && g < 1)) {
                throw new IllegalStateException(fleet.name() + ": the top-five shipment share for " + y + " would be " + g);
            }
        }
        return new double[] {a, b};
    }

    private static Map<String, double[]> shares(FleetModel fleet, int year, double[] g, List<String> top5,
                                                Map<String, Double> inTop, Map<String, Double> rest) {
        int[] ys = fleet.windowYears(year);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String p : top5) {
            double[] s = new double[ys.length];
            for (int i = 0; i < ys.length; i++) {
                s[i] = (g[0] + g[1] * (ys[i] - 2023)) * inTop.get(p);
            }
            out.put(p, s);
        }
        rest.forEach((p, w) -> {
            double[] s = new double[ys.length];
            for (int i = 0; i < ys.length; i++) {
                s[i] = (1 - (g[0] + g[1] * (ys[i] - 2023))) * w;
            }
            out.put(p, s);
        });
        return out;
    }

    /**
     * A7: 北京's weight set to the assumed multiple of 广东's (the others keep theirs); without the assumption the
     * GDP-rearranged weights stay. Server and AI-server compute inside the top five are proportional to these
     * weights, so the ratio of the weights is the ratio of the compute.
     */
    private Map<String, Double> withLead(Map<String, Double> weights, String leader, String second) {
        if (r.assumptions.beijingComputeLead().isEmpty()) {
            return weights;
        }
        Map<String, Double> out = new LinkedHashMap<>(weights);
        out.put(leader, weights.get(second) * r.assumptions.beijingComputeLead().getAsDouble());
        return out;
    }

    private static Map<String, Double> restWeights(double lambda, Map<String, Double> base, Set<String> adjustable) {
        Map<String, Double> w = new LinkedHashMap<>();
        base.forEach((p, v) -> w.put(p, adjustable.contains(p) ? v * lambda : v));
        return normalise(w);
    }

    private double eastShare(double lambda, FleetModel basic, FleetModel ai, FleetModel hpc, double[] gB, double[] gA,
                             List<String> top5, Map<String, Double> inTop, Map<String, Double> restBase,
                             Set<String> adjustable, Map<String, Double> superShare) {
        Map<String, Double> rest = restWeights(lambda, restBase, adjustable);
        int y = Reconstruction.YEAR;
        ProvincialEstimate b = ProvincialCompute.estimate(basic, y, shares(basic, y, gB, top5, inTop, rest));
        ProvincialEstimate a = ProvincialCompute.estimate(ai, y, shares(ai, y, gA, top5, inTop, rest));
        Map<String, double[]> s = new LinkedHashMap<>();
        superShare.forEach((p, v) -> s.put(p, new double[] {v}));
        ProvincialEstimate h = ProvincialCompute.estimate(hpc, y, s);
        double eastSum = 0;
        double all = 0;
        for (String p : r.provinces) {
            double v = b.eflops(p) + a.eflops(p) + h.eflops(p);
            all += v;
            if (r.east.contains(p)) {
                eastSum += v;
            }
        }
        return eastSum / all;
    }

    private static Map<String, Double> normalise(Map<String, Double> m) {
        return RankShaping.scaleTo(m, 1.0);
    }
}
