package org.suanli.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.suanli.ahp.AhpHierarchy;
import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Data, tree, weights and choices in one immutable value; {@link #run()} turns them into an {@link IndexResult}.
 * Every {@code withX} returns a new model, so a notebook can keep the default and several variants side by side,
 * and a re-run after one changed choice costs well under a millisecond at provincial scale (see docs/index.md).
 */
public final class IndexModel {
    private final Panel panel;
    private final IndexTree tree;
    private final Weights weights;
    private final IndexChoices choices;

    private IndexModel(Panel panel, IndexTree tree, Weights weights, IndexChoices choices) {
        if (panel == null || tree == null || weights == null || choices == null) {
            throw new IllegalArgumentException("a model needs data, a tree, weights and choices");
        }
        this.panel = panel;
        this.tree = tree;
        this.weights = weights;
        this.choices = choices;
    }

    /** A model with equal weights and the {@link IndexChoices#defaults() default choices}. */
    public static IndexModel of(Panel panel, IndexTree tree) {
        return new IndexModel(panel, tree, Weights.equal(), IndexChoices.defaults());
    }

    /** The blue book's set-up: the indicator data on 表1, equal weights, default choices. */
    public static IndexModel of(IndicatorData data, Framework framework) {
        return of(Panel.from(data), IndexTree.from(framework));
    }

    /**
     * The shipped data ({@code data/indicators.csv}) on the standard framework, weighted by the illustrative AHP
     * panel of {@code data/ahp/}, with the default choices.
     */
    public static IndexModel standard() {
        return of(DataFiles.indicators(), Framework.standard()).withWeights(Weights.ahpStandard());
    }

    public Panel panel() {
        return panel;
    }

    public IndexTree tree() {
        return tree;
    }

    public Weights weights() {
        return weights;
    }

    public IndexChoices choices() {
        return choices;
    }

    public IndexModel withData(Panel p) {
        return new IndexModel(p, tree, weights, choices);
    }

    public IndexModel withTree(IndexTree t) {
        return new IndexModel(panel, t, weights, choices);
    }

    public IndexModel withWeights(Weights w) {
        return new IndexModel(panel, tree, w, choices);
    }

    /**
     * A copy weighted by the global weights of an AHP hierarchy, e.g. {@code model.withWeights(book.ahp())}; the same
     * as {@code withWeights(Weights.ahp(h))}.
     */
    public IndexModel withWeights(AhpHierarchy h) {
        return withWeights(Weights.ahp(h));
    }

    /**
     * A copy whose data lack one value (year, province, indicator), to see that the model refuses the gap and what
     * each {@link MissingPolicy} does with it.
     */
    public IndexModel withoutValue(int year, String province, String indicator) {
        return withData(panel.without(year, province, indicator));
    }

    /**
     * One indicator in one year standardised by every method of {@link Standardiser#catalogue()}, side by side:
     * province, raw value, one column per method, largest raw value first.
     */
    public Table standardisations(int year, String indicator) {
        return rawCaptioned(Standardise.compare(column(year, indicator), provinceColumn(), Standardiser.catalogue()),
                year, indicator);
    }

    /** The first {@code n} rows of {@link #standardisations}: the provinces with the largest raw values, captioned. */
    public Table standardisationsFirst(int year, String indicator, int n) {
        return rawCaptioned(standardisations(year, indicator).first(n), year, indicator);
    }

    /** The last {@code n} rows of {@link #standardisations}: the provinces with the smallest raw values, captioned. */
    public Table standardisationsLast(int year, String indicator, int n) {
        return rawCaptioned(standardisations(year, indicator).last(n), year, indicator);
    }

    /**
     * One indicator in one year winsorised at its {@code upperPercentile} (e.g. 90): the cap and every value it capped
     * ({@code capped()}), never silently.
     */
    public Standardise.Winsorised winsorise(int year, String indicator, double upperPercentile) {
        return Standardise.winsorise(column(year, indicator), provinceColumn(), Winsorisation.upper(upperPercentile));
    }

    /** One indicator in one year next to ln(x + 1), which keeps zeros defined: province, value, log value. */
    public Table logTable(int year, String indicator) {
        DoubleColumn x = column(year, indicator);
        return rawCaptioned(Table.create(indicator + ", ln(x + 1), " + year, provinceColumn(), x,
                Standardise.log(x, LogTransform.plusOne())), year, indicator);
    }

    /** The first {@code n} rows (data order) of {@link #logTable(int, String)}, captioned. */
    public Table logTable(int year, String indicator, int n) {
        return rawCaptioned(logTable(year, indicator).first(n), year, indicator);
    }

    /**
     * {@code t} (with a {@code province} column and the raw column {@code indicator}) with the caption that says
     * where the raw values shown come from (counted over the rows shown) and that the other columns are computed
     * from them; reconstructed raw cells are marked.
     */
    private Table rawCaptioned(Table t, int year, String indicator) {
        StringColumn prov = t.stringColumn("province");
        String caption;
        if (panel.knowsProvenance()) {
            Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
            for (int r = 0; r < t.rowCount(); r++) {
                Provenance p = panel.provenance(year, prov.get(r), indicator);
                if (p != null) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
            boolean marked = counts.getOrDefault(Provenance.RECONSTRUCTED, 0) > 0;
            caption = indicator + Language.pick("（" + year + " 年）", " (" + year + "): ")
                    + ShownProvenance.describe(counts, false)
                    + Language.pick("；其余列由其计算", "; the other columns computed from them")
                    + (marked ? Language.pick("；标记 r：重构", "; marked r: reconstructed") : "");
        } else {
            caption = indicator + Language.pick("（" + year + " 年）：来源未记录的数值（并非读自 IndicatorData）；其余列由其计算",
                    " (" + year + "): values of unrecorded provenance (not read from IndicatorData); the other columns "
                    + "computed from them");
        }
        return ShownProvenance.attach(t, new ShownProvenance(caption, (row, column) -> column.equals(indicator)
                && row >= 0 && row < prov.size() ? panel.provenance(year, prov.get(row), indicator) : null, Map.of()));
    }

    private DoubleColumn column(int year, String indicator) {
        return DoubleColumn.create(indicator, panel.values(year, indicator));
    }

    private StringColumn provinceColumn() {
        return StringColumn.create("province", panel.provinces());
    }

    public IndexModel withChoices(IndexChoices c) {
        return new IndexModel(panel, tree, weights, c);
    }

    public IndexModel withStandardiser(Standardiser s) {
        IndexChoices c = choices;
        return withChoices(new IndexChoices(s, c.aggregation(), c.baseYear(), c.missing(), c.log(), c.winsorisation(), c.rankTies(), c.tiers()));
    }

    public IndexModel withAggregation(Aggregation a) {
        IndexChoices c = choices;
        return withChoices(new IndexChoices(c.standardiser(), a, c.baseYear(), c.missing(), c.log(), c.winsorisation(), c.rankTies(), c.tiers()));
    }

    /** Standardise every year with the parameters of {@code year}. */
    public IndexModel withBaseYear(int year) {
        return withChoices(withBase(choices, year));
    }

    /** Standardise each year on its own data. */
    public IndexModel withoutBaseYear() {
        return withChoices(withBase(choices, null));
    }

    public IndexModel withMissingPolicy(MissingPolicy m) {
        IndexChoices c = choices;
        return withChoices(new IndexChoices(c.standardiser(), c.aggregation(), c.baseYear(), m, c.log(), c.winsorisation(), c.rankTies(), c.tiers()));
    }

    /** ln(x + shift) before standardising; null removes it. */
    public IndexModel withLog(LogTransform log) {
        IndexChoices c = choices;
        return withChoices(new IndexChoices(c.standardiser(), c.aggregation(), c.baseYear(), c.missing(), log, c.winsorisation(), c.rankTies(), c.tiers()));
    }

    /** Winsorisation before standardising; null removes it. */
    public IndexModel withWinsorisation(Winsorisation w) {
        IndexChoices c = choices;
        return withChoices(new IndexChoices(c.standardiser(), c.aggregation(), c.baseYear(), c.missing(), c.log(), w, c.rankTies(), c.tiers()));
    }

    public IndexModel withRankTies(TieRule t) {
        IndexChoices c = choices;
        return withChoices(new IndexChoices(c.standardiser(), c.aggregation(), c.baseYear(), c.missing(), c.log(), c.winsorisation(), t, c.tiers()));
    }

    public IndexModel withTiers(Tiers t) {
        IndexChoices c = choices;
        return withChoices(new IndexChoices(c.standardiser(), c.aggregation(), c.baseYear(), c.missing(), c.log(), c.winsorisation(), c.rankTies(), t));
    }

    private static IndexChoices withBase(IndexChoices c, Integer base) {
        return new IndexChoices(c.standardiser(), c.aggregation(), base, c.missing(), c.log(), c.winsorisation(), c.rankTies(), c.tiers());
    }

    /** Computes every node's value and rank for every province and year. */
    public IndexResult run() {
        int[] years = panel.years();
        List<String> provinces = panel.provinces();
        int np = provinces.size();
        int ny = years.length;
        if (np == 0 || ny == 0) {
            throw new StandardisationException("the data have no provinces or no years");
        }
        Integer base = choices.baseYear();
        if (base != null && Arrays.binarySearch(years, base) < 0) {
            throw new StandardisationException("the choices anchor every year to base year " + base + " (" + choices.standardiser().label()
                    + "), which is not in the data (years " + Arrays.toString(years) + "); use withBaseYear(one of those years), "
                    + "or withoutBaseYear() to standardise each year on its own data");
        }
        int baseIndex = base == null ? -1 : panel.yearIndex(base);

        // 1. the leaves' raw values, with the missing-value policy applied
        Map<String, Double> fullLocal = weights.localWeights(tree);
        List<IndexTree.Node> leaves = tree.leaves();
        Set<String> dropped = new LinkedHashSet<>();
        List<String> missingCells = new ArrayList<>();
        List<Imputation> imputations = new ArrayList<>();
        Map<String, double[][]> raw = new HashMap<>(); // leaf -> [year][province]
        for (IndexTree.Node leaf : leaves) {
            int ii = panel.indicatorIndex(leaf.key());
            double[][] m = new double[ny][];
            for (int y = 0; y < ny; y++) {
                m[y] = ii < 0 ? nanRow(np) : panel.row(y, ii).clone();
            }
            raw.put(leaf.key(), m);
            for (int y = 0; y < ny; y++) {
                for (int p = 0; p < np; p++) {
                    if (Double.isNaN(m[y][p])) {
                        if (choices.missing() instanceof MissingPolicy.DropIndicator) {
                            dropped.add(leaf.key());
                        } else if (choices.missing() instanceof MissingPolicy.Refuse) {
                            missingCells.add(years[y] + " " + provinces.get(p) + " " + leaf.key());
                        }
                    }
                }
            }
        }
        if (!missingCells.isEmpty()) {
            throw new MissingValueException(missingCells);
        }
        if (choices.missing() instanceof MissingPolicy.Impute) {
            MissingPolicy.ImputeMethod method = ((MissingPolicy.Impute) choices.missing()).method();
            for (IndexTree.Node leaf : leaves) {
                impute(leaf.key(), raw.get(leaf.key()), method, years, provinces, imputations);
            }
        }
        IndexTree effective = tree.without(dropped);
        Map<String, Double> local = rescaleSurvivors(effective, fullLocal);

        // 2. transforms and standardisation, leaf by leaf
        List<IndexTree.Node> nodes = effective.nodes();
        int nn = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nn; i++) {
            index.put(nodes.get(i).key(), i);
        }
        double[][][] values = new double[ny][nn][];
        List<Capping> cappings = new ArrayList<>();
        Map<String, List<Standardiser.Fitted>> fitted = new LinkedHashMap<>();
        for (IndexTree.Node leaf : effective.leaves()) {
            double[][] m = raw.get(leaf.key());
            if (choices.log() != null) {
                for (int y = 0; y < ny; y++) {
                    for (int p = 0; p < np; p++) {
                        m[y][p] = choices.log().apply(m[y][p], years[y] + " " + provinces.get(p) + " " + leaf.key());
                    }
                }
            }
            if (choices.winsorisation() != null) {
                double[] lim = baseIndex >= 0 ? choices.winsorisation().limits(m[baseIndex]) : null;
                for (int y = 0; y < ny; y++) {
                    double[] l = lim != null ? lim : choices.winsorisation().limits(m[y]);
                    for (int p = 0; p < np; p++) {
                        double c = Math.min(Math.max(m[y][p], l[0]), l[1]);
                        if (c != m[y][p]) {
                            cappings.add(new Capping(years[y], provinces.get(p), leaf.key(), m[y][p], c));
                            m[y][p] = c;
                        }
                    }
                }
            }
            int li = index.get(leaf.key());
            Standardiser.Fitted f = null;
            if (baseIndex >= 0) {
                f = fit(leaf, m[baseIndex], provinces, years[baseIndex]);
                fitted.put(leaf.key(), List.of(f));
            }
            for (int y = 0; y < ny; y++) {
                Standardiser.Fitted fy = f != null ? f : fit(leaf, m[y], provinces, years[y]);
                if (f == null) {
                    fitted.computeIfAbsent(leaf.key(), k -> new ArrayList<>()).add(fy);
                }
                double[] out = new double[np];
                for (int p = 0; p < np; p++) {
                    out[p] = fy.apply(m[y][p]);
                }
                values[y][li] = out;
            }
        }

        // 3. aggregation, children before parents
        double[] w = new double[16];
        double[] v = new double[16];
        for (int i = nn - 1; i >= 0; i--) {
            IndexTree.Node node = nodes.get(i);
            List<String> kids = effective.children(node.key());
            if (kids.isEmpty()) {
                continue;
            }
            int k = kids.size();
            if (w.length < k) {
                w = new double[k];
                v = new double[k];
            }
            int[] kidIndex = new int[k];
            for (int c = 0; c < k; c++) {
                kidIndex[c] = index.get(kids.get(c));
                w[c] = local.get(kids.get(c));
            }
            for (int y = 0; y < ny; y++) {
                double[] out = new double[np];
                for (int p = 0; p < np; p++) {
                    for (int c = 0; c < k; c++) {
                        v[c] = values[y][kidIndex[c]][p];
                    }
                    try {
                        out[p] = choices.aggregation().combine(v, w, k);
                    } catch (StandardisationException e) {
                        throw new StandardisationException(years[y] + " " + provinces.get(p) + " " + node.key() + " (children "
                                + kids + "): " + e.getMessage());
                    }
                }
                values[y][i] = out;
            }
        }

        // 4. ranks, 1 = highest
        double[][][] ranks = new double[ny][nn][];
        for (int y = 0; y < ny; y++) {
            for (int i = 0; i < nn; i++) {
                ranks[y][i] = Ranks.rank(values[y][i], choices.rankTies(), true);
            }
        }
        return new IndexResult(this, effective, local, years, provinces, nodes, values, ranks, List.copyOf(imputations),
                List.copyOf(cappings), List.copyOf(dropped), fitted);
    }

    private Standardiser.Fitted fit(IndexTree.Node leaf, double[] reference, List<String> provinces, int year) {
        try {
            return choices.standardiser().fit(reference, provinces, leaf.direction());
        } catch (StandardisationException e) {
            throw new StandardisationException("indicator '" + leaf.key() + "', " + year + ": " + e.getMessage());
        }
    }

    private static Map<String, Double> rescaleSurvivors(IndexTree effective, Map<String, Double> fullLocal) {
        Map<String, Double> local = new HashMap<>();
        local.put(effective.root().key(), 1.0);
        for (IndexTree.Node n : effective.nodes()) {
            List<String> kids = effective.children(n.key());
            double s = 0;
            for (String k : kids) {
                s += fullLocal.get(k);
            }
            for (String k : kids) {
                local.put(k, s > 0 ? fullLocal.get(k) / s : 1.0 / kids.size());
            }
        }
        return local;
    }

    private static void impute(String key, double[][] m, MissingPolicy.ImputeMethod method, int[] years,
                               List<String> provinces, List<Imputation> log) {
        for (int y = 0; y < m.length; y++) {
            double[] row = m[y];
            double[] observed = Arrays.stream(row).filter(d -> !Double.isNaN(d)).sorted().toArray();
            for (int p = 0; p < row.length; p++) {
                if (!Double.isNaN(row[p])) {
                    continue;
                }
                double fill;
                switch (method) {
                    case MEAN:
                        fill = observed.length == 0 ? Double.NaN : Arrays.stream(observed).average().orElseThrow();
                        break;
                    case MEDIAN:
                        fill = observed.length == 0 ? Double.NaN : Winsorisation.quantile(observed, 0.5);
                        break;
                    case MINIMUM:
                        fill = observed.length == 0 ? Double.NaN : observed[0];
                        break;
                    default:
                        fill = y == 0 ? Double.NaN : m[y - 1][p];
                }
                if (Double.isNaN(fill)) {
                    throw new StandardisationException("cannot impute " + years[y] + " " + provinces.get(p) + " " + key
                            + " by " + method.description() + ": there is nothing to impute from"
                            + (method == MissingPolicy.ImputeMethod.PREVIOUS_YEAR ? " (no earlier year has a value)" : " (no province has a value)")
                            + "; choose another method or drop the indicator");
                }
                row[p] = fill;
                log.add(new Imputation(years[y], provinces.get(p), key, fill, method.description()));
            }
        }
    }

    private static double[] nanRow(int n) {
        double[] r = new double[n];
        Arrays.fill(r, Double.NaN);
        return r;
    }

    @Override
    public String toString() {
        return "IndexModel(" + panel + ", " + tree + ", " + weights.source() + "; " + choices + ")";
    }
}
