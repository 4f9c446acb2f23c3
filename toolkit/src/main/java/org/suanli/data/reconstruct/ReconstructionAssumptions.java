package org.suanli.data.reconstruct;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * The reconstruction's free parameters in one place, so that a sensitivity analysis can vary them and a reader
 * can see them. {@link #standard()} holds the documented defaults (data/RECONSTRUCTION.md, "The assumptions,
 * named"); {@code Reconstruction.run(dataDir)} uses exactly these and reproduces {@code data/indicators.csv}.
 *
 * <p>Only parameters that are <em>not</em> in the blue book live here. The book's statements (totals, shares,
 * ranks) are read from the facts file and are not parameters.
 *
 * @param boundMargin       A1: where the book gives only a lower bound ("超过/突破 X"), the value is put this
 *                          fraction above X (default 0.02)
 * @param proxyExponent     A2: national remainders are spread in proportion to GDP 2023 raised to this power
 *                          (default 1: plain GDP; below 1 flattens the spread, above 1 concentrates it)
 * @param tierOrder         A4: provinces an indicator's statements do not name are ordered by the book's overall
 *                          tiers (top six, then ranks 7–15) before GDP; false orders them by GDP alone
 * @param shaanxiPlacement  A8: 陕西 is put 11th in R&D and patents in 2023 and 15th in 2022, so that the
 *                          technology sub-index can show its stated rise ({@code tech.shaanxi}); false leaves it
 *                          where GDP puts it
 * @param eastWeight        the weight λ on the east provinces outside the stated compute ranks (河北, 福建, 海南);
 *                          empty solves λ so that the east holds the stated 91% of device compute
 *                          ({@code scale.east_share})
 * @param beijingComputeLead A7: 北京's server and AI-server compute as a multiple of 广东's; empty splits the top
 *                          five by GDP rearranged (北京 then gets 广东's GDP, about 1.05× the next)
 */
public record ReconstructionAssumptions(double boundMargin, double proxyExponent, boolean tierOrder,
                                        boolean shaanxiPlacement, OptionalDouble eastWeight,
                                        OptionalDouble beijingComputeLead) {

    public ReconstructionAssumptions {
        if (!(boundMargin >= 0 && boundMargin < 1)) {
            throw new IllegalArgumentException("the bound margin (A1) must be in [0, 1), got " + boundMargin);
        }
        if (!(proxyExponent > 0 && proxyExponent <= 4)) {
            throw new IllegalArgumentException("the proxy exponent (A2) must be in (0, 4], got " + proxyExponent);
        }
        if (eastWeight == null || beijingComputeLead == null) {
            throw new IllegalArgumentException("use OptionalDouble.empty() for a parameter that is solved or left to GDP");
        }
        if (eastWeight.isPresent() && !(eastWeight.getAsDouble() >= 0 && eastWeight.getAsDouble() <= 4)) {
            throw new IllegalArgumentException("the east weight λ must be in [0, 4], got " + eastWeight.getAsDouble());
        }
        if (beijingComputeLead.isPresent() && !(beijingComputeLead.getAsDouble() > 1
                && beijingComputeLead.getAsDouble() <= 10)) {
            throw new IllegalArgumentException("北京's compute lead over 广东 (A7) must be in (1, 10] (the book puts 北京"
                    + " first), got " + beijingComputeLead.getAsDouble());
        }
    }

    /** The documented defaults: the values that produce the shipped {@code data/indicators.csv}. */
    public static ReconstructionAssumptions standard() {
        return new ReconstructionAssumptions(0.02, 1.0, true, true, OptionalDouble.empty(), OptionalDouble.empty());
    }

    public ReconstructionAssumptions withBoundMargin(double m) {
        return new ReconstructionAssumptions(m, proxyExponent, tierOrder, shaanxiPlacement, eastWeight,
                beijingComputeLead);
    }

    public ReconstructionAssumptions withProxyExponent(double a) {
        return new ReconstructionAssumptions(boundMargin, a, tierOrder, shaanxiPlacement, eastWeight,
                beijingComputeLead);
    }

    public ReconstructionAssumptions withTierOrder(boolean on) {
        return new ReconstructionAssumptions(boundMargin, proxyExponent, on, shaanxiPlacement, eastWeight,
                beijingComputeLead);
    }

    public ReconstructionAssumptions withShaanxiPlacement(boolean on) {
        return new ReconstructionAssumptions(boundMargin, proxyExponent, tierOrder, on, eastWeight,
                beijingComputeLead);
    }

    /** λ fixed instead of solved for the 91% east share. */
    public ReconstructionAssumptions withEastWeight(double lambda) {
        return new ReconstructionAssumptions(boundMargin, proxyExponent, tierOrder, shaanxiPlacement,
                OptionalDouble.of(lambda), beijingComputeLead);
    }

    public ReconstructionAssumptions withBeijingComputeLead(double ratio) {
        return new ReconstructionAssumptions(boundMargin, proxyExponent, tierOrder, shaanxiPlacement, eastWeight,
                OptionalDouble.of(ratio));
    }

    /** The margin as the source column prints it, e.g. "2%". */
    public String boundMarginText() {
        return new BigDecimal(Double.toString(boundMargin * 100)).stripTrailingZeros().toPlainString() + "%";
    }
}
