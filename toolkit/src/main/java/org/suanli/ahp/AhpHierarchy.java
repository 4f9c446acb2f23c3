package org.suanli.ahp;

import org.suanli.data.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.data.FrameworkNode;
import org.suanli.data.ShownProvenance;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * AHP weights over an indicator tree: a comparison matrix at every node with several children, local weights from
 * each matrix, and global weights as the product of local weights along the path from the root.
 *
 * <p>A node with a single child passes its whole weight to it (local weight 1, no matrix needed). Every matrix must
 * compare exactly the node's children; {@link #validate} lists every node where that fails, so a user editing an
 * expert file sees all problems at once.
 *
 * <p>Typical use, for the index helper: {@code AhpHierarchy.standard().globalWeights()} → leaf key → weight.
 */
public final class AhpHierarchy {

    /** One node of the tree. The root has {@code parentKey == null}. */
    public record Node(String key, String parentKey, int level, String nameZh, String nameEn) {
    }

    /**
     * The result at one parent node.
     *
     * @param priorities the (aggregated) priorities, null for a single-child node
     * @param panel      the panel result when several experts judged the node, else null
     */
    public record NodeResult(String key, List<String> children, double[] localWeights, Priorities priorities,
                             ExpertPanel.Result panel) {
        /** The consistency ratio of the node's (aggregated, for AIJ) matrix; NaN for AIP or a single child. */
        public double cr() {
            if (panel != null) {
                return panel.aggregatedPriorities() == null ? Double.NaN : panel.aggregatedPriorities().cr();
            }
            return priorities == null ? Double.NaN : priorities.cr();
        }
    }

    private final List<Node> nodes;
    private final Map<String, Node> byKey;
    private final Map<String, List<String>> children;
    private final Map<String, NodeResult> results;
    private final ExpertPanel.Settings settings;
    private final int expertCount;

    private AhpHierarchy(List<Node> nodes, Map<String, NodeResult> results, ExpertPanel.Settings settings,
                         int expertCount) {
        this.nodes = List.copyOf(nodes);
        this.byKey = index(nodes);
        this.children = childMap(nodes);
        this.results = results;
        this.settings = settings;
        this.expertCount = expertCount;
    }

    // ---------------------------------------------------------------- construction

    /** Where the shipped illustrative panel is bundled in the jar (copied from {@code data/ahp/}). */
    static final String BUNDLED_PANEL = "/org/suanli/ahp/default/";

    /**
     * The blue book's framework weighted by the illustrative panel in {@code data/ahp/panel.csv}, aggregated by AIJ
     * with the eigenvector method, Saaty's classic RI and CR ≤ 0.10. Reads {@code data/ahp/} when the project's
     * data folder is found (so edited judgments take effect), else the copy bundled in the jar.
     *
     * <p>The panel is ILLUSTRATIVE: the blue book publishes neither its experts' matrices nor its weights.
     */
    public static AhpHierarchy standard() {
        return standard(ExpertPanel.Settings.defaults());
    }

    /** {@link #standard()} with other settings (aggregation, method, RI table, threshold, exclusion). */
    public static AhpHierarchy standard(ExpertPanel.Settings settings) {
        return panel(tree(Framework.standard()), standardPanel(), settings);
    }

    /** The experts of the shipped illustrative panel. */
    public static List<ExpertJudgments> standardPanel() {
        Optional<Path> dir = DataFiles.find().map(d -> d.resolve("ahp"));
        if (dir.isPresent() && Files.isRegularFile(dir.get().resolve("panel.csv"))) {
            return ExpertPanelFile.read(dir.get().resolve("panel.csv"));
        }
        List<ExpertJudgments> out = new ArrayList<>();
        for (int k = 1; k <= 99; k++) {
            String name = String.format(Locale.ROOT, "expert-%02d", k);
            try (InputStream in = AhpHierarchy.class.getResourceAsStream(BUNDLED_PANEL + name + ".csv")) {
                if (in == null) {
                    break;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.add(ExpertJudgments.parse(text, "bundled " + name + ".csv", name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("No data/ahp/panel.csv found and no panel bundled in the jar");
        }
        return out;
    }

    /** The framework's nodes as an AHP tree (same keys, levels and names). */
    /**
     * The illustrative panel's experts at one node of the hierarchy (e.g. {@code "index"}, the five dimensions),
     * ready for {@link ExpertPanel#aggregate} or {@link ExpertPanel#compare}.
     */
    public static List<ExpertPanel.Expert> standardExperts(String node) {
        List<ExpertPanel.Expert> out = new ArrayList<>();
        for (ExpertJudgments e : standardPanel()) {
            PairwiseMatrix m = e.matrices().get(node);
            if (m == null) {
                throw new IllegalArgumentException("Expert " + e.id() + " judged no matrix at node '" + node
                        + "'; the judged nodes are " + e.matrices().keySet());
            }
            out.add(new ExpertPanel.Expert(e.id(), e.weight(), m));
        }
        return out;
    }

    public static List<Node> tree(Framework framework) {
        List<Node> out = new ArrayList<>();
        for (FrameworkNode n : framework.nodes()) {
            out.add(new Node(n.key(), n.parent().orElse(null), n.level(), n.nameZh(), n.nameEn()));
        }
        return out;
    }

    /** One expert's matrices over the framework. */
    public static AhpHierarchy of(Framework framework, Map<String, PairwiseMatrix> matrices) {
        return of(tree(framework), matrices, ExpertPanel.Settings.defaults());
    }

    /** Reads expert or panel files over the framework. */
    public static AhpHierarchy read(Framework framework, ExpertPanel.Settings settings, Path... files) {
        return read(tree(framework), settings, files);
    }

    /** One expert's matrices over a tree. */
    public static AhpHierarchy of(List<Node> tree, Map<String, PairwiseMatrix> matrices, ExpertPanel.Settings settings) {
        return panel(tree, List.of(new ExpertJudgments("expert", 1.0, matrices)), settings);
    }

    /** Several experts' matrices over a tree, aggregated node by node. */
    public static AhpHierarchy panel(List<Node> tree, List<ExpertJudgments> experts, ExpertPanel.Settings settings) {
        if (experts.isEmpty()) {
            throw new IllegalArgumentException("A hierarchy needs the judgments of at least one expert");
        }
        checkTree(tree);
        List<MatrixIssue> issues = new ArrayList<>();
        for (ExpertJudgments e : experts) {
            issues.addAll(validate(tree, e));
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException("The AHP judgments", issues);
        }
        Map<String, List<String>> kids = childMap(tree);
        Map<String, NodeResult> results = new LinkedHashMap<>();
        for (Node node : tree) {
            List<String> c = kids.getOrDefault(node.key(), List.of());
            if (c.isEmpty()) {
                continue;
            }
            if (c.size() == 1) {
                results.put(node.key(), new NodeResult(node.key(), c, new double[] {1.0}, null, null));
                continue;
            }
            List<ExpertPanel.Expert> panel = new ArrayList<>();
            for (ExpertJudgments e : experts) {
                panel.add(new ExpertPanel.Expert(e.id(), e.weight(), e.matrices().get(node.key())));
            }
            ExpertPanel.Result r = ExpertPanel.aggregate(panel, settings);
            double[] local = new double[c.size()];
            for (int i = 0; i < c.size(); i++) {
                local[i] = r.weight(c.get(i));
            }
            Priorities p = experts.size() == 1 ? r.experts().get(0).priorities() : r.aggregatedPriorities();
            results.put(node.key(), new NodeResult(node.key(), c, local, p, experts.size() == 1 ? null : r));
        }
        return new AhpHierarchy(tree, results, settings, experts.size());
    }

    /** Reads a panel file ({@code expert,file,weight,note}) or one or more expert files, over the given tree. */
    public static AhpHierarchy read(List<Node> tree, ExpertPanel.Settings settings, Path... files) {
        return panel(tree, ExpertPanelFile.readAll(files), settings);
    }

    /**
     * Every problem of one expert's matrices against the tree: a multi-child node without a matrix, a matrix of
     * the wrong size or comparing other elements, a matrix attached to a leaf, a single-child node or an unknown
     * node. Empty when all is well.
     */
    public static List<MatrixIssue> validate(List<Node> tree, ExpertJudgments expert) {
        Map<String, List<String>> kids = childMap(tree);
        Set<String> keys = index(tree).keySet();
        List<MatrixIssue> issues = new ArrayList<>();
        String who = "expert " + expert.id();
        for (Node node : tree) {
            List<String> c = kids.getOrDefault(node.key(), List.of());
            PairwiseMatrix m = expert.matrices().get(node.key());
            if (c.size() >= 2 && m == null) {
                issues.add(new MatrixIssue(who, 0, 0, 0, "", MatrixIssue.Severity.ERROR, "node '" + node.key()
                        + "' has " + c.size() + " children " + c + " but no comparison matrix; add the "
                        + (c.size() * (c.size() - 1) / 2) + " judgments 'node,row,column,value' for it"));
            } else if (c.size() >= 2) {
                Set<String> given = new HashSet<>(m.labels());
                if (m.size() != c.size() || !given.equals(new HashSet<>(c))) {
                    List<String> missing = new ArrayList<>(c);
                    missing.removeAll(given);
                    List<String> extra = new ArrayList<>(m.labels());
                    extra.removeAll(c);
                    issues.add(new MatrixIssue(who, 0, 0, 0, "", MatrixIssue.Severity.ERROR, "node '"
                            + node.key() + "' needs a " + c.size() + "×" + c.size() + " matrix of its children "
                            + c + " but the judgments give a " + m.size() + "×" + m.size() + " matrix"
                            + (missing.isEmpty() ? "" : "; not compared: " + missing)
                            + (extra.isEmpty() ? "" : "; not children of this node: " + extra)));
                }
            } else if (m != null && m.size() > 1) {
                issues.add(new MatrixIssue(who, 0, 0, 0, "", MatrixIssue.Severity.ERROR, "node '" + node.key()
                        + "' has " + (c.isEmpty() ? "no children" : "a single child (weight 1)")
                        + " and needs no comparison matrix; remove its judgments"));
            }
        }
        for (String k : expert.matrices().keySet()) {
            if (!keys.contains(k)) {
                issues.add(new MatrixIssue(who, 0, 0, 0, "", MatrixIssue.Severity.ERROR, "judgments for '" + k
                        + "', which is not a node of the hierarchy; the nodes with children are "
                        + kids.keySet()));
            }
        }
        return issues;
    }

    // ---------------------------------------------------------------- results

    public List<Node> nodes() {
        return nodes;
    }

    public ExpertPanel.Settings settings() {
        return settings;
    }

    public int expertCount() {
        return expertCount;
    }

    /** The result at each parent node, in tree order. */
    public Map<String, NodeResult> nodeResults() {
        return Collections.unmodifiableMap(results);
    }

    /** Each node's weight relative to its siblings (the root's is 1). */
    public Map<String, Double> localWeights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            out.put(n.key(), localWeight(n.key()));
        }
        return out;
    }

    private double localWeight(String key) {
        Node n = byKey.get(key);
        if (n.parentKey() == null) {
            return 1.0;
        }
        NodeResult r = results.get(n.parentKey());
        return r.localWeights()[r.children().indexOf(key)];
    }

    /** Each node's share of the whole: the product of local weights from the root down to it. */
    public Map<String, Double> globalWeightsAllNodes() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            out.put(n.key(), globalWeight(n.key()));
        }
        return out;
    }

    public double globalWeight(String key) {
        Node n = byKey.get(key);
        if (n == null) {
            throw new IllegalArgumentException("'" + key + "' is not a node of the hierarchy");
        }
        double w = 1.0;
        for (Node cur = n; cur.parentKey() != null; cur = byKey.get(cur.parentKey())) {
            w *= localWeight(cur.key());
        }
        return w;
    }

    /** Leaf key → global weight, in tree order; the weights sum to 1. This is what the index consumes. */
    public Map<String, Double> globalWeights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            if (!children.containsKey(n.key())) {
                out.put(n.key(), globalWeight(n.key()));
            }
        }
        return out;
    }

    /** Whether every node's matrix (aggregated matrix for AIJ; each included expert's for AIP) is consistent. */
    public boolean consistent() {
        for (NodeResult r : results.values()) {
            if (r.panel() == null) {
                if (r.priorities() != null && !r.priorities().consistent()) {
                    return false;
                }
            } else if (r.panel().aggregatedPriorities() != null) {
                if (!r.panel().aggregatedPriorities().consistent()) {
                    return false;
                }
            } else if (r.panel().experts().stream().anyMatch(e -> e.included() && !e.priorities().consistent())) {
                return false;
            }
        }
        return true;
    }

    /**
     * One row per node: key, parent, level, names, local and global weight, whether it is a leaf, and the CR of
     * the matrix it was weighted by (NaN for the root, single children and AIP panels).
     */
    public Table table() {
        StringColumn key = StringColumn.create("key");
        StringColumn parent = StringColumn.create("parent");
        IntColumn level = IntColumn.create("level");
        StringColumn zh = StringColumn.create("name_zh");
        StringColumn en = StringColumn.create("name_en");
        DoubleColumn local = DoubleColumn.create("local_weight");
        DoubleColumn global = DoubleColumn.create("global_weight");
        BooleanColumn leaf = BooleanColumn.create("leaf");
        DoubleColumn cr = DoubleColumn.create("parent_cr");
        for (Node n : nodes) {
            key.append(n.key());
            parent.append(n.parentKey() == null ? "" : n.parentKey());
            level.append(n.level());
            zh.append(n.nameZh() == null ? "" : n.nameZh());
            en.append(n.nameEn() == null ? "" : n.nameEn());
            local.append(localWeight(n.key()));
            global.append(globalWeight(n.key()));
            leaf.append(!children.containsKey(n.key()));
            NodeResult r = n.parentKey() == null ? null : results.get(n.parentKey());
            cr.append(r == null ? Double.NaN : r.cr());
        }
        // in English the Chinese names stay out of the table (the English ones are there); nodes() has both
        return captioned(Language.chinese() ? Table.create("AHP weights", key, parent, level, zh, en, local, global, leaf, cr)
                : Table.create("AHP weights", key, parent, level, en, local, global, leaf, cr));
    }

    /** Leaves only: key, names, global weight. */
    public Table leafTable() {
        Table t = table();
        return captioned(t.where(t.booleanColumn("leaf").isTrue())
                .selectColumns(Language.chinese() ? new String[] {"key", "parent", "name_zh", "name_en", "global_weight"}
                        : new String[] {"key", "parent", "name_en", "global_weight"}));
    }

    /** {@link #leafTable()} sorted by global weight, largest first. */
    public Table leafTableByWeight() {
        return captioned(leafTable().sortDescendingOn("global_weight"));
    }

    /**
     * {@code t} with the caption of this hierarchy's weights: computed by AHP from the judgments of this panel, which
     * as shipped in {@code data/ahp/} is illustrative, not the book's.
     */
    private Table captioned(Table t) {
        return ShownProvenance.attach(t, String.format(Locale.ROOT, Language.pick(
                        "由层次分析法根据 %d 位专家在 %d 个节点的两两比较判断计算（data/ahp/ 中随附的专家组为示例，并非蓝皮书的）",
                        "computed by AHP from the pairwise judgments of %d expert%s at %d nodes (the shipped panel in "
                                + "data/ahp/ is illustrative, not the book's)"),
                expertCount, Language.chinese() ? results.size() : (expertCount == 1 ? "" : "s"), results.size()));
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Node> index(List<Node> nodes) {
        Map<String, Node> m = new LinkedHashMap<>();
        for (Node n : nodes) {
            m.put(n.key(), n);
        }
        return m;
    }

    static Map<String, List<String>> childMap(List<Node> nodes) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Node n : nodes) {
            if (n.parentKey() != null) {
                m.computeIfAbsent(n.parentKey(), k -> new ArrayList<>()).add(n.key());
            }
        }
        return m;
    }

    private static void checkTree(List<Node> tree) {
        List<MatrixIssue> issues = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        int roots = 0;
        for (Node n : tree) {
            if (seen.put(n.key(), n) != null) {
                issues.add(new MatrixIssue("tree", 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "node '" + n.key() + "' appears twice"));
            }
            if (n.parentKey() == null) {
                roots++;
            }
        }
        for (Node n : tree) {
            if (n.parentKey() != null && !seen.containsKey(n.parentKey())) {
                issues.add(new MatrixIssue("tree", 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "node '" + n.key() + "' has parent '" + n.parentKey() + "', which is not in the tree"));
            }
        }
        if (roots != 1) {
            issues.add(new MatrixIssue("tree", 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                    "the tree needs exactly one root (a node without parent), found " + roots));
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException("The hierarchy", issues);
        }
    }
}
