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

    /** "values: 4 stated, 3 back-cast from growth, 1 interpolated (assumption)" for a capacity series' bars. */
    static String capacity(CapacitySeries s) {
        Map<CapacitySeries.Basis, Integer> counts = new EnumMap<>(CapacitySeries.Basis.class);
        s.points().forEach(p -> counts.merge(p.basis(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((basis, n) -> parts.add(ChartStyle.label(n + " 个" + basis.zh(), n + " " + basis.en())));
        return ChartStyle.label("数值：" + String.join("、", parts) + "；增速由其计算",
                "values: " + String.join(", ", parts) + "; growth computed from them");
    }

    /** The fleet model's figures: computed, with parameters fitted on the book's totals (docs/capacity.md). */
    static String fleet() {
        return ChartStyle.label("数值：由算力存量模型计算（出货量 × 单台算力，参数按书中总量拟合；见 docs/capacity.md）",
                "values: computed by the capacity fleet model (shipments × compute per server, fitted on the book's "
                + "stated totals; see docs/capacity.md)");
    }

    /** Stated shares, and the remainder computed from them. */
    static String countryShares(int stated) {
        return ChartStyle.label("数值：" + stated + " 个书中数值；其他地区按 100% 减去它们计算",
                "values: " + stated + " stated; the rest of the world computed as 100% minus them");
    }

    static String hierarchy(AhpHierarchy h) {
        return ChartStyle.label(String.format(Locale.ROOT, "由层次分析法根据 %d 位专家在 %d 个节点的两两比较判断计算"
                        + "（data/ahp/ 中随附的专家组为示例，并非蓝皮书的）", h.expertCount(), h.nodeResults().size()),
                String.format(Locale.ROOT, "computed by AHP from the pairwise judgments of %d expert%s at %d nodes "
                        + "(the shipped panel in data/ahp/ is illustrative, not the book's)",
                h.expertCount(), h.expertCount() == 1 ? "" : "s", h.nodeResults().size()));
    }

    static String priorities(Priorities p) {
        int n = p.labels().size();
        return String.format(Locale.ROOT, ChartStyle.label("由一个 %d×%d 两两比较矩阵计算（%s）",
                "computed from one %d×%d pairwise matrix (%s)"), n, n, p.method());
    }

    /** "x: the index (…); y: GDP 2023, 31 official, 0 reconstructed (source)". */
    static String regression(EconomyRegressionResult r) {
        EconomicVariable v = r.variable();
        int reconstructed = v.reconstructed().size();
        int sourced = v.values().size() - reconstructed;
        return ChartStyle.label("横轴：综合指数（" + r.indexBasis() + "）；纵轴：" + v.nameZh() + " " + v.year() + "，数值："
                        + sourced + " 个来自其来源、" + reconstructed + " 个重构（" + v.source() + "）",
                "x: the composite index (" + r.indexBasis() + "); y: " + v.nameEn() + " " + v.year() + ", values: "
                + sourced + " from its source, " + reconstructed + " reconstructed (" + v.source() + ")");
    }

    static String growth(List<GrowthRate> rates) {
        long stated = rates.stream().filter(g -> g.basis() == GrowthRate.Basis.STATED).count();
        return ChartStyle.label("数值：" + stated + " 个书中数值、" + (rates.size() - stated) + " 个由序列计算",
                "values: " + stated + " stated, " + (rates.size() - stated) + " computed from series");
    }

    static String uncertainty(UncertaintyResult r) {
        return ChartStyle.label("由指数模型在 " + r.inputs().size() + " 个不确定输入下的 " + r.runs() + " 次运行计算，"
                        + r.year() + " 年",
                "computed from " + r.runs() + " runs of the index model over " + r.inputs().size()
                + " uncertain inputs, " + r.year());
    }

    static String sobol(SobolResult r) {
        return ChartStyle.label("由 " + r.runs() + " 次模型运行计算（基础样本 N = " + r.n() + "，种子 " + r.seed() + "）",
                "computed from " + r.runs() + " model runs (base sample N = " + r.n() + ", seed " + r.seed() + ")");
    }
}
