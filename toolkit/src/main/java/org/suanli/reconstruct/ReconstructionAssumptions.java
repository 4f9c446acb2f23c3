package org.suanli.reconstruct;

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
 * @param beijingComputeLead A7: 北京's server and AI-server compute as a multiple of 广东's (default
 *                          {@value #BEIJING_LEAD_READING}); empty splits the top five by GDP rearranged, which gives
 *                          北京 广东's GDP and so only about 1.05× the second — too little for the book's
 *                          "北京领先优势较大" (a large lead)
 */
public record ReconstructionAssumptions(double boundMargin, double proxyExponent, boolean tierOrder,
                                        boolean shaanxiPlacement, OptionalDouble eastWeight,
                                        OptionalDouble beijingComputeLead) {

    /**
     * A7's default: our reading of 「北京领先优势较大」 (二(二)2, "北京 leads by a large margin") as 北京 having half
     * again as much server and AI-server compute as 广东, the second. The book gives no number; 1.5 is a reading, not
     * a measurement: the smallest round ratio we would call a large lead. GDP alone gives 1.05, which the words rule
     * out. The sensitivity analysis (issue 13) varies it.
     */
    public static final double BEIJING_LEAD_READING = 1.5;

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
        return new ReconstructionAssumptions(0.02, 1.0, true, true, OptionalDouble.empty(),
                OptionalDouble.of(BEIJING_LEAD_READING));
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

    /** A7 off: the top five split by GDP rearranged, as in the first version of the reconstruction. */
    public ReconstructionAssumptions withoutBeijingComputeLead() {
        return new ReconstructionAssumptions(boundMargin, proxyExponent, tierOrder, shaanxiPlacement, eastWeight,
                OptionalDouble.empty());
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
