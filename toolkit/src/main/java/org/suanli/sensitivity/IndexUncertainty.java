package org.suanli.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongConsumer;

import org.suanli.ahp.AhpHierarchy;
import org.suanli.ahp.ExpertJudgments;
import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.index.Aggregation;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;
import org.suanli.index.Panel;
import org.suanli.index.Standardiser;
import org.suanli.index.Weights;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.Statements;

/**
 * Uncertainty and sensitivity analysis of an {@link IndexModel}: {@code IndexUncertainty.of(IndexModel.standard(),
 * UncertaintySpec.standard()).run(n, seed)} runs the model N·(d + 2) times over the Saltelli design and returns rank
 * intervals, tier probabilities, the probability of each of the book's statements and the Sobol indices of every
 * input.
 *
 * <p>Outputs decomposed (year {@code spec.year()}): the mean absolute rank shift from the nominal ranks (the summary
 * COINr's get_sensitivity uses), and every province's rank and composite score. The model's own choices are the
 * nominal values; an input's levels need not include them.
 */
public final class IndexUncertainty implements SobolModel {
    /** Name of the summary output: mean over provinces of |rank − nominal rank|. */
    public static final String RANK_SHIFT = "mean |rank shift|";

    private final IndexModel base;
    private final UncertaintySpec spec;
    private final IndicatorData data;
    private final List<String> provinces;
    private final int yearIndex;
    private final double[] nominalRanks;
    private final double[] nominalScores;
    private final FastIndex nominal;
    private final double[] nominalWeights;
    private final List<String> outputNames = new ArrayList<>();
    /** Compiled standardisations by mixed-radix key of the discrete levels (built on first use, then read-only). */
    private final AtomicReferenceArray<FastIndex> compiled;
    /** Bootstrap weights by the resample's counts (base n + 1 digits). */
    private final Map<Long, double[]> bootstrapWeights = new ConcurrentHashMap<>();
    private final int[] radix;
    private final Map<Map<String, Double>, IndicatorData> rebuilt = new ConcurrentHashMap<>();
    private final List<FastRankSet> rankSets = new ArrayList<>();

    private IndexUncertainty(IndexModel base, UncertaintySpec spec, IndicatorData data) {
        this.base = base;
        this.spec = spec;
        this.data = data;
        IndexResult r = base.run();
        this.provinces = r.provinces();
        int yi = -1;
        int[] ys = r.years();
        for (int i = 0; i < ys.length; i++) {
            yi = ys[i] == spec.year() ? i : yi;
        }
        if (yi < 0) {
            throw new IllegalArgumentException("the data have no year " + spec.year() + "; years are " + Arrays.toString(ys));
        }
        this.yearIndex = yi;
        String root = r.tree().root().key();
        this.nominalScores = r.values(spec.year(), root).clone();
        this.nominalRanks = new double[provinces.size()];
        FastIndex.ranks(nominalScores, nominalRanks);
        this.nominal = FastIndex.compile(base);
        this.nominalWeights = nominal.localWeights(base.weights().localWeights(base.tree()));
        for (String f : spec.focus()) {
            if (!provinces.contains(f)) {
                throw new IllegalArgumentException("focus province '" + f + "' is not in the data; provinces are " + provinces);
            }
        }
        outputNames.add(RANK_SHIFT);
        provinces.forEach(p -> outputNames.add("rank " + p));
        provinces.forEach(p -> outputNames.add("score " + p));
        for (String id : List.of("overall.top6", "overall.rank7_15")) {
            Statements.standard().find(id).ifPresent(s -> rankSets.add(FastRankSet.of(s, provinces)));
        }
        this.radix = new int[spec.inputs().size()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = levels(spec.inputs().get(i));
        }
        this.compiled = new AtomicReferenceArray<>(Arrays.stream(radix).reduce(1, Math::multiplyExact));
        checkGeometric();
    }

    /** Number of levels of a discrete input whose levels change the standardised data; 1 for the others. */
    private static int levels(UncertainInput x) {
        if (x instanceof UncertainInput.StandardisationChoice s) {
            return s.methods().size();
        } else if (x instanceof UncertainInput.BaseYearChoice b) {
            return b.years().size();
        } else if (x instanceof UncertainInput.MissingPolicyChoice m) {
            return m.policies().size();
        } else if (x instanceof UncertainInput.AssumptionChoice a) {
            return a.levels().size();
        }
        return 1;
    }

    /** An analysis of {@code base} with the inputs of {@code spec}. */
    public static IndexUncertainty of(IndexModel base, UncertaintySpec spec) {
        return new IndexUncertainty(base, spec, DataFiles.indicators());
    }

    /**
     * An analysis of {@code base}, whose indicator data are {@code data} (e.g. the shipped file with your overrides):
     * the statement runs read them where no reconstruction assumption varies. An assumption input rebuilds the shipped
     * file, so leave those inputs out when {@code data} are not the shipped file.
     */
    public static IndexUncertainty of(IndexModel base, UncertaintySpec spec, IndicatorData data) {
        return new IndexUncertainty(base, spec, data);
    }

    /** The indicator data of the nominal run (the shipped file unless {@link #of(IndexModel, UncertaintySpec, IndicatorData)} said otherwise). */
    public IndicatorData data() {
        return data;
    }

    public UncertaintySpec spec() {
        return spec;
    }

    public IndexModel base() {
        return base;
    }

    public List<String> provinces() {
        return provinces;
    }

    @Override
    public List<String> inputNames() {
        return spec.names();
    }

    @Override
    public List<String> outputNames() {
        return List.copyOf(outputNames);
    }

    @Override
    public double[] centre() {
        double[] c = new double[outputNames.size()];
        int np = provinces.size();
        System.arraycopy(nominalRanks, 0, c, 1, np);
        System.arraycopy(nominalScores, 0, c, 1 + np, np);
        return c;
    }

    /** Runs on all processors. */
    public UncertaintyResult run(int n, long seed) {
        return run(n, seed, Runtime.getRuntime().availableProcessors(), r -> { });
    }

    /** Runs on {@code threads} threads; {@code progress} hears the number of model runs done. */
    public UncertaintyResult run(int n, long seed, int threads, LongConsumer progress) {
        List<Integer> boot = new ArrayList<>();
        boot.add(0);
        for (String f : spec.focus()) {
            int p = provinces.indexOf(f);
            boot.add(1 + p);
            boot.add(1 + provinces.size() + p);
        }
        SobolAnalysis a = SobolAnalysis.of(this).threads(threads).replicates(spec.replicates())
                .bootstrapped(boot.stream().mapToInt(Integer::intValue).toArray()).progress(progress);
        SobolAnalysis.Outcome<RankHistogram> o = a.run(n, seed, () -> new RankHistogram(provinces.size(), rankSets));
        List<StatementRobustness> statements = StatementRobustness.evaluate(this, n, seed, threads);
        return new UncertaintyResult(spec.inputs(), provinces, spec.year(), nominalRanks.clone(), nominalScores.clone(),
                o.observed().counts(), o.observed().scoreMoments(), rankSets.stream().map(FastRankSet::id).toList(),
                o.observed().setHolds(), o.observed().runs(), o.result(), statements);
    }

    // ---- one model run ----------------------------------------------------------------------------------

    @Override
    public Evaluator evaluator() {
        int np = provinces.size();
        double[][] work = nominal.workspace();
        double[] scores = new double[np];
        double[] ranks = new double[np];
        double[] other = new double[np];
        int[] years = nominal.years();
        return (u, out) -> {
            Choice c = choice(u);
            FastIndex f = c.index;
            for (int y = 0; y < years.length; y++) {
                if (y == yearIndex) {
                    f.composite(y, c.weights, c.geometric, work, scores);
                    FastIndex.ranks(scores, ranks);
                } else {
                    // the other year is part of the model run (and of its cost), but no output reads its ranks
                    f.composite(y, c.weights, c.geometric, work, other);
                }
            }
            double shift = 0;
            for (int p = 0; p < np; p++) {
                shift += Math.abs(ranks[p] - nominalRanks[p]);
                out[1 + p] = ranks[p];
                out[1 + np + p] = scores[p];
            }
            out[0] = shift / np;
        };
    }

    /** The model a row of uniforms stands for: compiled standardisation, local weights, aggregation, level key. */
    record Choice(FastIndex index, double[] weights, boolean geometric, int[] levels) {
    }

    Choice choice(double[] u) {
        List<UncertainInput> in = spec.inputs();
        int[] levels = new int[in.size()];
        double[] w = nominalWeights;
        boolean geometric = base.choices().aggregation() == Aggregation.GEOMETRIC;
        int key = 0;
        boolean discrete = false;
        for (int i = 0; i < levels.length; i++) {
            UncertainInput x = in.get(i);
            if (x instanceof UncertainInput.ExpertBootstrap b) {
                w = bootstrap(b, u[i]);
            } else if (x instanceof UncertainInput.DirichletWeights d) {
                w = dirichlet(d.concentration(), u[i]);
            } else if (x instanceof UncertainInput.AggregationChoice) {
                geometric = UncertainInput.level(u[i], 2) == 1;
            } else {
                levels[i] = UncertainInput.level(u[i], radix[i]);
                key = key * radix[i] + levels[i];
                discrete = true;
            }
        }
        FastIndex f = nominal;
        if (discrete) {
            f = compiled.get(key);
            if (f == null) {
                // two threads may both compile the same level; both results are equal, the first one stays
                compiled.compareAndSet(key, null, FastIndex.compile(model(levels)));
                f = compiled.get(key);
            }
        }
        return new Choice(f, w, geometric, levels);
    }

    /**
     * The indicator data behind a row of uniforms: the rebuilt variant when reconstruction assumptions vary,
     * otherwise the nominal run's data (the economy findings read the compute indicators from it).
     */
    IndicatorData indicators(double[] u) {
        Map<String, Double> assumptions = assumptions(choice(u).levels());
        return assumptions.isEmpty() ? data
                : rebuilt.computeIfAbsent(Map.copyOf(assumptions), spec.reconstruction()::build);
    }

    private Map<String, Double> assumptions(int[] key) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<UncertainInput> in = spec.inputs();
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i) instanceof UncertainInput.AssumptionChoice a) {
                out.put(a.name(), a.levels().get(key[i]));
            }
        }
        return out;
    }

    /** The reference-path model (without weights and aggregation) for a key of discrete levels. */
    IndexModel model(int[] key) {
        IndexModel m = base;
        List<UncertainInput> in = spec.inputs();
        Map<String, Double> assumptions = new LinkedHashMap<>();
        for (int i = 0; i < in.size(); i++) {
            UncertainInput x = in.get(i);
            if (x instanceof UncertainInput.StandardisationChoice s) {
                m = m.withStandardiser(s.methods().get(key[i]));
            } else if (x instanceof UncertainInput.BaseYearChoice b) {
                int y = b.years().get(key[i]);
                m = y == UncertainInput.BaseYearChoice.EACH_YEAR ? m.withoutBaseYear() : m.withBaseYear(y);
            } else if (x instanceof UncertainInput.MissingPolicyChoice mp) {
                m = m.withMissingPolicy(mp.policies().get(key[i]));
            } else if (x instanceof UncertainInput.AssumptionChoice a) {
                assumptions.put(a.name(), a.levels().get(key[i]));
            }
        }
        if (!assumptions.isEmpty()) {
            IndicatorData d = rebuilt.computeIfAbsent(Map.copyOf(assumptions), spec.reconstruction()::build);
            m = m.withData(Panel.from(d));
        }
        return m;
    }

    /** The full reference-path model of one row of uniforms (weights and aggregation included). */
    IndexModel referenceModel(double[] u) {
        Choice c = choice(u);
        IndexModel m = model(c.levels());
        Map<String, Double> local = new HashMap<>();
        List<IndexTree.Node> nodes = c.index().nodes();
        for (int i = 1; i < nodes.size(); i++) {
            local.put(nodes.get(i).key(), c.weights()[i]);
        }
        return m.withWeights(Weights.local(local).describedAs("sampled")).withAggregation(c.geometric() ? Aggregation.GEOMETRIC : Aggregation.ARITHMETIC);
    }

    private double[] bootstrap(UncertainInput.ExpertBootstrap b, double u) {
        List<ExpertJudgments> experts = b.experts();
        int n = experts.size();
        int[] counts = new int[n];
        long state = Double.doubleToLongBits(u) * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < n; i++) {
            state += 0x9E3779B97F4A7C15L;
            counts[(int) ((mix(state) >>> 1) % n)]++;
        }
        long key = 0;
        for (int c : counts) {
            key = key * (n + 1) + c;
        }
        double[] cached = bootstrapWeights.get(key);
        if (cached != null) {
            return cached;
        }
        return bootstrapWeights.computeIfAbsent(key, k -> {
            List<ExpertJudgments> panel = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (counts[i] > 0) {
                    ExpertJudgments e = experts.get(i);
                    panel.add(e.withWeight(e.id(), e.weight() * counts[i]));
                }
            }
            AhpHierarchy h = AhpHierarchy.panel(AhpHierarchy.tree(Framework.standard()), panel, b.settings());
            return nominal.localWeights(Weights.ahp(h).localWeights(nominal.tree()));
        });
    }

    /** SplitMix64's finaliser (Steele, Lea &amp; Flood 2014): a well-mixed 64-bit value from a counter. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double[] dirichlet(double concentration, double u) {
        SplittableRandom r = new SplittableRandom(Double.doubleToLongBits(u) * 0xBF58476D1CE4E5B9L + 2);
        double[] w = nominalWeights.clone();
        int[][] kids = nominal.childrenByNode();
        for (int[] k : kids) {
            if (k.length < 2) {
                continue;
            }
            double s = 0;
            for (int c : k) {
                w[c] = Gamma.sample(concentration * nominalWeights[c], r);
                s += w[c];
            }
            for (int c : k) {
                w[c] /= s;
            }
        }
        return w;
    }

    private void checkGeometric() {
        boolean geometricPossible = base.choices().aggregation() == Aggregation.GEOMETRIC
                || spec.inputs().stream().anyMatch(i -> i instanceof UncertainInput.AggregationChoice);
        if (!geometricPossible) {
            return;
        }
        for (UncertainInput in : spec.inputs()) {
            if (in instanceof UncertainInput.StandardisationChoice s) {
                for (Standardiser st : s.methods()) {
                    FastIndex f = FastIndex.compile(base.withStandardiser(st));
                    if (!f.nonNegative()) {
                        throw new IllegalArgumentException("standardisation '" + st.label() + "' gives negative scores, which the"
                                + " geometric mean cannot take: drop it from the standardisation input or switch the aggregation input off");
                    }
                }
            }
        }
    }

    int yearIndex() {
        return yearIndex;
    }
}
