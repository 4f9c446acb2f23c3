package org.suanli.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.ahp.AhpHierarchy;
import org.suanli.data.CsvFile;
import org.suanli.data.CsvFormatException;
import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;

/**
 * The weights of an index tree, held as local weights (each node's share among its siblings; siblings sum to
 * 1). The AHP engine produces local weights per matrix and global weights as their product along the path; either
 * form can be given here. The blue book does not publish its weights, so equal weights are the neutral default
 * and the AHP panel's weights an illustrative alternative.
 */
public final class Weights {
    private enum Kind { EQUAL, LOCAL, GLOBAL }

    private static final double TOLERANCE = 1e-6;

    private final Kind kind;
    private final Map<String, Double> given;
    private final boolean normalise;
    private final String source;
    /** Where the weights come from, for a table's caption: {Chinese, English}. */
    private final String[] origin;

    private Weights(Kind kind, Map<String, Double> given, boolean normalise, String source, String[] origin) {
        this.origin = origin.clone();
        this.kind = kind;
        this.given = given == null ? Map.of() : Map.copyOf(given);
        this.normalise = normalise;
        this.source = source;
    }

    /** Equal weights among the children of every node. */
    public static Weights equal() {
        return new Weights(Kind.EQUAL, null, false, "equal weights at every node", new String[] {
                "权重：每个节点的子项等权（蓝皮书未公布其权重）",
                "weights: equal among the children of every node (the book does not publish its weights)"});
    }

    /**
     * Local weights by node key. Every non-root node needs one; a single child may be omitted (it gets 1).
     * Siblings must sum to 1 within 1e-6 unless {@link #normalised()} is asked for.
     */
    public static Weights local(Map<String, Double> weights) {
        return new Weights(Kind.LOCAL, weights, false, "local weights (" + weights.size() + " given)", new String[] {
                "权重：调用者给出的 " + weights.size() + " 个局部权重", "weights: " + weights.size() + " local weights given by the caller"});
    }

    /**
     * Global weights of the leaves (the AHP product along the path; they must sum to 1). Inner nodes' weights are
     * the sums below them, and the local weights follow as ratios. Extra keys for inner nodes are checked against
     * those sums.
     */
    public static Weights global(Map<String, Double> weights) {
        return new Weights(Kind.GLOBAL, weights, false, "global weights (" + weights.size() + " given)", new String[] {
                "权重：调用者给出的 " + weights.size() + " 个全局权重", "weights: " + weights.size() + " global weights given by the caller"});
    }

    /** The local weights of an AHP hierarchy (its global weights are their products along the path). */
    public static Weights ahp(AhpHierarchy hierarchy) {
        Map<String, Double> m = new LinkedHashMap<>(hierarchy.localWeights());
        return new Weights(Kind.LOCAL, m, false, "AHP, " + hierarchy.expertCount() + "-expert panel ("
                + (hierarchy.consistent() ? "all matrices consistent" : "NOT all matrices consistent") + ")", new String[] {
                "由层次分析法根据 " + hierarchy.expertCount() + " 位专家的两两比较判断计算",
                "computed by AHP from the pairwise judgments of " + hierarchy.expertCount() + " expert"
                        + (hierarchy.expertCount() == 1 ? "" : "s")});
    }

    /** The AHP weights of the shipped illustrative expert panel ({@code data/ahp/}). */
    public static Weights ahpStandard() {
        AhpHierarchy h = AhpHierarchy.standard();
        Weights w = ahp(h).describedAs("AHP, illustrative 5-expert panel of data/ahp (AIJ, eigenvector)");
        return new Weights(w.kind, w.given, w.normalise, w.source, new String[] {
                "由层次分析法根据 data/ahp/ 中示例专家组（" + h.expertCount() + " 位专家）的两两比较判断计算（AIJ，特征向量法），"
                        + "并非蓝皮书的权重（蓝皮书未公布其权重）",
                "computed by AHP from the pairwise judgments of the illustrative " + h.expertCount() + "-expert panel in "
                        + "data/ahp/ (AIJ, eigenvector), not the book's weights (the book does not publish them)"});
    }

    /**
     * The weights a name stands for, as {@code suanli index --weights} and the notebooks' {@code weights} parameter
     * spell them: {@code ahp} (or an empty name) is {@link #ahpStandard()}, {@code equal} is {@link #equal()}, and
     * anything else is read as a weights file ({@link #load}).
     */
    public static Weights named(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.equalsIgnoreCase("ahp")) {
            return ahpStandard();
        }
        if (n.equalsIgnoreCase("equal")) {
            return equal();
        }
        Path file = Path.of(n);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("weights '" + name + "' are neither ahp, equal nor a readable file "
                    + "(a weights file is a CSV with the columns node and local_weight, or node and global_weight)");
        }
        return load(file);
    }

    /**
     * Weights from a CSV file whose header says which kind they are: {@code node,local_weight} (each node's share
     * among its siblings, as {@link #local}) or {@code node,global_weight} (the 14 indicators' shares of the whole,
     * as {@link #global}). Node keys are those of {@code data/framework.csv}. The header names the kind so that a
     * file is never read as the other kind by a guess.
     */
    public static Weights load(Path file) {
        CsvFile csv = CsvFile.read(file);
        boolean global = csv.header().contains("global_weight");
        boolean local = csv.header().contains("local_weight");
        if (global == local) {
            throw new CsvFormatException(file.toString(), 1, global ? "local_weight" : "weight",
                    global ? "the header has both local_weight and global_weight; keep one"
                            : "the header needs a column local_weight (shares among siblings) or global_weight (shares of the whole)");
        }
        String column = global ? "global_weight" : "local_weight";
        csv.requireColumns(List.of("node", column));
        Map<String, Double> m = new LinkedHashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            String node = row.get("node");
            if (node.isEmpty()) {
                throw row.error("node", "the node key is empty");
            }
            double w = row.number(column);
            if (w < 0) {
                throw row.error(column, "a weight must be 0 or more, not " + w);
            }
            if (m.put(node, w) != null) {
                throw row.error("node", "node '" + node + "' is given twice");
            }
        }
        Weights w = global ? global(m) : local(m);
        String kindName = global ? "global" : "local";
        return new Weights(w.kind, w.given, w.normalise, kindName + " weights from " + file.getFileName(), new String[] {
                "权重：取自文件 " + file.getFileName() + "（" + (global ? "全局" : "局部") + "权重）",
                "weights: as given in the file " + file.getFileName() + " (" + kindName + " weights)"});
    }

    /** Weights from a table with a key column and a weight column (for example the AHP engine's global-weight table). */
    public static Weights fromTable(Table table, String keyColumn, String weightColumn, boolean globalWeights) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            String key = table.column(keyColumn).getString(i);
            double w = ((NumericColumn<?>) table.column(weightColumn)).getDouble(i);
            m.put(key, w);
        }
        Weights w = globalWeights ? global(m) : local(m);
        return new Weights(w.kind, w.given, false, (globalWeights ? "global" : "local") + " weights from table '" + table.name() + "'",
                new String[] {"权重：取自表「" + table.name() + "」", "weights: " + (globalWeights ? "global" : "local")
                        + " weights as given in a table"});
    }

    /** The same weights, with each sibling group rescaled to sum to 1 (for weights given in points, say). */
    public Weights normalised() {
        return new Weights(kind, given, true, source + ", rescaled per sibling group",
                new String[] {origin[0] + "，按同级重新缩放", origin[1] + ", rescaled per sibling group"});
    }

    /** The same weights with a different description. */
    public Weights describedAs(String description) {
        return new Weights(kind, given, normalise, description, origin);
    }

    public String source() {
        return source;
    }

    /** The local weight of every node of {@code tree} (root 1), checked. */
    public Map<String, Double> localWeights(IndexTree tree) {
        Map<String, Double> local = new HashMap<>();
        local.put(tree.root().key(), 1.0);
        List<String> problems = new ArrayList<>();
        Map<String, Double> global = kind == Kind.GLOBAL ? inferGlobal(tree, problems) : null;
        for (IndexTree.Node n : tree.nodes()) {
            List<String> kids = tree.children(n.key());
            if (kids.isEmpty()) {
                continue;
            }
            double[] w = new double[kids.size()];
            for (int i = 0; i < kids.size(); i++) {
                String k = kids.get(i);
                switch (kind) {
                    case EQUAL:
                        w[i] = 1.0 / kids.size();
                        break;
                    case LOCAL:
                        Double g = given.get(k);
                        if (g == null) {
                            if (kids.size() == 1) {
                                w[i] = 1;
                            } else {
                                problems.add("no weight for '" + k + "' (child of '" + n.key() + "')");
                                w[i] = Double.NaN;
                            }
                        } else {
                            w[i] = g;
                        }
                        break;
                    default:
                        double parent = global.get(n.key());
                        w[i] = parent == 0 ? 1.0 / kids.size() : global.get(k) / parent;
                }
                if (w[i] < 0 || Double.isInfinite(w[i])) {
                    problems.add("weight of '" + k + "' is " + w[i] + "; weights must be finite and ≥ 0");
                }
            }
            double sum = 0;
            for (double v : w) {
                sum += v;
            }
            if (!Double.isNaN(sum)) {
                if (normalise) {
                    if (sum <= 0) {
                        problems.add("the weights of the children of '" + n.key() + "' sum to 0");
                    } else {
                        for (int i = 0; i < w.length; i++) {
                            w[i] /= sum;
                        }
                    }
                } else if (Math.abs(sum - 1) > TOLERANCE) {
                    problems.add(String.format(Locale.ROOT, "the weights of the children of '%s' %s sum to %.6f, not 1 "
                            + "(call normalised() to rescale them)", n.key(), kids, sum));
                }
            }
            for (int i = 0; i < kids.size(); i++) {
                local.put(kids.get(i), w[i]);
            }
        }
        if (kind == Kind.LOCAL) {
            for (String k : given.keySet()) {
                if (!tree.contains(k)) {
                    problems.add("a weight is given for '" + k + "', which is not a node of the tree");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new StandardisationException("weights do not fit the index tree: " + String.join("; ", problems));
        }
        return local;
    }

    private Map<String, Double> inferGlobal(IndexTree tree, List<String> problems) {
        Map<String, Double> g = new HashMap<>();
        double total = 0;
        for (IndexTree.Node leaf : tree.leaves()) {
            Double w = given.get(leaf.key());
            if (w == null) {
                problems.add("no global weight for indicator '" + leaf.key() + "'");
                w = 0.0;
            }
            g.put(leaf.key(), w);
            total += w;
        }
        if (!normalise && Math.abs(total - 1) > 1e-4) {
            problems.add(String.format(Locale.ROOT, "the leaves' global weights sum to %.6f, not 1", total));
        }
        List<IndexTree.Node> order = tree.nodes();
        for (int i = order.size() - 1; i >= 0; i--) {
            IndexTree.Node n = order.get(i);
            if (tree.isLeaf(n.key())) {
                continue;
            }
            double s = 0;
            for (String c : tree.children(n.key())) {
                s += g.get(c);
            }
            g.put(n.key(), s);
            Double claimed = given.get(n.key());
            if (claimed != null && Math.abs(claimed - s) > 1e-4) {
                problems.add(String.format(Locale.ROOT, "the global weight given for '%s' (%.4f) differs from the sum of its indicators (%.4f)",
                        n.key(), claimed, s));
            }
        }
        for (String k : given.keySet()) {
            if (!tree.contains(k)) {
                problems.add("a weight is given for '" + k + "', which is not a node of the tree");
            }
        }
        return g;
    }

    /** Local and global weights of every node, as a table (key, level, name, local, global). */
    public Table table(IndexTree tree) {
        Map<String, Double> local = localWeights(tree);
        StringColumn key = StringColumn.create("node");
        IntColumn level = IntColumn.create("level");
        StringColumn name = StringColumn.create("name");
        DoubleColumn lw = DoubleColumn.create("local_weight");
        DoubleColumn gw = DoubleColumn.create("global_weight");
        for (IndexTree.Node n : tree.nodes()) {
            double g = 1;
            for (String p : tree.path(n.key())) {
                g *= local.get(p);
            }
            key.append(n.key());
            level.append(n.level());
            name.append(n.displayName());
            lw.append(local.get(n.key()));
            gw.append(g);
        }
        Table t = Table.create("weights: " + source, key, level, name, lw, gw);
        return ShownProvenance.attach(t, new ShownProvenance(caption(), null, Map.of("weights", source)));
    }

    /**
     * Where these weights come from and how the table's other column follows: e.g. "computed by AHP from the
     * pairwise judgments of the illustrative 5-expert panel in data/ahp/ …; global weight = product of the local
     * weights along the path".
     */
    public String caption() {
        return Language.pick(origin[0], origin[1]) + (kind == Kind.GLOBAL
                ? Language.pick("；局部权重为给定全局权重之比", "; local weight = ratio of the given global weights")
                : Language.pick("；全局权重为路径上局部权重之积", "; global weight = product of the local weights along the path"));
    }

    @Override
    public String toString() {
        return "Weights(" + source + ")";
    }
}
