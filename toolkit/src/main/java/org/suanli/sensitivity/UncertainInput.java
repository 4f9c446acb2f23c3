package org.suanli.sensitivity;

import java.util.List;
import java.util.Locale;

import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.ExpertJudgments;
import org.suanli.ahp.ExpertPanel;
import org.suanli.index.MissingPolicy;
import org.suanli.index.SdKind;
import org.suanli.index.IndexChoices;
import org.suanli.index.Standardiser;
import org.suanli.index.TieRule;

/**
 * One uncertain input of the index: a named, documented distribution. Each input is driven by one uniform column of
 * the Saltelli design. A discrete input takes each of its levels with equal probability (level ⌊u·k⌋); a weights
 * input turns its uniform into the seed of its own random stream (SplittableRandom), so a draw is a fixed function of
 * the design's column, and A, B and the AB rows see the same draw for the same uniform.
 */
public sealed interface UncertainInput {

    /** The short name used by {@code --inputs} and in every table. */
    String name();

    /** One line saying what varies and how. */
    String describe();

    /** Level ⌊u·k⌋ of k equally likely levels. */
    static int level(double u, int k) {
        return Math.min(k - 1, (int) (u * k));
    }

    /**
     * Weights from the AHP panel resampled with replacement (Efron's bootstrap over experts): each draw picks as
     * many experts as the panel has, aggregates their judgments as the panel does (AIJ by default; an expert drawn
     * twice counts twice), and takes the hierarchy's local weights. This is the spread the panel itself implies;
     * with five experts it has 126 distinct outcomes, each computed once.
     */
    record ExpertBootstrap(List<ExpertJudgments> experts, ExpertPanel.Settings settings) implements UncertainInput {
        public ExpertBootstrap {
            if (experts == null || experts.size() < 2) {
                throw new IllegalArgumentException("resampling experts needs a panel of at least two experts");
            }
            experts = List.copyOf(experts);
        }

        /** The illustrative panel of data/ahp with the default settings (the panel behind Weights.ahpStandard()). */
        public static ExpertBootstrap standard() {
            return new ExpertBootstrap(AhpHierarchy.standardPanel(), ExpertPanel.Settings.defaults());
        }

        @Override
        public String name() {
            return "weights";
        }

        @Override
        public String describe() {
            return "AHP weights of the " + experts.size() + "-expert panel resampled with replacement (bootstrap over experts)";
        }
    }

    /**
     * Weights drawn around the model's own local weights: at every node, the children's weights ~ Dirichlet(c·w),
     * so each has mean w and standard deviation √(w(1 − w)/(c + 1)). The concentration c is the user's statement of
     * how uncertain the weights are (c = 50 gives a weight of 0.2 a standard deviation of 0.056); nothing in the book
     * fixes it.
     */
    record DirichletWeights(double concentration) implements UncertainInput {
        public DirichletWeights {
            if (!(concentration > 0) || Double.isInfinite(concentration)) {
                throw new IllegalArgumentException("the Dirichlet concentration must be a positive number, not " + concentration);
            }
        }

        @Override
        public String name() {
            return "weights";
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "local weights ~ Dirichlet(%s × the model's weights) at every node", fmt(concentration));
        }
    }

    /** The standardisation method, one of {@code methods} with equal probability. */
    record StandardisationChoice(List<Standardiser> methods) implements UncertainInput {
        public StandardisationChoice {
            if (methods == null || methods.isEmpty()) {
                throw new IllegalArgumentException("a standardisation input needs at least one method");
            }
            methods = List.copyOf(methods);
        }

        /**
         * The book reading (the default, ratio to a fixed base-year reference with its calibrated k), percentile,
         * ratio to the leader, min-max and ratio to the mean: the non-negative methods of docs/index.md, so the
         * geometric mean is defined for each.
         */
        public static StandardisationChoice standard() {
            return new StandardisationChoice(List.of(IndexChoices.bookReading().standardiser(),
                    Standardiser.percentile(TieRule.AVERAGE), Standardiser.ratioToMax(), Standardiser.minMax(),
                    Standardiser.ratioToMean()));
        }

        /** Every method of the catalogue, including z- and T-scores (z-scores need arithmetic means). */
        public static StandardisationChoice all() {
            return new StandardisationChoice(List.of(Standardiser.percentile(TieRule.AVERAGE), Standardiser.ratioToMax(),
                    Standardiser.minMax(), Standardiser.ratioToMean(), Standardiser.zScore(SdKind.SAMPLE),
                    Standardiser.tScore(SdKind.SAMPLE), Standardiser.rank(TieRule.AVERAGE)));
        }

        @Override
        public String name() {
            return "standardisation";
        }

        @Override
        public String describe() {
            return "one of " + methods.stream().map(Standardiser::label).toList() + ", equally likely";
        }
    }

    /** Weighted arithmetic or geometric means, equally likely. */
    record AggregationChoice() implements UncertainInput {
        @Override
        public String name() {
            return "aggregation";
        }

        @Override
        public String describe() {
            return "weighted arithmetic or geometric means, equally likely";
        }
    }

    /**
     * The reference year of the standardisation: {@link #EACH_YEAR} (each year on its own data) or a base year,
     * equally likely.
     */
    record BaseYearChoice(List<Integer> years) implements UncertainInput {
        /** The level meaning "no base year". */
        public static final int EACH_YEAR = 0;

        public BaseYearChoice {
            if (years == null || years.isEmpty()) {
                throw new IllegalArgumentException("a base-year input needs at least one level (0 = each year on its own data)");
            }
            years = List.copyOf(years);
        }

        /** Each year on its own data, or anchored to 2022. */
        public static BaseYearChoice standard() {
            return new BaseYearChoice(List.of(EACH_YEAR, 2022));
        }

        @Override
        public String name() {
            return "base-year";
        }

        @Override
        public String describe() {
            return "reference " + years.stream().map(y -> y == EACH_YEAR ? "each year on its own data" : "base year " + y).toList()
                    + ", equally likely";
        }
    }

    /**
     * What fills a gap in the data, one of {@code policies} with equal probability. Inert on data without gaps (the
     * shipped reconstruction has none); dropping an indicator is not offered, since it changes the tree.
     */
    record MissingPolicyChoice(List<MissingPolicy> policies) implements UncertainInput {
        public MissingPolicyChoice {
            if (policies == null || policies.isEmpty()) {
                throw new IllegalArgumentException("a missing-data input needs at least one policy");
            }
            for (MissingPolicy p : policies) {
                if (p instanceof MissingPolicy.DropIndicator) {
                    throw new IllegalArgumentException("dropping an indicator changes the tree, which the fast path does not vary;"
                            + " use impute(...) policies");
                }
            }
            policies = List.copyOf(policies);
        }

        /** Impute by the mean, the median, the minimum or the previous year. */
        public static MissingPolicyChoice standard() {
            return new MissingPolicyChoice(List.of(MissingPolicy.impute(MissingPolicy.ImputeMethod.MEAN),
                    MissingPolicy.impute(MissingPolicy.ImputeMethod.MEDIAN), MissingPolicy.impute(MissingPolicy.ImputeMethod.MINIMUM),
                    MissingPolicy.impute(MissingPolicy.ImputeMethod.PREVIOUS_YEAR)));
        }

        @Override
        public String name() {
            return "missing-data";
        }

        @Override
        public String describe() {
            return "gaps filled by one of " + policies.stream().map(MissingPolicy::label).toList() + ", equally likely";
        }
    }

    /**
     * One assumption of the reconstruction of {@code data/indicators.csv}, taking each of {@code levels} with equal
     * probability; the data are rebuilt by the reconstruction code for every combination of assumption levels (see
     * {@link ReconstructionVariants}).
     *
     * @param name        the assumption's short name (e.g. {@code a1-margin})
     * @param description what it is, with its nominal value
     * @param levels      the values it may take
     * @param nominal     the value of the shipped file
     */
    record AssumptionChoice(String name, String description, List<Double> levels, double nominal) implements UncertainInput {
        public AssumptionChoice {
            if (levels == null || levels.isEmpty()) {
                throw new IllegalArgumentException("assumption '" + name + "' needs at least one level");
            }
            levels = List.copyOf(levels);
        }

        @Override
        public String describe() {
            return description + ": one of " + levels.stream().map(UncertainInput::fmt).toList() + " (shipped: " + fmt(nominal)
                    + "), equally likely, rebuilt through the reconstruction code";
        }
    }

    private static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
