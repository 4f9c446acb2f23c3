package org.suanli.ahp;

import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which judgments make a matrix inconsistent, and how to revise them.
 *
 * <p>With w the principal eigenvector, let εᵢⱼ = aᵢⱼ·wⱼ/wᵢ (1 for a perfectly consistent judgment). Since
 * λmax = Σⱼ aᵢⱼwⱼ/wᵢ for every i, averaging over i gives the exact decomposition
 * λmax − n = (1/n) Σ_{i&lt;j} (εᵢⱼ + 1/εᵢⱼ − 2), so each judgment's term is its share of the inconsistency
 * (Saaty 2003, "Decision-making with the AHP: why is the principal eigenvector necessary", EJOR 145, 85–91,
 * picks the largest εᵢⱼ the same way). The suggested revision moves the worst judgment to the value the current
 * weights imply, wᵢ/wⱼ, rounded to the 1–9 scale when that still helps, and repeats until CR is within the
 * threshold. The expert should confirm each change: it is a suggestion, not a correction.
 */
public final class Diagnostics {
    private Diagnostics() {
    }

    /**
     * One judgment's contribution to the inconsistency.
     *
     * @param row       1-based row
     * @param column    1-based column
     * @param given     a[i][j] as judged
     * @param implied   wᵢ/wⱼ, the value consistent with the current weights
     * @param epsilon   εᵢⱼ = given / implied
     * @param share     this judgment's fraction of λmax − n (the shares sum to 1)
     */
    public record Contribution(String rowLabel, String columnLabel, int row, int column, double given,
                               double implied, double epsilon, double share) {
    }

    /** One step of the suggested revision. */
    public record Revision(String rowLabel, String columnLabel, int row, int column, double from, double to,
                           double crAfter) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "[%s, %s]: %s → %s (CR then %.4f)", rowLabel, columnLabel,
                    PairwiseMatrix.formatJudgment(from), PairwiseMatrix.formatJudgment(to), crAfter);
        }
    }

    /**
     * The result: contributions (largest first), the revisions suggested, and the revised matrix.
     *
     * @param before     priorities of the matrix as given
     * @param after      priorities after the suggested revisions (same as before if already consistent)
     * @param revised    the revised matrix
     */
    public record Report(List<Contribution> contributions, List<Revision> revisions, Priorities before,
                         Priorities after, PairwiseMatrix revised) {
        public Report {
            contributions = List.copyOf(contributions);
            revisions = List.copyOf(revisions);
        }

        public boolean fixed() {
            return after.consistent();
        }

        /**
         * Which judgments make the matrix inconsistent, largest share first: the judgment's row and column, the value
         * given, the value the weights imply (wᵢ/wⱼ) and its share of λmax − n.
         */
        public Table table() {
            StringColumn row = StringColumn.create("row");
            StringColumn column = StringColumn.create("column");
            DoubleColumn given = DoubleColumn.create("given");
            DoubleColumn implied = DoubleColumn.create("implied_by_weights");
            DoubleColumn share = DoubleColumn.create("share_of_inconsistency");
            for (Contribution c : contributions) {
                row.append(c.rowLabel());
                column.append(c.columnLabel());
                given.append(c.given());
                implied.append(c.implied());
                share.append(c.share());
            }
            Table t = Table.create(Language.pick("哪些判断造成不一致", "Which judgments make the matrix inconsistent"),
                    row, column, given, implied, share);
            int n = before.labels().size();
            return ShownProvenance.attach(t, String.format(Locale.ROOT, Language.pick(
                    "由一个 %d×%d 两两比较矩阵计算：given 为所给判断，implied 由其特征向量权重得出",
                    "computed from one %d×%d pairwise matrix: given as judged, implied by its eigenvector weights"), n, n));
        }
    }

    /** The judgments ranked by their share of λmax − n, largest first. */
    public static List<Contribution> contributions(PairwiseMatrix m) {
        int n = m.size();
        double[][] a = m.toArray();
        PerronEigen.Result r = PerronEigen.of(a);
        double[] w = r.vector();
        List<Contribution> out = new ArrayList<>();
        double total = 0;
        double[][] terms = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double e = a[i][j] * w[j] / w[i];
                terms[i][j] = (e + 1.0 / e - 2.0) / n;
                total += terms[i][j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double e = a[i][j] * w[j] / w[i];
                out.add(new Contribution(m.labels().get(i), m.labels().get(j), i + 1, j + 1, a[i][j],
                        w[i] / w[j], e, total > 0 ? terms[i][j] / total : 0.0));
            }
        }
        out.sort(Comparator.comparingDouble(Contribution::share).reversed());
        return out;
    }

    /** Ranks the judgments and suggests revisions that bring CR within the threshold. */
    public static Report diagnose(PairwiseMatrix m, RandomIndex ri, CrThreshold threshold) {
        Priorities before = Ahp.priorities(m, PriorityMethod.EIGENVECTOR, ri, threshold);
        List<Contribution> contributions = contributions(m);
        List<Revision> revisions = new ArrayList<>();
        PairwiseMatrix current = m;
        Priorities p = before;
        int guard = m.size() * m.size();
        while (!p.consistent() && guard-- > 0) {
            Contribution worst = contributions(current).get(0);
            int i = worst.row() - 1;
            int j = worst.column() - 1;
            PairwiseMatrix exact = current.with(i, j, worst.implied());
            PairwiseMatrix rounded = current.with(i, j, roundToScale(worst.implied()));
            Priorities pe = Ahp.priorities(exact, PriorityMethod.EIGENVECTOR, ri, threshold);
            Priorities pr = Ahp.priorities(rounded, PriorityMethod.EIGENVECTOR, ri, threshold);
            boolean useRounded = pr.cr() < p.cr() - 1e-12
                    && (pr.consistent() || !pe.consistent());
            PairwiseMatrix next = useRounded ? rounded : exact;
            Priorities pn = useRounded ? pr : pe;
            // A judgment revised twice is reported once, from its original value to its final one.
            double original = worst.given();
            for (int k = 0; k < revisions.size(); k++) {
                Revision r = revisions.get(k);
                if (r.row() == worst.row() && r.column() == worst.column()) {
                    original = r.from();
                    revisions.remove(k);
                    break;
                }
            }
            revisions.add(new Revision(worst.rowLabel(), worst.columnLabel(), worst.row(), worst.column(),
                    original, next.get(i, j), pn.cr()));
            current = next;
            p = pn;
        }
        return new Report(contributions, revisions, before, p, current);
    }

    /** The nearest value of Saaty's scale 1/9 … 1 … 9, nearest in log terms. */
    public static double roundToScale(double v) {
        double best = 1;
        double bestDistance = Double.MAX_VALUE;
        for (int k = 1; k <= 9; k++) {
            for (double c : new double[] {k, 1.0 / k}) {
                double d = Math.abs(Math.log(v) - Math.log(c));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
        }
        return best;
    }
}
