package org.suanli.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;

/**
 * What an uncertainty analysis of the index found: rank bands and tier probabilities per province, the probability
 * of each of the book's statements, and the Sobol indices of every input. Tables are built on request.
 *
 * @param inputs        the uncertain inputs, in order
 * @param provinces     provinces in data order
 * @param year          the year analysed
 * @param nominalRanks  ranks with the model's own choices
 * @param nominalScores composite scores with the model's own choices
 * @param rankCounts    [province][rank − 1]: runs in which the province had that rank
 * @param scoreMoments  [province]: {Σ score, Σ score²} over all runs
 * @param rankSetIds    composite rank-set statements checked on every run
 * @param rankSetHolds  runs in which each held
 * @param runs          model runs, N·(d + 2)
 * @param sobol         the Sobol indices and their convergence
 * @param statements    every index and economy statement's probability on full-model runs
 */
public record UncertaintyResult(List<UncertainInput> inputs, List<String> provinces, int year, double[] nominalRanks,
                                double[] nominalScores, long[][] rankCounts, double[][] scoreMoments, List<String> rankSetIds,
                                long[] rankSetHolds, long runs, SobolResult sobol, List<StatementRobustness> statements) {
    /** Copies every array in and (through the accessors) out, so the result cannot be changed after the run. */
    public UncertaintyResult {
        inputs = List.copyOf(inputs);
        provinces = List.copyOf(provinces);
        nominalRanks = nominalRanks.clone();
        nominalScores = nominalScores.clone();
        rankCounts = deepCopy(rankCounts);
        scoreMoments = deepCopy(scoreMoments);
        rankSetIds = List.copyOf(rankSetIds);
        rankSetHolds = rankSetHolds.clone();
        statements = List.copyOf(statements);
    }

    @Override
    public double[] nominalRanks() {
        return nominalRanks.clone();
    }

    @Override
    public double[] nominalScores() {
        return nominalScores.clone();
    }

    @Override
    public long[][] rankCounts() {
        return deepCopy(rankCounts);
    }

    @Override
    public double[][] scoreMoments() {
        return deepCopy(scoreMoments);
    }

    @Override
    public long[] rankSetHolds() {
        return rankSetHolds.clone();
    }

    private static long[][] deepCopy(long[][] a) {
        long[][] out = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** Last rank of the book's first group (排名前六). */
    public static final int TIER1_LAST = 6;
    /** Last rank of the book's second group (第七至第十五名). */
    public static final int TIER2_LAST = 15;

    /** One row per province, ordered by nominal rank. */
    public List<RankInterval> rankIntervals() {
        List<RankInterval> out = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            long[] c = rankCounts[p];
            long t1 = 0;
            long t2 = 0;
            for (int r = 0; r < c.length; r++) {
                if (r + 1 <= TIER1_LAST) {
                    t1 += c[r];
                } else if (r + 1 <= TIER2_LAST) {
                    t2 += c[r];
                }
            }
            double mean = scoreMoments[p][0] / runs;
            double var = Math.max(0, scoreMoments[p][1] / runs - mean * mean);
            out.add(new RankInterval(provinces.get(p), (int) nominalRanks[p], quantile(c, 0.5), quantile(c, 0.05),
                    quantile(c, 0.95), (double) t1 / runs, (double) t2 / runs, (double) (runs - t1 - t2) / runs, mean, Math.sqrt(var)));
        }
        out.sort(Comparator.comparingInt(RankInterval::nominal).thenComparing(RankInterval::province));
        return out;
    }

    /** The interval of one province. */
    public RankInterval rankInterval(String province) {
        return rankIntervals().stream().filter(r -> r.province().equals(province)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no province '" + province + "'; provinces are " + provinces));
    }

    /** The smallest rank r whose cumulative share reaches p (the inverse empirical distribution function). */
    static int quantile(long[] counts, double p) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double target = p * total;
        long cum = 0;
        for (int r = 0; r < counts.length; r++) {
            cum += counts[r];
            if (cum >= target && cum > 0) {
                return r + 1;
            }
        }
        return counts.length;
    }

    /** Probability of each composite rank-set statement over all runs. */
    public Map<String, Double> rankSetProbabilities() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < rankSetIds.size(); i++) {
            out.put(rankSetIds.get(i), (double) rankSetHolds[i] / runs);
        }
        return out;
    }

    /** Rank bands: province, nominal, median, 5% and 95% rank, tier probabilities, score mean and SD. */
    public Table ranks() {
        StringColumn prov = StringColumn.create("province");
        IntColumn nom = IntColumn.create("nominal");
        IntColumn med = IntColumn.create("median");
        IntColumn lo = IntColumn.create("p05");
        IntColumn hi = IntColumn.create("p95");
        DoubleColumn t1 = DoubleColumn.create("P(1-6)");
        DoubleColumn t2 = DoubleColumn.create("P(7-15)");
        DoubleColumn t3 = DoubleColumn.create("P(16+)");
        DoubleColumn ms = DoubleColumn.create("mean score");
        DoubleColumn sd = DoubleColumn.create("sd score");
        for (RankInterval r : rankIntervals()) {
            prov.append(r.province());
            nom.append(r.nominal());
            med.append(r.median());
            lo.append(r.low());
            hi.append(r.high());
            t1.append(r.tier1());
            t2.append(r.tier2());
            t3.append(r.tier3());
            ms.append(r.meanScore());
            sd.append(r.sdScore());
        }
        return captioned(Table.create("ranks " + year + " over " + runs + " runs", prov, nom, med, lo, hi, t1, t2, t3, ms, sd),
                runsCaption() + Language.pick("；nominal 为本书设定下的名次", "; nominal: the rank under this book's own choices"));
    }

    /** The first {@code n} rows of {@link #ranks()} (the provinces in data order), captioned. */
    public Table ranks(int n) {
        return captioned(ranks().first(n), runsCaption()
                + Language.pick("；nominal 为本书设定下的名次", "; nominal: the rank under this book's own choices"));
    }

    /** "computed from 20480 runs of the index model over 8 uncertain inputs (base sample N = 2048, seed 1), 2023". */
    String runsCaption() {
        return Language.pick("由指数模型在 " + inputs.size() + " 个不确定输入下的 " + runs + " 次运行计算（基础样本 N = "
                        + sobol.n() + "，种子 " + sobol.seed() + "），" + year + " 年",
                "computed from " + runs + " runs of the index model over " + inputs.size() + " uncertain input"
                        + (inputs.size() == 1 ? "" : "s") + " (base "
                        + "sample N = " + sobol.n() + ", seed " + sobol.seed() + "), " + year);
    }

    /** "computed from 20480 model runs (…); intervals from 1000 bootstrap replicates" for the Sobol tables. */
    String sobolCaption() {
        return runsCaption() + Language.pick("；区间由 " + sobol.replicates() + " 次自助重抽样计算",
                "; intervals from " + sobol.replicates() + " bootstrap replicates");
    }

    private static Table captioned(Table t, String caption) {
        return ShownProvenance.attach(t, caption);
    }

    /** Sobol indices of every input for one output, with their bootstrap intervals. */
    public Table sensitivity(String output) {
        return captioned(indexTable("sensitivity of " + output, sobol.indicesOf(output)), sobolCaption());
    }

    /** Sobol indices of every input for every output (one row per output and input). */
    public Table sensitivity() {
        return captioned(indexTable("sensitivity indices", sobol.indices()), sobolCaption());
    }

    private static Table indexTable(String name, List<SensitivityIndex> list) {
        StringColumn out = StringColumn.create("output");
        StringColumn in = StringColumn.create("input");
        DoubleColumn s1 = DoubleColumn.create("S1");
        DoubleColumn s1l = DoubleColumn.create("S1 low");
        DoubleColumn s1h = DoubleColumn.create("S1 high");
        DoubleColumn st = DoubleColumn.create("ST");
        DoubleColumn stl = DoubleColumn.create("ST low");
        DoubleColumn sth = DoubleColumn.create("ST high");
        for (SensitivityIndex s : list) {
            out.append(s.output());
            in.append(s.input());
            s1.append(s.s1());
            s1l.append(s.s1Low());
            s1h.append(s.s1High());
            st.append(s.st());
            stl.append(s.stLow());
            sth.append(s.stHigh());
        }
        return Table.create(name, out, in, s1, s1l, s1h, st, stl, sth);
    }

    /** The indices after each power-of-two prefix of the design: n, runs, output, input, S1, ST. */
    public Table convergence() {
        IntColumn n = IntColumn.create("N");
        LongColumn r = LongColumn.create("runs");
        StringColumn out = StringColumn.create("output");
        StringColumn in = StringColumn.create("input");
        DoubleColumn s1 = DoubleColumn.create("S1");
        DoubleColumn st = DoubleColumn.create("ST");
        for (ConvergencePoint c : sobol.convergence()) {
            n.append(c.n());
            r.append(c.runs());
            out.append(c.output());
            in.append(c.input());
            s1.append(c.s1());
            st.append(c.st());
        }
        return captioned(Table.create("convergence", n, r, out, in, s1, st), runsCaption()
                + Language.pick("；每行为设计中前 N 行的估计", "; each row estimated on the design's first N rows"));
    }

    /** Every index and economy statement: the scorecard's verdict and the probability it holds. */
    public Table statementTable() {
        StringColumn id = StringColumn.create("id");
        StringColumn nominal = StringColumn.create("verdict");
        DoubleColumn p = DoubleColumn.create("P(holds)");
        DoubleColumn lo = DoubleColumn.create("low");
        DoubleColumn hi = DoubleColumn.create("high");
        IntColumn runsCol = IntColumn.create("runs");
        IntColumn evaluated = IntColumn.create("evaluated");
        for (StatementRobustness s : statements) {
            id.append(s.id());
            nominal.append(s.nominal());
            p.append(s.probability());
            lo.append(s.low());
            hi.append(s.high());
            runsCol.append(s.runs());
            evaluated.append(s.holds() + s.fails());
        }
        int m = statements.stream().mapToInt(StatementRobustness::runs).max().orElse(0);
        return captioned(Table.create("statements: probability of holding", id, nominal, p, lo, hi, runsCol, evaluated),
                Language.pick(statements.size() + " 条陈述引自蓝皮书；verdict 为本书设定下的记分卡判断；P(holds) 及其 Wilson 95% 区间由 "
                                + m + " 次完整模型运行计算（设计的前 " + m + " 行，种子 " + sobol.seed() + "）",
                        statements.size() + " statements quoted from the book; verdict: the scorecard's under this book's "
                                + "own choices; P(holds) and its Wilson 95% interval computed from " + m + " full-model runs "
                                + "(the design's first " + m + " rows, seed " + sobol.seed() + ")"));
    }

    /** The input with the largest total index for the mean rank shift. */
    public String dominantInput() {
        return sobol.dominantInput(IndexUncertainty.RANK_SHIFT);
    }

    /** Everything as JSON: same seed and N give the same bytes on any number of threads. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("year", year);
        root.put("n", sobol.n());
        root.put("runs", runs);
        root.put("seed", sobol.seed());
        root.put("bootstrapReplicates", sobol.replicates());
        List<Map<String, Object>> ins = new ArrayList<>();
        for (UncertainInput i : inputs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("distribution", i.describe());
            ins.add(m);
        }
        root.put("inputs", ins);
        root.put("ranks", rankIntervals());
        root.put("rankSetProbability", rankSetProbabilities());
        root.put("statements", statements);
        root.put("sensitivity", SobolJson.indices(sobol));
        root.put("convergence", sobol.convergence());
        return SobolJson.gson().toJson(root);
    }
}
