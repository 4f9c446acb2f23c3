package org.suanli.ahp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.suanli.data.Language;

import org.suanli.data.ShownProvenance;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Several experts judging the same elements.
 *
 * <p>Each expert's matrix is completed first if it has gaps ({@link Completion#bozoki}), and its own CR is reported.
 * Inconsistent experts can be excluded (the report keeps them, marked). Expert weights are optional (equal by
 * default) and are renormalised over the experts kept.
 */
public final class ExpertPanel {

    /** One expert's judgments and weight (any positive number; only ratios matter). */
    public record Expert(String id, double weight, PairwiseMatrix matrix) {
        public Expert {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("Expert '" + id + "' has weight " + weight
                        + "; an expert weight must be positive and finite");
            }
        }

        public Expert(String id, PairwiseMatrix matrix) {
            this(id, 1.0, matrix);
        }
    }

    /**
     * One expert's own result.
     *
     * @param weight   the normalised weight used (0 if excluded)
     * @param included false if excluded as inconsistent
     */
    public record ExpertReport(String id, double weight, Priorities priorities, boolean completed, boolean included) {
    }

    /**
     * The panel's result.
     *
     * @param weights           aggregated priorities, in the order of {@code labels}
     * @param aggregatedMatrix  the AIJ matrix (null for AIP)
     * @param aggregatedPriorities priorities of the AIJ matrix with its λmax, CI, CR (null for AIP)
     */
    public record Result(JudgmentAggregation aggregation, List<String> labels, double[] weights,
                         PairwiseMatrix aggregatedMatrix, Priorities aggregatedPriorities,
                         List<ExpertReport> experts) {
        public Result {
            labels = List.copyOf(labels);
            weights = weights.clone();
            experts = List.copyOf(experts);
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        public Map<String, Double> asMap() {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                m.put(labels.get(i), weights[i]);
            }
            return m;
        }

        public double weight(String label) {
            return asMap().get(label);
        }

        public long excludedCount() {
            return experts.stream().filter(e -> !e.included()).count();
        }

        /**
         * The panel's weights next to each expert's own: {@code element}, one column named after the aggregation
         * (e.g. {@code AIJ}), then one column per expert, so agreement and disagreement show at a glance.
         */
        public Table table() {
            Table t = Table.create(Language.pick("专家组权重与各专家权重", "The panel's weights and each expert's"),
                    StringColumn.create("element", labels), DoubleColumn.create(aggregation.name(), weights.clone()));
            for (ExpertReport r : experts) {
                t.addColumns(DoubleColumn.create(r.id(), r.priorities().weights()));
            }
            return captioned(t, experts.size(), labels.size());
        }

        /** Each expert's consistency: {@code expert}, {@code weight} (normalised, 0 if excluded), {@code CR}, {@code consistent}, {@code included}. */
        public Table expertsTable() {
            StringColumn id = StringColumn.create("expert");
            DoubleColumn w = DoubleColumn.create("weight");
            DoubleColumn cr = DoubleColumn.create("CR");
            BooleanColumn ok = BooleanColumn.create("consistent");
            BooleanColumn in = BooleanColumn.create("included");
            for (ExpertReport r : experts) {
                id.append(r.id());
                w.append(r.weight());
                cr.append(r.priorities().cr());
                ok.append(r.priorities().consistent());
                in.append(r.included());
            }
            String ri = experts.isEmpty() ? "" : experts.get(0).priorities().randomIndex().label();
            Table t = Table.create(String.format(Locale.ROOT, Language.pick("各专家的一致性（%d×%d，RI：%s）",
                    "Each expert's consistency (%d×%d, RI: %s)"), labels.size(), labels.size(), ri), id, w, cr, ok, in);
            return captioned(t, experts.size(), labels.size());
        }
    }

    /** The settings of an aggregation, with the usual defaults. */
    public record Settings(JudgmentAggregation aggregation, PriorityMethod method, RandomIndex randomIndex,
                           CrThreshold threshold, boolean excludeInconsistent) {
        public static Settings defaults() {
            return new Settings(JudgmentAggregation.AIJ, PriorityMethod.EIGENVECTOR, RandomIndex.SAATY_1980,
                    CrThreshold.FIXED_0_10, false);
        }

        public Settings with(JudgmentAggregation a) {
            return new Settings(a, method, randomIndex, threshold, excludeInconsistent);
        }

        public Settings with(RandomIndex ri) {
            return new Settings(aggregation, method, ri, threshold, excludeInconsistent);
        }

        public Settings with(PriorityMethod m) {
            return new Settings(aggregation, m, randomIndex, threshold, excludeInconsistent);
        }

        public Settings with(CrThreshold t) {
            return new Settings(aggregation, method, randomIndex, t, excludeInconsistent);
        }

        public Settings excludingInconsistent(boolean exclude) {
            return new Settings(aggregation, method, randomIndex, threshold, exclude);
        }
    }

    private ExpertPanel() {
    }

    /**
     * The same experts under every aggregation (AIJ, geometric AIP, arithmetic AIP), then each expert's own
     * weights: one table that shows whether the formula or the panel matters more. Other settings come from
     * {@code s}.
     */
    public static Table compare(List<Expert> experts, Settings s) {
        Result first = null;
        Table t = null;
        for (JudgmentAggregation a : JudgmentAggregation.values()) {
            Result r = aggregate(experts, s.with(a));
            if (t == null) {
                first = r;
                t = Table.create(Language.pick("各种汇总方法下的权重", "Weights under each aggregation"),
                        StringColumn.create("element", r.labels()));
            }
            t.addColumns(DoubleColumn.create(a.name(), r.weights()));
        }
        for (ExpertReport r : first.experts()) {
            t.addColumns(DoubleColumn.create(r.id(), r.priorities().weights()));
        }
        return captioned(t, experts.size(), first.labels().size());
    }

    /** "computed by AHP from the pairwise judgments of 5 experts (one 5×5 matrix each)". */
    static Table captioned(Table t, int experts, int n) {
        return ShownProvenance.attach(t, String.format(Locale.ROOT, Language.pick(
                "由层次分析法根据 %d 位专家的两两比较判断计算（每人一个 %d×%d 矩阵）",
                "computed by AHP from the pairwise judgments of %d expert%s (one %d×%d matrix each)"), experts,
                Language.chinese() ? n : (experts == 1 ? "" : "s"), n, n));
    }

    public static Result aggregate(List<Expert> experts, Settings s) {
        if (experts.isEmpty()) {
            throw new IllegalArgumentException("A panel needs at least one expert");
        }
        List<String> labels = experts.get(0).matrix().labels();
        List<PairwiseMatrix> aligned = new ArrayList<>();
        List<Boolean> completed = new ArrayList<>();
        for (Expert e : experts) {
            PairwiseMatrix m = align(e, labels);
            completed.add(!m.isComplete());
            aligned.add(Completion.bozoki(m));
        }
        List<Priorities> own = new ArrayList<>();
        List<Boolean> keep = new ArrayList<>();
        double weightSum = 0;
        for (int k = 0; k < experts.size(); k++) {
            Priorities p = Ahp.priorities(aligned.get(k), s.method(), s.randomIndex(), s.threshold());
            own.add(p);
            boolean included = !s.excludeInconsistent() || p.consistent();
            keep.add(included);
            if (included) {
                weightSum += experts.get(k).weight();
            }
        }
        if (weightSum == 0) {
            throw new IllegalArgumentException("Every expert's matrix is inconsistent (CR above "
                    + s.threshold().limit(labels.size()) + "), so none is left to aggregate; revise the "
                    + "judgments (see Diagnostics) or do not exclude inconsistent experts");
        }
        int n = labels.size();
        double[] lambdas = new double[experts.size()];
        List<ExpertReport> reports = new ArrayList<>();
        for (int k = 0; k < experts.size(); k++) {
            lambdas[k] = keep.get(k) ? experts.get(k).weight() / weightSum : 0.0;
            reports.add(new ExpertReport(experts.get(k).id(), lambdas[k], own.get(k), completed.get(k),
                    keep.get(k)));
        }
        double[] w = new double[n];
        PairwiseMatrix aggregatedMatrix = null;
        Priorities aggregatedPriorities = null;
        switch (s.aggregation()) {
            case AIJ -> {
                double[][] logs = new double[n][n];
                for (int k = 0; k < experts.size(); k++) {
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            logs[i][j] += lambdas[k] * Math.log(aligned.get(k).get(i, j));
                        }
                    }
                }
                double[][] g = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        g[i][j] = i == j ? 1.0 : Math.exp(logs[i][j]);
                    }
                }
                aggregatedMatrix = PairwiseMatrix.computed("AIJ of " + experts.size() + " experts", labels, g);
                aggregatedPriorities = Ahp.priorities(aggregatedMatrix, s.method(), s.randomIndex(), s.threshold());
                w = aggregatedPriorities.weights();
            }
            case AIP_GEOMETRIC -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double log = 0;
                    for (int k = 0; k < experts.size(); k++) {
                        if (lambdas[k] > 0) {
                            log += lambdas[k] * Math.log(own.get(k).weights()[i]);
                        }
                    }
                    w[i] = Math.exp(log);
                    sum += w[i];
                }
                for (int i = 0; i < n; i++) {
                    w[i] /= sum;
                }
            }
            case AIP_ARITHMETIC -> {
                for (int k = 0; k < experts.size(); k++) {
                    double[] wk = own.get(k).weights();
                    for (int i = 0; i < n; i++) {
                        w[i] += lambdas[k] * wk[i];
                    }
                }
            }
            default -> throw new IllegalStateException(s.aggregation().toString());
        }
        return new Result(s.aggregation(), labels, w, aggregatedMatrix, aggregatedPriorities, reports);
    }

    /** The expert's matrix with rows and columns in the panel's order; the same elements are required. */
    private static PairwiseMatrix align(Expert e, List<String> labels) {
        PairwiseMatrix m = e.matrix();
        if (m.labels().equals(labels)) {
            return m;
        }
        if (m.labels().size() != labels.size() || !m.labels().containsAll(labels)) {
            throw new InvalidMatrixException("Expert '" + e.id() + "'", List.of(new MatrixIssue(m.source(), 0, 0, 0,
                    "", MatrixIssue.Severity.ERROR, "compares " + m.labels() + " but the panel compares " + labels
                    + "; every expert must judge the same elements")));
        }
        int n = labels.size();
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = m.get(labels.get(i), labels.get(j));
            }
        }
        return PairwiseMatrix.of(m.source(), labels, b);
    }
}
