package org.suanli.charts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.Priorities;
import org.suanli.capacity.CapacitySeries;
import org.suanli.data.ShownProvenance;
import org.suanli.economy.EconomicVariable;
import org.suanli.economy.EconomyRegressionResult;
import org.suanli.economy.GrowthRate;
import org.suanli.sensitivity.SobolResult;
import org.suanli.sensitivity.UncertaintyResult;

/**
 * The provenance captions of the charts that do not draw indicator values directly (capacity, AHP, economy,
 * sensitivity), in the words of {@link ShownProvenance#describe}: a reader of any chart learns whether its numbers are
 * the book's, an official statistic, ours by a documented method, or computed from such values.
 */
final class ChartCaptions {

    private ChartCaptions() {
    }

    static <C> C attach(C chart, String caption) {
        return ShownProvenance.attach(chart, new ShownProvenance(caption, null, Map.of()));
    }

    /** "values: 4 stated, 3 back-cast from growth, 1 interpolated (assumption)" for a capacity series' bars. */
    static String capacity(CapacitySeries s) {
        Map<CapacitySeries.Basis, Integer> counts = new EnumMap<>(CapacitySeries.Basis.class);
        s.points().forEach(p -> counts.merge(p.basis(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((basis, n) -> parts.add(n + " " + basis.en()));
        return "values: " + String.join(", ", parts) + "; growth computed from them";
    }

    /** The fleet model's figures: computed, with parameters fitted on the book's totals (docs/capacity.md). */
    static String fleet() {
        return "values: computed by the capacity fleet model (shipments × compute per server, fitted on the book's "
                + "stated totals; see docs/capacity.md)";
    }

    /** Stated shares, and the remainder computed from them. */
    static String countryShares(int stated) {
        return "values: " + stated + " stated; the rest of the world computed as 100% minus them";
    }

    static String hierarchy(AhpHierarchy h) {
        return String.format(Locale.ROOT, "computed by AHP from the pairwise judgments of %d expert%s at %d nodes "
                        + "(the shipped panel in data/ahp/ is illustrative, not the book's)",
                h.expertCount(), h.expertCount() == 1 ? "" : "s", h.nodeResults().size());
    }

    static String priorities(Priorities p) {
        return String.format(Locale.ROOT, "computed from one %d×%d pairwise matrix (%s)", p.labels().size(),
                p.labels().size(), p.method());
    }

    /** "x: the index (…); y: GDP 2023, 31 official, 0 reconstructed (source)". */
    static String regression(EconomyRegressionResult r) {
        EconomicVariable v = r.variable();
        int reconstructed = v.reconstructed().size();
        return "x: the composite index (" + r.indexBasis() + "); y: " + v.nameEn() + " " + v.year() + ", values: "
                + (v.values().size() - reconstructed) + " from its source, " + reconstructed + " reconstructed ("
                + v.source() + ")";
    }

    static String growth(List<GrowthRate> rates) {
        long stated = rates.stream().filter(g -> g.basis() == GrowthRate.Basis.STATED).count();
        return "values: " + stated + " stated, " + (rates.size() - stated) + " computed from series";
    }

    static String uncertainty(UncertaintyResult r) {
        return "computed from " + r.runs() + " runs of the index model over " + r.inputs().size()
                + " uncertain inputs, " + r.year();
    }

    static String sobol(SobolResult r) {
        return "computed from " + r.runs() + " model runs (base sample N = " + r.n() + ", seed " + r.seed() + ")";
    }
}
