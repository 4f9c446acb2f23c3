package org.suanli.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.data.EnglishText;
import org.suanli.data.Language;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;

/**
 * Every node's value and rank for every province and year, from one {@link IndexModel#run()}. The tidy table has
 * one row per (province, year, node); the wide views are what the notebooks show. Tables are built on request,
 * so a run that is only queried for a few numbers stays cheap.
 */
public final class IndexResult {
    private final IndexModel model;
    private final IndexTree tree;
    private final Map<String, Double> localWeights;
    private final int[] years;
    private final List<String> provinces;
    private final List<IndexTree.Node> nodes;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final double[][][] values;
    private final double[][][] ranks;
    private final List<Imputation> imputations;
    private final List<Capping> cappings;
    private final List<String> dropped;
    private final Map<String, List<Standardiser.Fitted>> fitted;

    IndexResult(IndexModel model, IndexTree tree, Map<String, Double> localWeights, int[] years, List<String> provinces,
                List<IndexTree.Node> nodes, double[][][] values, double[][][] ranks, List<Imputation> imputations,
                List<Capping> cappings, List<String> dropped, Map<String, List<Standardiser.Fitted>> fitted) {
        this.model = model;
        this.tree = tree;
        this.localWeights = Map.copyOf(localWeights);
        this.years = years;
        this.provinces = provinces;
        this.nodes = List.copyOf(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i).key(), i);
        }
        this.values = values;
        this.ranks = ranks;
        this.imputations = imputations;
        this.cappings = cappings;
        this.dropped = dropped;
        this.fitted = fitted;
    }

    public IndexModel model() {
        return model;
    }

    public IndexChoices choices() {
        return model.choices();
    }

    /** The tree actually aggregated (without dropped indicators). */
    public IndexTree tree() {
        return tree;
    }

    public int[] years() {
        return years.clone();
    }

    public List<String> provinces() {
        return provinces;
    }

    /** Values filled in by the missing-value policy. */
    public List<Imputation> imputations() {
        return imputations;
    }

    /** Values changed by winsorisation. */
    public List<Capping> cappings() {
        return cappings;
    }

    /** Indicators removed by the drop policy. */
    public List<String> droppedIndicators() {
        return dropped;
    }

    /** Per indicator, the parameters its standardisation was fitted to (e.g. "leader 41.9 (2022)"). */
    public Map<String, String> fittedParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        Integer base = model.choices().baseYear();
        fitted.forEach((key, list) -> {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                parts.add(list.get(i).parameters() + " (" + (base != null ? base : years[i]) + ")");
            }
            out.put(key, String.join("; ", parts));
        });
        return out;
    }

    /** The local weight actually used for a node (after any drop). */
    public double localWeight(String node) {
        Double w = localWeights.get(node);
        if (w == null) {
            throw new IllegalArgumentException("no node '" + node + "' in the result");
        }
        return w;
    }

    /** The global weight (product of local weights from the root) of a node. */
    public double globalWeight(String node) {
        double g = 1;
        for (String k : tree.path(node)) {
            g *= localWeights.get(k);
        }
        return g;
    }

    public double value(int year, String province, String node) {
        return values[y(year)][n(node)][p(province)];
    }

    public double rank(int year, String province, String node) {
        return ranks[y(year)][n(node)][p(province)];
    }

    /** The composite index of a province. */
    public double composite(int year, String province) {
        return value(year, province, tree.root().key());
    }

    /** The values of a node by province (in data order; a copy). */
    public double[] values(int year, String node) {
        return values[y(year)][n(node)].clone();
    }

    /** Provinces from rank 1 down for a node (ties in data order). */
    public List<String> ranking(int year, String node) {
        double[] v = values[y(year)][n(node)];
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -v[i]).thenComparingInt(i -> i));
        List<String> out = new ArrayList<>();
        for (Integer i : idx) {
            out.add(provinces.get(i));
        }
        return out;
    }

    public int tier(int year, String province) {
        return choices().tiers().tier(composite(year, province));
    }

    /**
     * Mean over provinces of the year-on-year growth of a node, in %: mean(v₁/v₀ − 1) × 100. Meaningful only with
     * base-year anchoring; standardising each year on itself removes the growth the book reports.
     */
    public double meanGrowth(int fromYear, int toYear, String node) {
        double[] a = values[y(fromYear)][n(node)];
        double[] b = values[y(toYear)][n(node)];
        double s = 0;
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                s += b[i] / a[i] - 1;
                k++;
            }
        }
        if (k == 0) {
            throw new StandardisationException("no province has a non-zero " + node + " in " + fromYear);
        }
        return s / k * 100;
    }

    /** The tidy table: province, year, level, node, value, rank (plus the node's Chinese name). */
    public Table table() {
        StringColumn prov = StringColumn.create("province");
        IntColumn year = IntColumn.create("year");
        IntColumn level = IntColumn.create("level");
        StringColumn node = StringColumn.create("node");
        DoubleColumn value = DoubleColumn.create("value");
        DoubleColumn rank = DoubleColumn.create("rank");
        StringColumn name = StringColumn.create("name");
        for (int y = 0; y < years.length; y++) {
            for (int i = 0; i < nodes.size(); i++) {
                IndexTree.Node nd = nodes.get(i);
                for (int p = 0; p < provinces.size(); p++) {
                    prov.append(provinces.get(p));
                    year.append(years[y]);
                    level.append(nd.level());
                    node.append(nd.key());
                    value.append(values[y][i][p]);
                    rank.append(ranks[y][i][p]);
                    name.append(nd.displayName());
                }
            }
        }
        return captioned(Table.create("index (tidy)", prov, year, level, node, value, rank, name));
    }

    /** One row per province (data order), one column per node of {@code level}, named by node key. */
    public Table wide(int year, int level) {
        Table t = Table.create("index " + year + ", level " + level, StringColumn.create("province", provinces));
        for (IndexTree.Node nd : tree.level(level)) {
            t.addColumns(DoubleColumn.create(nd.key(), values[y(year)][n(nd.key())].clone()));
        }
        return captioned(t);
    }

    /**
     * The statistical audit of this result in one year (the Handbook's Step 4): indicator correlations, Cronbach's
     * alpha per dimension, PCA, and flags where 31 provinces are too few; the same as {@code IndexAudit.of(this, year)}.
     */
    public IndexAudit audit(int year) {
        return IndexAudit.of(this, year);
    }

    /**
     * The headline view: province, composite, rank, tier and the five sub-indices (columns named by the level-1
     * keys), sorted by rank. The title names the scale (standardisation and base year), so a table shown on its own
     * still says how its numbers were made.
     */
    public Table summary(int year) {
        String root = tree.root().key();
        Integer base = choices().baseYear();
        Table t = Table.create("算力发展指数 " + year + " · " + choices().standardiser().label()
                        + (base == null ? ", each year on its own data" : ", base year " + base),
                StringColumn.create("province", provinces),
                DoubleColumn.create(root, values[y(year)][n(root)].clone()),
                DoubleColumn.create("rank", ranks[y(year)][n(root)].clone()));
        IntColumn tier = IntColumn.create("tier");
        for (String p : provinces) {
            tier.append(tier(year, p));
        }
        t.addColumns(tier);
        for (IndexTree.Node nd : tree.level(1)) {
            t.addColumns(DoubleColumn.create(nd.key(), values[y(year)][n(nd.key())].clone()));
        }
        Table sorted = captioned(t.sortAscendingOn("rank"));
        return Language.chinese() ? sorted : sorted.setName(EnglishText.english(sorted.name()));
    }

    /**
     * Each province's composite split into its weighted sub-index parts (local weight × sub-index), which sum to
     * the composite under arithmetic aggregation. Under geometric aggregation the parts do not add up, so this
     * refuses.
     */
    public Table contributions(int year) {
        if (choices().aggregation() != Aggregation.ARITHMETIC) {
            throw new StandardisationException("contributions add up to the composite only under arithmetic aggregation; "
                    + "this result used the " + choices().aggregation().description());
        }
        String root = tree.root().key();
        Table t = Table.create("contributions " + year, StringColumn.create("province", provinces));
        for (String k : tree.children(root)) {
            double[] v = values[y(year)][n(k)];
            double w = localWeights.get(k);
            double[] part = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                part[i] = w * v[i];
            }
            t.addColumns(DoubleColumn.create(k, part));
        }
        t.addColumns(DoubleColumn.create(root, values[y(year)][n(root)].clone()));
        return captioned(t.sortDescendingOn(root));
    }

    /**
     * {@code t} with its provenance attached: what the index computed from (the panel's values, by provenance)
     * and the settings that made it, which the notebook page shows at its top.
     */
    public <T> T captioned(T t) {
        String caption = Optional.ofNullable(model.panel().caption())
                .orElse(Language.pick("由来源未记录的面板数据计算（并非读自 IndicatorData）",
                        "computed from a panel of unrecorded provenance (not read from IndicatorData)"));
        return ShownProvenance.attach(t, new ShownProvenance(caption, null, settings()));
    }

    /**
     * {@code t} with the caption of {@link #valuesCaption(int)}: what a table of one year of this result was computed
     * from, counted over that year's indicator values, with this result's settings.
     */
    public <T> T captioned(T t, int year) {
        return ShownProvenance.attach(t, new ShownProvenance(valuesCaption(year), null, settings()));
    }

    /**
     * "computed from values: 14 stated, 420 reconstructed (2023)": the provenance of the indicator values of
     * {@code year} this result computed from; the panel's whole caption when it does not know each value's.
     */
    public String valuesCaption(int year) {
        Panel panel = model.panel();
        if (!panel.knowsProvenance()) {
            return Optional.ofNullable(panel.caption())
                    .orElse(Language.pick("由来源未记录的面板数据计算（并非读自 IndicatorData）",
                            "computed from a panel of unrecorded provenance (not read from IndicatorData)"));
        }
        return ShownProvenance.describe(valueCounts(year), true) + Language.pick("（" + year + " 年）", " (" + year + ")");
    }

    /**
     * How many of the indicator values of {@code year} this result computed from have each provenance; empty when the
     * panel does not know them (it was not read from {@code IndicatorData}).
     */
    public Map<Provenance, Integer> valueCounts(int year) {
        Panel panel = model.panel();
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (IndexTree.Node leaf : tree.leaves()) {
            for (String p : provinces) {
                Provenance pv = panel.provenance(year, p, leaf.key());
                if (pv != null) {
                    counts.merge(pv, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The settings of this result, by name: standardisation, reference year, aggregation, weights. */
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("standardisation", choices().standardiser().label());
        s.put("base year", choices().baseYear() == null ? "none (each year on its own data)" : choices().baseYear().toString());
        s.put("aggregation", choices().aggregation().description());
        s.put("weights", model.weights().source());
        return s;
    }

    private int y(int year) {
        for (int i = 0; i < years.length; i++) {
            if (years[i] == year) {
                return i;
            }
        }
        throw new IllegalArgumentException("no year " + year + " in the result; years are " + Arrays.toString(years));
    }

    private int n(String node) {
        Integer i = nodeIndex.get(node);
        if (i == null) {
            throw new IllegalArgumentException("no node '" + node + "' in the result"
                    + (dropped.contains(node) ? " (it was dropped for missing values)" : "") + "; nodes are " + nodeIndex.keySet());
        }
        return i;
    }

    private int p(String province) {
        int i = provinces.indexOf(province);
        if (i < 0) {
            throw new IllegalArgumentException("no province '" + province + "' in the result");
        }
        return i;
    }

    @Override
    public String toString() {
        return "IndexResult(" + provinces.size() + " provinces × " + years.length + " years × " + nodes.size() + " nodes; "
                + choices() + ")";
    }
}
