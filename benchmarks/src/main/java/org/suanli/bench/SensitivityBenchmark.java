package org.suanli.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.suanli.index.IndexModel;
import org.suanli.sensitivity.IndexUncertainty;
import org.suanli.sensitivity.SobolAnalysis;
import org.suanli.sensitivity.TestFunctions;
import org.suanli.sensitivity.UncertaintyResult;
import org.suanli.sensitivity.UncertaintySpec;

/**
 * The uncertainty analysis of issue 13: N·(d + 2) runs of the full provincial model (31 provinces × 14 indicators
 * × 2 years, with sampled weights, standardisation, aggregation, base year and the reconstruction's assumptions),
 * the rank histograms and the Sobol sums with 100 bootstrap replicates, on all cores; statements are not
 * evaluated here (they use the reference path, benchmarked by {@code IndexBenchmark}). The set-up compiles the
 * discrete levels and the bootstrap weights once, as a session would after its first run. Run from the repository
 * root: {@code java -jar benchmarks/target/benchmarks.jar SensitivityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class SensitivityBenchmark {
    @Param({"1024", "4096", "16384", "65536"})
    int n;

    private IndexUncertainty index;
    private TestFunctions.Analytic ishigami;

    @Setup
    public void setUp() {
        index = IndexUncertainty.of(IndexModel.standard(), UncertaintySpec.standard().withStatementRuns(0));
        index.run(4096, 99); // compile every level and bootstrap outcome
        ishigami = TestFunctions.ishigami(7, 0.1);
    }

    /** The index: N·(d + 2) model runs with rank histograms and bootstrap sums. */
    @Benchmark
    public UncertaintyResult indexModel() {
        return index.run(n, 1);
    }

    /** The estimator alone, on the Ishigami function (5·N runs of a function that costs nanoseconds). */
    @Benchmark
    public Object ishigami() {
        return SobolAnalysis.of(ishigami.model()).run(n, 1);
    }
}
