package org.suanli.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;


/**
 * The indicator framework of 表1 (先进计算暨算力发展指数 3.0) as a tree: 5 first-level, 13 second-level and
 * 14 third-level indicators under one index.
 *
 * <p>It is data ({@code data/framework.csv}), not code, so that a researcher can add, drop or rename an
 * indicator and re-run everything; AHP matrices and weights hang on its keys. The shipped file is also bundled
 * in the jar, so {@link #standard()} works without a checkout.
 */
public final class Framework {

    private static final String RESOURCE = "/org/suanli/data/default/framework.csv";
    private static volatile Framework standard;

    private final Map<String, FrameworkNode> nodes;
    private final Map<String, List<FrameworkNode>> children;
    private final String origin;

    private Framework(List<FrameworkNode> list, String origin) {
        this.origin = origin;
        Map<String, FrameworkNode> byKey = new LinkedHashMap<>();
        Map<String, List<FrameworkNode>> kids = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (FrameworkNode n : list) {
            if (byKey.put(n.key(), n) != null) {
                problems.add("the key '" + n.key() + "' appears twice");
            }
            kids.put(n.key(), new ArrayList<>());
        }
        FrameworkNode root = null;
        for (FrameworkNode n : list) {
            if (n.parent().isEmpty()) {
                if (root != null) {
                    problems.add("two roots: '" + root.key() + "' and '" + n.key() + "'");
                }
                root = n;
                continue;
            }
            FrameworkNode parent = byKey.get(n.parentKey());
            if (parent == null) {
                problems.add("'" + n.key() + "' names the parent '" + n.parentKey() + "', which is not in the file");
            } else if (parent.level() != n.level() - 1) {
                problems.add("'" + n.key() + "' is level " + n.level() + " but its parent '" + parent.key()
                        + "' is level " + parent.level());
            } else {
                kids.get(parent.key()).add(n);
            }
        }
        if (root == null) {
            problems.add("no root (a row with an empty parent)");
        }
        for (FrameworkNode n : list) {
            if (n.isLeaf() && (n.direction() == null)) {
                problems.add("the indicator '" + n.key() + "' has no direction (+ or -)");
            }
            if (!n.isLeaf() && kids.get(n.key()).isEmpty()) {
                problems.add("'" + n.key() + "' (level " + n.level() + ") has no children; only level-3 nodes are leaves");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The framework " + origin + " is not a valid tree: "
                    + String.join("; ", problems));
        }
        this.nodes = Collections.unmodifiableMap(byKey);
        Map<String, List<FrameworkNode>> frozen = new LinkedHashMap<>();
        kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Collections.unmodifiableMap(frozen);
    }

    /** The blue book's framework, from the copy bundled in the jar. */
    public static Framework standard() {
        Framework f = standard;
        if (f == null) {
            try (InputStream in = Framework.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The framework " + RESOURCE + " is missing from the jar; rebuild it");
                }
                String origin = "data/framework.csv (bundled)";
                f = parse(CsvFile.parse(CsvFile.decode(in.readAllBytes(), origin), origin), origin);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = f;
        }
        return f;
    }

    /** A framework from a CSV file with the columns of {@code data/framework.csv}. */
    public static Framework load(Path file) {
        return parse(CsvFile.read(file), file.toString());
    }

    /** The columns of a framework file. */
    private static final List<String> COLUMNS = List.of("key", "level", "parent", "name_zh", "name_en", "unit", "direction", "source");

    private static Framework parse(CsvFile csv, String origin) {
        List<FrameworkNode> list = new ArrayList<>();
        for (CsvFile.Row r : csv.requireColumns(COLUMNS).consistentRows()) {
            int level;
            try {
                level = Integer.parseInt(r.get("level"));
            } catch (NumberFormatException e) {
                throw r.error("level", "expected 0, 1, 2 or 3, found '" + r.get("level") + "'");
            }
            String dir = r.get("direction").strip();
            list.add(new FrameworkNode(r.get("key").strip(), level, r.get("parent").strip(), r.get("name_zh").strip(),
                    r.get("name_en").strip(), r.get("unit").strip(), dir.isEmpty() ? null : Direction.parse(dir),
                    r.get("source").strip()));
        }
        return new Framework(list, origin);
    }

    /** Where this framework was read from, for messages. */
    public String origin() {
        return origin;
    }

    public FrameworkNode root() {
        return nodes.values().stream().filter(n -> n.parent().isEmpty()).findFirst().orElseThrow();
    }

    public Optional<FrameworkNode> find(String key) {
        return Optional.ofNullable(nodes.get(key));
    }

    public FrameworkNode node(String key) {
        FrameworkNode n = nodes.get(key);
        if (n == null) {
            throw new NoSuchElementException("No indicator '" + key + "' in the framework " + origin
                    + "; known keys: " + String.join(", ", nodes.keySet()));
        }
        return n;
    }

    public List<FrameworkNode> children(String key) {
        node(key);
        return children.get(key);
    }

    /** All nodes of one level, in file order. */
    public List<FrameworkNode> level(int level) {
        return nodes.values().stream().filter(n -> n.level() == level).toList();
    }

    /** The measured (third-level) indicators, in 表1 order. */
    public List<FrameworkNode> leaves() {
        return level(3);
    }

    /** The leaves below a node (the node itself if it is a leaf), in 表1 order. */
    public List<FrameworkNode> leavesUnder(String key) {
        FrameworkNode n = node(key);
        if (n.isLeaf()) {
            return List.of(n);
        }
        List<FrameworkNode> out = new ArrayList<>();
        for (FrameworkNode c : children(key)) {
            out.addAll(leavesUnder(c.key()));
        }
        return out;
    }

    /** The path from the root to a node, both included. */
    public List<FrameworkNode> path(String key) {
        List<FrameworkNode> path = new ArrayList<>();
        for (FrameworkNode n = node(key); ; n = node(n.parentKey())) {
            path.add(0, n);
            if (n.parent().isEmpty()) {
                return path;
            }
        }
    }

    /** Every node, root first, in file order. */
    public List<FrameworkNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /**
     * 表1 as a table, one row per measured indicator: its dimension, second-level indicator, name, key and unit, in the
     * current language ({@link Language}).
     */
    public Table leafTable() {
        boolean zh = Language.chinese();
        List<FrameworkNode> leaves = leaves();
        StringColumn dimension = StringColumn.create(zh ? "维度" : "dimension");
        StringColumn second = StringColumn.create(zh ? "二级指标" : "second level");
        StringColumn indicator = StringColumn.create(zh ? "三级指标" : "indicator");
        StringColumn key = StringColumn.create("key");
        StringColumn unit = StringColumn.create(zh ? "单位" : "unit");
        for (FrameworkNode n : leaves) {
            List<FrameworkNode> path = path(n.key());
            dimension.append(path.get(1).label(zh));
            second.append(path.get(2).label(zh));
            indicator.append(n.label(zh));
            key.append(n.key());
            unit.append(Units.label(n.unit()));
        }
        Table t = Table.create(zh ? "表1 — " + leaves.size() + "个三级指标" : "Table 1 — the " + leaves.size() + " third-level indicators",
                dimension, second, indicator, key, unit);
        String caption = origin.startsWith("data/framework.csv")
                ? Language.pick("数值：蓝皮书表1 的指标体系，录自 " + origin + "（每个节点的出处见其 source 列）",
                        "values: the book's Table 1 framework as transcribed in " + origin
                                + " (each node's source column says where in the book)")
                : Language.pick("数值：读自 " + origin + " 的指标体系（并非随附的表1）",
                        "values: the framework read from " + origin + " (not the shipped Table 1)");
        return ShownProvenance.attach(t, caption);
    }
}
