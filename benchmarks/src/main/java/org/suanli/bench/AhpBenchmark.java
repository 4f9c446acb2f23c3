package org.suanli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.suanli.ahp.Ahp;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.Completion;
import org.suanli.ahp.CrThreshold;
import org.suanli.ahp.Diagnostics;
import org.suanli.ahp.ExpertJudgments;
import org.suanli.ahp.ExpertPanel;
import org.suanli.ahp.JudgmentAggregation;
import org.suanli.ahp.PairwiseMatrix;
import org.suanli.ahp.Priorities;
import org.suanli.ahp.PriorityMethod;
import org.suanli.ahp.RandomIndex;
import org.suanli.data.Framework;

/**
 * AHP speed: one 15×15 matrix (the largest Saaty's 2005 RI table covers), and the blue book's whole hierarchy
 * judged by 20 experts. Judgments are generated deterministically (seeded) from a hidden weight vector with
 * multiplicative noise and rounded to Saaty's scale, so they look like real, mildly inconsistent answers.
 *
 * <p>Run: {@code mvn -B -o -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar Ahp}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AhpBenchmark {

    PairwiseMatrix matrix15;
    PairwiseMatrix incomplete15;
    List<AhpHierarchy.Node> tree;
    List<ExpertJudgments> experts20;

    @Setup
    public void setUp() {
        Random random = new Random(20240101L);
        matrix15 = judged(random, labels(15), 0.0);
        incomplete15 = judged(random, labels(15), 0.2);
        tree = AhpHierarchy.tree(Framework.standard());
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (AhpHierarchy.Node n : tree) {
            if (n.parentKey() != null) {
                children.computeIfAbsent(n.parentKey(), k -> new ArrayList<>()).add(n.key());
            }
        }
        experts20 = new ArrayList<>();
        for (int e = 0; e < 20; e++) {
            Map<String, PairwiseMatrix> m = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> c : children.entrySet()) {
                if (c.getValue().size() > 1) {
                    m.put(c.getKey(), judged(random, c.getValue(), 0.0));
                }
            }
            experts20.add(new ExpertJudgments("expert-" + e, 1.0, m));
        }
    }

    static List<String> labels(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add("c" + i);
        }
        return l;
    }

    /** Judgments w_i/w_j · noise, rounded to the 1–9 scale; a share of pairs skipped. */
    static PairwiseMatrix judged(Random random, List<String> labels, double skipShare) {
        int n = labels.size();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + 8 * random.nextDouble();
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                boolean spanning = j == i + 1; // keep a path so the judgments stay connected
                if (!spanning && random.nextDouble() < skipShare) {
                    a[i][j] = Double.NaN;
                    a[j][i] = Double.NaN;
                    continue;
                }
                double v = w[i] / w[j] * Math.exp(0.25 * random.nextGaussian());
                v = Diagnostics.roundToScale(Math.max(1 / 9.0, Math.min(9, v)));
                a[i][j] = v;
                a[j][i] = 1 / v;
            }
        }
        return PairwiseMatrix.of("generated", labels, a);
    }

    @Benchmark
    public Priorities eigenvector15() {
        return Ahp.priorities(matrix15, PriorityMethod.EIGENVECTOR, RandomIndex.SAATY_2005, CrThreshold.FIXED_0_10);
    }

    @Benchmark
    public Priorities geometricMean15() {
        return Ahp.priorities(matrix15, PriorityMethod.GEOMETRIC_MEAN, RandomIndex.SAATY_2005, CrThreshold.FIXED_0_10);
    }

    @Benchmark
    public PairwiseMatrix bozokiCompletion15() {
        return Completion.bozoki(incomplete15);
    }

    @Benchmark
    public Map<String, Double> hierarchy20ExpertsAij() {
        return AhpHierarchy.panel(tree, experts20, ExpertPanel.Settings.defaults()).globalWeights();
    }

    @Benchmark
    public Map<String, Double> hierarchy20ExpertsAipGeometric() {
        return AhpHierarchy.panel(tree, experts20, ExpertPanel.Settings.defaults().with(JudgmentAggregation.AIP_GEOMETRIC))
                .globalWeights();
    }
}
