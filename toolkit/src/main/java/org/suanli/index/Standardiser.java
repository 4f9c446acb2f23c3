package org.suanli.index;

import org.suanli.data.Direction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * One way of putting an indicator measured in EFlops, 万台 or 亿元 on a common scale. The blue book does not say
 * which one it uses (三(二)3 only says "对数据进行标准化处理"), so every method the OECD/JRC Handbook on
 * Constructing Composite Indicators (2008, §5) lists for ratio-scale data is offered and named.
 *
 * <p>A method is first {@link #fit fitted} to reference values (the same year, or a base year when indices must
 * compare across years) and the fitted form is then applied to any value. Fitting on a base year is what lets a
 * later year's index exceed 100.
 */
public sealed interface Standardiser {

    /** A short name for tables and legends, e.g. {@code "ratio to max ×100"}. */
    String label();

    /**
     * Fits the method to {@code reference} values (no NaN), labelled by {@code labels} (the provinces, needed only
     * by a reference-province distance), for an indicator of the given direction.
     */
    Fitted fit(double[] reference, List<String> labels, Direction direction);

    /** A fitted standardisation: a function of one raw value, with the parameters it was fitted to. */
    interface Fitted {
        double apply(double x);

        /** The fitted parameters in words, e.g. {@code "min 7.1, max 12"}. */
        String parameters();
    }

    // ---- the methods ----------------------------------------------------------------------------------------

    /** (x − min) / (max − min) × (high − low) + low; min and max are those of the reference values. */
    record MinMax(double low, double high) implements Standardiser {
        @Override
        public String label() {
            return low == 0 && high == 100 ? "min-max 0–100" : "min-max " + fmt(low) + "–" + fmt(high);
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            requireValues(reference, label());
            double min = Arrays.stream(reference).min().orElseThrow();
            double max = Arrays.stream(reference).max().orElseThrow();
            if (max == min) {
                throw new StandardisationException("min-max needs at least two different values; every reference value is "
                        + fmt(min) + ". Use ratio to max, or drop the indicator.");
            }
            double span = high - low;
            return fitted(direction == Direction.POSITIVE
                    ? x -> low + (x - min) / (max - min) * span
                    : x -> low + (max - x) / (max - min) * span, () -> "min " + fmt(min) + ", max " + fmt(max));
        }
    }

    /** x / max × 100: the leader scores 100 (the Handbook's "distance to reference, c = best, ratio"). */
    record RatioToMax() implements Standardiser {
        @Override
        public String label() {
            return "ratio to max ×100";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            requireValues(reference, label());
            double best = direction == Direction.POSITIVE
                    ? Arrays.stream(reference).max().orElseThrow() : Arrays.stream(reference).min().orElseThrow();
            return ratio(best, direction, () -> "leader " + fmt(best), label());
        }
    }

    /**
     * The book reading: x / R × 100 with the reference R = (the reference values' maximum) ÷ k. Fitted on a base
     * year and never re-anchored, the base year's leader scores 100·k and a later year can score more; k > 1 says the
     * book's reference sits below our base-year leader (an earlier base year, or a reference set below the
     * leader). k is declared and fitted in {@code data/calibration.json}, see {@link BookReading}.
     *
     * @param k          the reference factor, R = max ÷ k
     * @param provenance where k comes from, shown in every output's settings
     */
    record RatioToFixedReference(double k, String provenance) implements Standardiser {
        public RatioToFixedReference {
            if (!(k > 0) || !Double.isFinite(k)) {
                throw new IllegalArgumentException("the reference factor k must be a positive number, not " + k);
            }
            provenance = provenance == null || provenance.isBlank() ? "chosen by the user" : provenance;
        }

        /** A k the user chose (not fitted). */
        public RatioToFixedReference(double k) {
            this(k, null);
        }

        @Override
        public String label() {
            return "ratio to reference (base-year max ÷ k, k = " + fmt(k) + ") ×100";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            requireValues(reference, label());
            double best = direction == Direction.POSITIVE
                    ? Arrays.stream(reference).max().orElseThrow() : Arrays.stream(reference).min().orElseThrow();
            double r = direction == Direction.POSITIVE ? best / k : best * k;
            return ratio(r, direction, () -> "reference " + fmt(r) + " (leader " + fmt(best) + ", k " + fmt(k) + ")", label());
        }
    }

    /** x / mean × 100: the average province scores 100. */
    record RatioToMean() implements Standardiser {
        @Override
        public String label() {
            return "ratio to mean ×100";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            requireValues(reference, label());
            double mean = Arrays.stream(reference).average().orElseThrow();
            return ratio(mean, direction, () -> "mean " + fmt(mean), label());
        }
    }

    /** (x − mean) / SD, with the SD stated; centred on 0, so not usable with geometric aggregation. */
    record ZScore(SdKind sd) implements Standardiser {
        @Override
        public String label() {
            return "z-score (" + sd.name().toLowerCase(Locale.ROOT) + " SD)";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            double[] ms = meanSd(reference, sd, label());
            double sign = direction == Direction.POSITIVE ? 1 : -1;
            return fitted(x -> sign * (x - ms[0]) / ms[1], () -> "mean " + fmt(ms[0]) + ", SD " + fmt(ms[1]));
        }
    }

    /** 50 + 10 × z: a z-score moved so that nearly all provinces score between 20 and 80. */
    record TScore(SdKind sd) implements Standardiser {
        @Override
        public String label() {
            return "T-score 50+10z (" + sd.name().toLowerCase(Locale.ROOT) + " SD)";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            double[] ms = meanSd(reference, sd, label());
            double sign = direction == Direction.POSITIVE ? 1 : -1;
            return fitted(x -> 50 + 10 * sign * (x - ms[0]) / ms[1], () -> "mean " + fmt(ms[0]) + ", SD " + fmt(ms[1]));
        }
    }

    /**
     * The rank among the reference values, 1 for the weakest and n for the strongest (the Handbook's Table 15
     * convention: "high value = top in the list"), with the stated tie rule.
     */
    record Rank(TieRule ties) implements Standardiser {
        @Override
        public String label() {
            return "rank (ties: " + ties.name().toLowerCase(Locale.ROOT) + ")";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            requireValues(reference, label());
            double[] sorted = oriented(reference, direction);
            double sign = direction == Direction.POSITIVE ? 1 : -1;
            return fitted(x -> Ranks.rankIn(sorted, sign * x, ties), () -> "n " + reference.length);
        }
    }

    /** rank / n × 100 (the Handbook's Table 15 "percentile" column), with the stated tie rule. */
    record Percentile(TieRule ties) implements Standardiser {
        @Override
        public String label() {
            return "percentile (ties: " + ties.name().toLowerCase(Locale.ROOT) + ")";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            requireValues(reference, label());
            double[] sorted = oriented(reference, direction);
            double sign = direction == Direction.POSITIVE ? 1 : -1;
            int n = reference.length;
            return fitted(x -> Ranks.rankIn(sorted, sign * x, ties) / n * 100, () -> "n " + n);
        }
    }

    /**
     * Distance to a reference value: the ratio x / r × 100 or the relative difference (x − r) / r × 100, where r
     * is a chosen province's value, the leader's, the mean or the worst value of the reference data.
     */
    record DistanceToReference(Reference reference, boolean difference) implements Standardiser {
        public DistanceToReference {
            if (reference == null) {
                throw new IllegalArgumentException("a distance needs a reference (a province, leader, mean or worst)");
            }
        }

        @Override
        public String label() {
            return (difference ? "difference to " : "ratio to ") + reference.describe() + " ×100";
        }

        @Override
        public Fitted fit(double[] reference, List<String> labels, Direction direction) {
            requireValues(reference, label());
            double r = this.reference.value(reference, labels, direction);
            if (!difference) {
                return ratio(r, direction, () -> this.reference.describe() + " " + fmt(r), label());
            }
            if (r == 0) {
                throw new StandardisationException(label() + ": the reference value is 0, so the relative difference is undefined");
            }
            double sign = direction == Direction.POSITIVE ? 1 : -1;
            return fitted(x -> sign * (x - r) / r * 100, () -> this.reference.describe() + " " + fmt(r));
        }
    }

    /** What a {@link DistanceToReference} measures against. */
    sealed interface Reference {
        String describe();

        double value(double[] reference, List<String> labels, Direction direction);

        /** A named province, e.g. 广东. */
        record Province(String name) implements Reference {
            @Override
            public String describe() {
                return name;
            }

            @Override
            public double value(double[] reference, List<String> labels, Direction direction) {
                int i = labels == null ? -1 : labels.indexOf(name);
                if (i < 0) {
                    throw new StandardisationException("reference province '" + name + "' is not among the "
                            + (labels == null ? 0 : labels.size()) + " provinces of the data" + (labels == null ? "" : ": " + labels));
                }
                return reference[i];
            }
        }

        /** The best value (largest for a positive indicator). */
        record Leader() implements Reference {
            @Override
            public String describe() {
                return "leader";
            }

            @Override
            public double value(double[] reference, List<String> labels, Direction direction) {
                return direction == Direction.POSITIVE
                        ? Arrays.stream(reference).max().orElseThrow() : Arrays.stream(reference).min().orElseThrow();
            }
        }

        /** The worst value (smallest for a positive indicator). */
        record Worst() implements Reference {
            @Override
            public String describe() {
                return "worst";
            }

            @Override
            public double value(double[] reference, List<String> labels, Direction direction) {
                return direction == Direction.POSITIVE
                        ? Arrays.stream(reference).min().orElseThrow() : Arrays.stream(reference).max().orElseThrow();
            }
        }

        /** The arithmetic mean. */
        record Mean() implements Reference {
            @Override
            public String describe() {
                return "mean";
            }

            @Override
            public double value(double[] reference, List<String> labels, Direction direction) {
                return Arrays.stream(reference).average().orElseThrow();
            }
        }
    }

    // ---- factories ------------------------------------------------------------------------------------------

    static Standardiser minMax() {
        return new MinMax(0, 100);
    }

    static Standardiser ratioToMax() {
        return new RatioToMax();
    }

    /** x / (max ÷ k) × 100, the book reading's scale ({@link RatioToFixedReference}). */
    static Standardiser ratioToFixedReference(double k) {
        return new RatioToFixedReference(k, null);
    }

    static Standardiser ratioToMean() {
        return new RatioToMean();
    }

    static Standardiser zScore(SdKind sd) {
        return new ZScore(sd);
    }

    static Standardiser tScore(SdKind sd) {
        return new TScore(sd);
    }

    static Standardiser rank(TieRule ties) {
        return new Rank(ties);
    }

    static Standardiser percentile(TieRule ties) {
        return new Percentile(ties);
    }

    static Standardiser ratioToProvince(String province) {
        return new DistanceToReference(new Reference.Province(province), false);
    }

    static Standardiser ratioToLeader() {
        return new DistanceToReference(new Reference.Leader(), false);
    }

    /** The methods compared in the notebook and the scorecard sweep, each with its default option. */
    static List<Standardiser> catalogue() {
        return List.of(minMax(), ratioToMax(), ratioToMean(), zScore(SdKind.SAMPLE), tScore(SdKind.SAMPLE),
                rank(TieRule.AVERAGE), percentile(TieRule.AVERAGE));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static Fitted fitted(DoubleUnaryOperator f, Supplier<String> parameters) {
        return new Fitted() {
            @Override
            public double apply(double x) {
                return f.applyAsDouble(x);
            }

            @Override
            public String parameters() {
                return parameters.get(); // built on request: formatting is most of a fit's cost
            }

            @Override
            public String toString() {
                return parameters.get();
            }
        };
    }

    private static Fitted ratio(double r, Direction direction, Supplier<String> parameters, String label) {
        if (r == 0) {
            throw new StandardisationException(label + ": the reference value is 0, so the ratio is undefined");
        }
        if (direction == Direction.POSITIVE) {
            return fitted(x -> x / r * 100, parameters);
        }
        // For an indicator where less is better, the best value is the smallest: score r / x, so it also peaks at 100.
        return fitted(x -> {
            if (x == 0) {
                throw new StandardisationException(label + " of a negative indicator divides by the value, which is 0");
            }
            return r / x * 100;
        }, parameters);
    }

    private static double[] meanSd(double[] reference, SdKind kind, String label) {
        requireValues(reference, label);
        double mean = Arrays.stream(reference).average().orElseThrow();
        double sd = kind.sd(reference);
        if (sd == 0) {
            throw new StandardisationException(label + " needs at least two different values; every reference value is " + fmt(mean));
        }
        return new double[] {mean, sd};
    }

    private static double[] oriented(double[] reference, Direction direction) {
        double[] s = reference.clone();
        if (direction == Direction.NEGATIVE) {
            for (int i = 0; i < s.length; i++) {
                s[i] = -s[i];
            }
        }
        Arrays.sort(s);
        return s;
    }

    private static void requireValues(double[] reference, String label) {
        if (reference == null || reference.length == 0) {
            throw new StandardisationException(label + ": no reference values to fit to");
        }
        for (int i = 0; i < reference.length; i++) {
            if (!Double.isFinite(reference[i])) {
                throw new StandardisationException(label + ": reference value " + (i + 1) + " is " + reference[i]
                        + "; choose a missing-value policy (refuse, impute or drop) before standardising");
            }
        }
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
