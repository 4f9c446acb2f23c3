package org.suanli.economy;

import java.util.Locale;

/**
 * One province placed by the typology rule, with every quantity the decision used.
 *
 * @param province       short Chinese name
 * @param supplyLevel    S: weighted percentile rank of the supply sub-indices, 0 (lowest) to 1 (highest)
 * @param demandLevel    D: weighted percentile rank of the demand sub-indices
 * @param computeRatio   the province's share of national compute divided by its share of the economy; NaN when not given
 * @param computeBalance C: 2·(percentile of ln computeRatio) − 1, in [−1, 1]; 0 when not given
 * @param score          (1 − λ)(S − D) + λ·C
 * @param type           the type the rule assigns
 */
public record TypologyAssignment(String province, double supplyLevel, double demandLevel, double computeRatio,
                                 double computeBalance, double score, ProvinceType type) {
    /** A one-line account of the decision. */
    public String explain(TypologyRule rule) {
        String c = Double.isNaN(computeRatio) ? "no compute balance given"
                : String.format(Locale.ROOT, "compute share / economy share = %.2f (C = %+.2f)", computeRatio, computeBalance);
        return String.format(Locale.ROOT, "S = %.2f, D = %.2f (gap %+.2f); %s; score %+.2f vs θ = ±%.2f → %s",
                supplyLevel, demandLevel, supplyLevel - demandLevel, c, score, rule.threshold(), type.nameEn());
    }
}
