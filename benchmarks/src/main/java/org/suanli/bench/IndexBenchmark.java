package org.suanli.bench;

import java.util.List;
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

import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.ExpertJudgments;
import org.suanli.ahp.ExpertPanel;
import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;
import org.suanli.index.Panel;
import org.suanli.index.SdKind;
import org.suanli.index.Standardiser;
import org.suanli.index.SyntheticPanel;
import org.suanli.index.Weights;

import tech.tablesaw.api.Table;

/**
 * The index engine's speed (issue 6): the whole provincial model with its AHP weights (31 provinces × 14
 * indicators × 2 years, the shipped data and the illustrative five-expert panel), a re-run after one changed
 * choice, and a county-scale synthetic table of 2,844 units (China's county-level divisions) × 14 indicators.
 * Run from the repository root (it reads data/): {@code java -jar benchmarks/target/benchmarks.jar IndexBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndexBenchmark {
    private Framework framework;
    private Panel provinces;
    private List<ExpertJudgments> experts;
    private IndexModel model;
    private IndexModel county;

    @Setup
    public void setUp() {
        framework = Framework.standard();
        provinces = Panel.from(DataFiles.indicators());
        experts = AhpHierarchy.standardPanel();
        model = IndexModel.of(provinces, IndexTree.from(framework)).withWeights(Weights.ahpStandard());
        IndexTree tree = IndexTree.from(framework);
        List<String> keys = tree.leaves().stream().map(IndexTree.Node::key).toList();
        Panel counties = SyntheticPanel.generate(SyntheticPanel.counties(2844), keys, new int[] {2022, 2023}, 0.17, 2844);
        county = IndexModel.of(counties, tree).withWeights(Weights.ahpStandard());
    }

    /** AHP panel (5 experts, AIJ, eigenvectors at 6 nodes) → weights → standardise, aggregate, rank. */
    @Benchmark
    public IndexResult wholeModelWithAhp() {
        AhpHierarchy ahp = AhpHierarchy.panel(AhpHierarchy.tree(framework), experts, ExpertPanel.Settings.defaults());
        return IndexModel.of(provinces, IndexTree.from(framework)).withWeights(Weights.ahp(ahp)).run();
    }

    /** The notebook's "change one choice": a new standardisation on an existing model. */
    @Benchmark
    public IndexResult rerunOneChoice() {
        return model.withStandardiser(Standardiser.zScore(SdKind.SAMPLE)).run();
    }

    /** The same plus building the tidy Tablesaw table (31 × 2 × 33 rows). */
    @Benchmark
    public Table rerunAndTidyTable() {
        return model.withStandardiser(Standardiser.ratioToMax()).run().table();
    }

    /** 2,844 synthetic counties × 14 indicators × 2 years, AHP weights. */
    @Benchmark
    public IndexResult countyScale() {
        return county.withStandardiser(Standardiser.ratioToMax()).run();
    }

    /** The county run plus its tidy table (2,844 × 2 × 33 = 187,704 rows). */
    @Benchmark
    public Table countyScaleTidyTable() {
        return county.withStandardiser(Standardiser.ratioToMax()).run().table();
    }
}
