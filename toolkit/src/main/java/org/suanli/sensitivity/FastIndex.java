package org.suanli.sensitivity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.suanli.index.Aggregation;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;
import org.suanli.index.Weights;

/**
 * The index model compiled to arrays, for the hundred thousand runs of an uncertainty analysis.
 *
 * <p>Standardisation does not depend on the weights or on the aggregation, so it is done once per discrete choice
 * (method, base year, missing-data policy, data variant) by {@link IndexModel} itself — the reference path — and kept
 * as {@code [year][leaf][province]} arrays ({@link #compile}). A run then only aggregates: the same children, in the
 * same order, with the same arithmetic as {@code IndexModel}, so arithmetic means agree to the last bit; geometric
 * means are computed in logs (log Πxᵢ^wᵢ = Σwᵢ log xᵢ all the way up, one exp at the end), which agrees to rounding
 * (about 1e-14 relative) and saves two transcendental calls per node. Ranks are competition ranks (ties share the best
 * rank, {@code TieRule.MIN}), as the model's default; {@code FastIndexTest} checks all of this against
 * {@code IndexModel} for every choice the fast path supports.
 */
public final class FastIndex {
    private final IndexTree tree;
    private final List<String> provinces;
    private final int[] years;
    /** Node order: parents before children (the tree's depth-first order); aggregation runs it backwards. */
    private final List<IndexTree.Node> nodes;
    private final int[][] children;
    private final int[] leafNode;
    /** [year][leaf][province] standardised values and their logs. */
    private final double[][][] leaves;
    private final double[][][] logLeaves;
    private final boolean nonNegative;

    private FastIndex(IndexTree tree, List<String> provinces, int[] years, double[][][] leaves) {
        this.tree = tree;
        this.provinces = List.copyOf(provinces);
        this.years = years.clone();
        this.nodes = tree.nodes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).key(), i);
        }
        this.children = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            List<String> kids = tree.children(nodes.get(i).key());
            children[i] = kids.stream().mapToInt(index::get).toArray();
        }
        List<IndexTree.Node> lv = tree.leaves();
        this.leafNode = lv.stream().mapToInt(n -> index.get(n.key())).toArray();
        this.leaves = leaves;
        this.logLeaves = new double[leaves.length][][];
        boolean nonNeg = true;
        for (int y = 0; y < leaves.length; y++) {
            logLeaves[y] = new double[leaves[y].length][];
            for (int l = 0; l < leaves[y].length; l++) {
                double[] row = leaves[y][l];
                double[] lg = new double[row.length];
                for (int p = 0; p < row.length; p++) {
                    nonNeg &= row[p] >= 0;
                    lg[p] = Math.log(row[p]);
                }
                logLeaves[y][l] = lg;
            }
        }
        this.nonNegative = nonNeg;
    }

    /**
     * Standardises with {@code model}'s choices (its weights and aggregation are irrelevant here) through
     * {@link IndexModel#run()} and keeps the leaves.
     */
    public static FastIndex compile(IndexModel model) {
        IndexResult r = model.withWeights(Weights.equal()).withAggregation(Aggregation.ARITHMETIC).run();
        IndexTree t = r.tree();
        int[] ys = r.years();
        List<IndexTree.Node> lv = t.leaves();
        double[][][] leaves = new double[ys.length][lv.size()][];
        for (int y = 0; y < ys.length; y++) {
            for (int l = 0; l < lv.size(); l++) {
                leaves[y][l] = r.values(ys[y], lv.get(l).key()).clone();
            }
        }
        return new FastIndex(t, r.provinces(), ys, leaves);
    }

    public IndexTree tree() {
        return tree;
    }

    public List<String> provinces() {
        return provinces;
    }

    public int[] years() {
        return years.clone();
    }

    /** Whether every standardised value is ≥ 0, as the geometric mean needs. */
    public boolean nonNegative() {
        return nonNegative;
    }

    /**
     * The local weight of every node in this index's node order, from weights keyed by node, each sibling group
     * divided by its sum as {@code IndexModel} does (so the aggregation sees the same bits); a missing single child
     * gets 1.
     */
    public double[] localWeights(Map<String, Double> byKey) {
        double[] w = new double[nodes.size()];
        w[0] = 1;
        for (int i = 0; i < nodes.size(); i++) {
            int[] kids = children[i];
            double s = 0;
            for (int c : kids) {
                s += byKey.getOrDefault(nodes.get(c).key(), kids.length == 1 ? 1.0 : 0.0);
            }
            for (int c : kids) {
                double v = byKey.getOrDefault(nodes.get(c).key(), kids.length == 1 ? 1.0 : 0.0);
                w[c] = s > 0 ? v / s : 1.0 / kids.length;
            }
        }
        return w;
    }

    /** The inner nodes with two or more children, and their children, in node order: what weights can vary over. */
    int[][] childrenByNode() {
        return children;
    }

    List<IndexTree.Node> nodes() {
        return nodes;
    }

    /** Scratch space for {@link #composite}: one per thread (its leaf rows are pointed at the cached leaves). */
    public double[][] workspace() {
        return new double[nodes.size()][provinces.size()];
    }

    /**
     * The composite of every province in year index {@code y}, into {@code out}.
     *
     * @param local     local weights in node order ({@link #localWeights})
     * @param geometric weighted geometric instead of arithmetic means
     * @param work      a {@link #workspace()}
     */
    public void composite(int y, double[] local, boolean geometric, double[][] work, double[] out) {
        int np = provinces.size();
        double[][] src = geometric ? logLeaves[y] : leaves[y];
        for (int l = 0; l < leafNode.length; l++) {
            work[leafNode[l]] = src[l]; // read in place: leaf rows are never written
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            int[] kids = children[i];
            if (kids.length == 0) {
                continue;
            }
            double[] v = work[i];
            if (geometric) {
                Arrays.fill(v, 0);
                for (int c : kids) {
                    double w = local[c];
                    if (w == 0) {
                        continue;
                    }
                    double[] x = work[c];
                    for (int p = 0; p < np; p++) {
                        v[p] += w * x[p];
                    }
                }
            } else {
                // the model's summation order: province by province, children in order, starting from 0
                for (int p = 0; p < np; p++) {
                    double s = 0;
                    for (int c : kids) {
                        s += local[c] * work[c][p];
                    }
                    v[p] = s;
                }
            }
        }
        double[] root = work[0];
        for (int p = 0; p < np; p++) {
            out[p] = geometric ? Math.exp(root[p]) : root[p];
        }
    }

    /** Competition ranks, 1 = highest, ties sharing the best rank ({@code TieRule.MIN}). */
    public static void ranks(double[] values, double[] out) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            int above = 0;
            for (int j = 0; j < n; j++) {
                if (values[j] > v) {
                    above++;
                }
            }
            out[i] = above + 1;
        }
    }
}
