package org.suanli.index;

import org.suanli.data.Direction;
import org.suanli.data.Framework;
import org.suanli.data.FrameworkNode;
import org.suanli.data.Language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The aggregation tree the index engine walks: the blue book's 表1 (root, 5 sub-indices, 13 second-level
 * nodes, 14 indicators), or any other tree a user builds. It is the engine's own small view of
 * {@code org.suanli.data.Framework}, so the engine can also run on synthetic or county-scale trees.
 */
public final class IndexTree {

    /** One node. Leaves are indicators; their {@code key} is the indicator key of the data. */
    public record Node(String key, int level, String parentKey, String nameZh, String nameEn, Direction direction) {
        public Node {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("a tree node needs a key");
            }
            if (direction == null) {
                direction = Direction.POSITIVE;
            }
        }

        /** The Chinese name, or the key when none was given. */
        public String label() {
            return nameZh == null || nameZh.isBlank() ? key : nameZh;
        }

        /** The name a reader sees in the current {@link Language}: {@link #label()} in Chinese, else the English name or key. */
        public String displayName() {
            return Language.pick(label(), nameEn == null || nameEn.isBlank() ? key : nameEn);
        }
    }

    private final List<Node> nodes;
    private final Map<String, Node> byKey;
    private final Map<String, List<String>> children;
    private final Node root;
    private final List<Node> depthFirst;
    private final List<Node> leaves;

    private IndexTree(List<Node> nodes) {
        Map<String, Node> map = new LinkedHashMap<>();
        Map<String, List<String>> kids = new HashMap<>();
        Node r = null;
        List<String> problems = new ArrayList<>();
        for (Node n : nodes) {
            if (map.put(n.key(), n) != null) {
                problems.add("node key '" + n.key() + "' appears twice");
            }
            if (n.parentKey() == null || n.parentKey().isBlank()) {
                if (r != null) {
                    problems.add("two roots: '" + r.key() + "' and '" + n.key() + "'");
                }
                r = n;
            }
        }
        if (r == null) {
            problems.add("no root (a node without a parent)");
        }
        for (Node n : nodes) {
            if (n == r) {
                continue;
            }
            Node p = map.get(n.parentKey());
            if (p == null) {
                problems.add("node '" + n.key() + "' names parent '" + n.parentKey() + "', which is not in the tree");
            } else {
                if (p.level() != n.level() - 1) {
                    problems.add("node '" + n.key() + "' is at level " + n.level() + " but its parent '" + p.key()
                            + "' is at level " + p.level());
                }
                kids.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(n.key());
            }
        }
        if (r != null && r.level() != 0) {
            problems.add("the root '" + r.key() + "' must be at level 0, not " + r.level());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid index tree: " + String.join("; ", problems));
        }
        this.nodes = List.copyOf(nodes);
        this.byKey = Collections.unmodifiableMap(map);
        Map<String, List<String>> frozen = new HashMap<>();
        kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = frozen;
        this.root = r;
        List<Node> order = new ArrayList<>(nodes.size());
        walk(root.key(), order);
        this.depthFirst = List.copyOf(order);
        List<Node> lv = new ArrayList<>();
        for (Node n : depthFirst) {
            if (isLeaf(n.key())) {
                lv.add(n);
            }
        }
        this.leaves = List.copyOf(lv);
    }

    /** The engine's view of the foundation's framework (表1 for {@code Framework.standard()}). */
    public static IndexTree from(Framework framework) {
        List<Node> list = new ArrayList<>();
        for (FrameworkNode f : framework.nodes()) {
            list.add(new Node(f.key(), f.level(), f.parentKey(), f.nameZh(), f.nameEn(), f.direction()));
        }
        return new IndexTree(list);
    }

    /** The blue book's 表1: 5 sub-indices, 13 second-level nodes, 14 indicators. */
    public static IndexTree standard() {
        return from(Framework.standard());
    }

    /** A tree from nodes listed in any order that puts each parent's children in their display order. */
    public static IndexTree of(List<Node> nodes) {
        return new IndexTree(nodes);
    }

    public Node root() {
        return root;
    }

    public Node node(String key) {
        Node n = byKey.get(key);
        if (n == null) {
            throw new IllegalArgumentException("no node '" + key + "' in the index tree; nodes are " + byKey.keySet());
        }
        return n;
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    public List<String> children(String key) {
        return children.getOrDefault(key, List.of());
    }

    public boolean isLeaf(String key) {
        return children(key).isEmpty();
    }

    /** All nodes, parents before children, siblings in their given order (depth-first from the root). */
    public List<Node> nodes() {
        return depthFirst;
    }

    private void walk(String key, List<Node> out) {
        out.add(byKey.get(key));
        for (String c : children(key)) {
            walk(c, out);
        }
    }

    /** Leaves in depth-first order (for 表1, the 14 indicators in the table's order). */
    public List<Node> leaves() {
        return leaves;
    }

    /** Nodes at one level, in depth-first order. */
    public List<Node> level(int level) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes()) {
            if (n.level() == level) {
                out.add(n);
            }
        }
        return out;
    }

    public int depth() {
        int d = 0;
        for (Node n : nodes) {
            d = Math.max(d, n.level());
        }
        return d;
    }

    /** The path from the root down to {@code key}, both included. */
    public List<String> path(String key) {
        List<String> p = new ArrayList<>();
        for (Node n = node(key); n != null; n = n.parentKey() == null || n.parentKey().isBlank() ? null : byKey.get(n.parentKey())) {
            p.add(0, n.key());
        }
        return p;
    }

    /** This tree without the given leaves; an inner node left without children goes too. */
    public IndexTree without(Set<String> leafKeys) {
        if (leafKeys.isEmpty()) {
            return this;
        }
        Set<String> gone = new HashSet<>(leafKeys);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node n : nodes) {
                if (gone.contains(n.key()) || isLeaf(n.key())) {
                    continue;
                }
                if (gone.containsAll(children(n.key()))) {
                    gone.add(n.key());
                    changed = true;
                }
            }
        }
        if (gone.contains(root.key())) {
            throw new StandardisationException("dropping " + leafKeys + " would leave the index with no indicator at all");
        }
        List<Node> kept = new ArrayList<>();
        for (Node n : nodes) {
            if (!gone.contains(n.key())) {
                kept.add(n);
            }
        }
        return new IndexTree(kept);
    }

    @Override
    public String toString() {
        return "IndexTree(" + nodes.size() + " nodes, " + leaves().size() + " leaves, depth " + depth() + ")";
    }
}
