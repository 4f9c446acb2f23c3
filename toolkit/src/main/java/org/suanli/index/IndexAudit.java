package org.suanli.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The statistical checks the OECD/JRC Handbook asks for (Step 4, multivariate analysis) and the blue book does not
 * report: how the indicators correlate, whether each dimension's indicators hang together (Cronbach's alpha), and
 * how many independent directions the data really have (PCA). Everything is computed on the standardised indicator
 * values the index aggregates, for one year. Every rule of thumb is checked against n (31 provinces) and flagged
 * where n is too small for it.
 */
public final class IndexAudit {
    /** Cases per variable that common rules of thumb for PCA/factor analysis ask for (5 at the least, 10 preferred). */
    public static final int CASES_PER_VARIABLE = 5;

    private final int year;
    private final int n;
    private final List<String> indicators;
    private final double[][] data; // [province][indicator]
    private final RealMatrix correlation;
    private final IndexTree tree;
    private final IndexResult result;

    private IndexAudit(IndexResult result, int year) {
        this.year = year;
        this.result = result;
        this.tree = result.tree();
        this.indicators = new ArrayList<>();
        for (IndexTree.Node leaf : tree.leaves()) {
            indicators.add(leaf.key());
        }
        this.n = result.provinces().size();
        if (n < 3) {
            throw new StandardisationException("an audit needs at least 3 provinces, got " + n);
        }
        this.data = new double[n][indicators.size()];
        for (int j = 0; j < indicators.size(); j++) {
            double[] v = result.values(year, indicators.get(j));
            for (int i = 0; i < n; i++) {
                data[i][j] = v[i];
            }
        }
        this.correlation = new PearsonsCorrelation(data).getCorrelationMatrix();
    }

    /** The audit of one year of a result. */
    public static IndexAudit of(IndexResult result, int year) {
        return new IndexAudit(result, year);
    }

    public int n() {
        return n;
    }

    /** The smallest |r| that differs from 0 at the two-sided 5 % level with n cases (t-test, n − 2 df). */
    public double criticalCorrelation() {
        double t = new TDistribution(n - 2).inverseCumulativeProbability(0.975);
        return t / Math.sqrt(n - 2 + t * t);
    }

    /** The indicator correlation matrix (Pearson), first column the indicator key. */
    public Table correlations() {
        Table t = Table.create("indicator correlations " + year + " (n = " + n + ")", StringColumn.create("indicator", indicators));
        for (int j = 0; j < indicators.size(); j++) {
            t.addColumns(DoubleColumn.create(indicators.get(j), correlation.getColumn(j)));
        }
        return result.captioned(t, year);
    }

    public double correlation(String a, String b) {
        return correlation.getEntry(indexOf(a), indexOf(b));
    }

    /** Cronbach's alpha of one dimension: k/(k−1) · (1 − Σ var(item) / var(Σ items)), sample variances. */
    public double cronbachAlpha(String dimension) {
        List<String> items = itemsOf(dimension);
        int k = items.size();
        if (k < 2) {
            return Double.NaN;
        }
        double sumItemVar = 0;
        double[] total = new double[n];
        for (String item : items) {
            int j = indexOf(item);
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = data[i][j];
                total[i] += data[i][j];
            }
            sumItemVar += variance(col);
        }
        double totalVar = variance(total);
        return (double) k / (k - 1) * (1 - sumItemVar / totalVar);
    }

    /**
     * Feldt's (1965) 95 % confidence interval for alpha: 1 − (1 − α)·F with F the 0.975 and 0.025 quantiles of
     * F(n − 1, (n − 1)(k − 1)). With 31 provinces and 2–3 items it is wide, which is the point of reporting it.
     */
    public double[] cronbachInterval(String dimension) {
        int k = itemsOf(dimension).size();
        double a = cronbachAlpha(dimension);
        if (k < 2 || Double.isNaN(a)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        FDistribution f = new FDistribution(n - 1, (double) (n - 1) * (k - 1));
        return new double[] {1 - (1 - a) * f.inverseCumulativeProbability(0.975), 1 - (1 - a) * f.inverseCumulativeProbability(0.025)};
    }

    /** Alpha per first-level dimension with its interval and a flag. */
    public Table cronbach() {
        StringColumn dim = StringColumn.create("dimension");
        IntColumn items = IntColumn.create("items");
        DoubleColumn alpha = DoubleColumn.create("alpha");
        DoubleColumn lo = DoubleColumn.create("ci95_low");
        DoubleColumn hi = DoubleColumn.create("ci95_high");
        StringColumn flag = StringColumn.create("flag");
        for (IndexTree.Node d : tree.level(1)) {
            double a = cronbachAlpha(d.key());
            double[] ci = cronbachInterval(d.key());
            dim.append(d.key());
            items.append(itemsOf(d.key()).size());
            alpha.append(a);
            lo.append(ci[0]);
            hi.append(ci[1]);
            flag.append(alphaFlag(a, ci, itemsOf(d.key()).size()));
        }
        return result.captioned(Table.create("Cronbach's alpha " + year + " (n = " + n + ")", dim, items, alpha, lo, hi, flag), year);
    }

    private String alphaFlag(double a, double[] ci, int k) {
        if (k < 2) {
            return "one indicator: alpha undefined";
        }
        String s = a >= 0.7 ? "meets α ≥ 0.7" : "below α ≥ 0.7";
        if (ci[0] < 0.7 && ci[1] >= 0.7) {
            s += "; n = " + n + " is too small to tell (95 % CI spans 0.7)";
        }
        if (k < 3) {
            s += "; only " + k + " items";
        }
        return s;
    }

    /** Eigenvalues of the correlation matrix, descending. */
    public double[] eigenvalues() {
        double[] ev = new EigenDecomposition(correlation).getRealEigenvalues().clone();
        Arrays.sort(ev);
        double[] out = new double[ev.length];
        for (int i = 0; i < ev.length; i++) {
            out[i] = ev[ev.length - 1 - i];
        }
        return out;
    }

    /** PCA on the correlation matrix: eigenvalue, % of variance and cumulative % per component. */
    public Table pca() {
        double[] ev = eigenvalues();
        double total = Arrays.stream(ev).sum();
        IntColumn comp = IntColumn.create("component");
        DoubleColumn eig = DoubleColumn.create("eigenvalue");
        DoubleColumn pct = DoubleColumn.create("variance_pct");
        DoubleColumn cum = DoubleColumn.create("cumulative_pct");
        double c = 0;
        for (int i = 0; i < ev.length; i++) {
            c += ev[i];
            comp.append(i + 1);
            eig.append(ev[i]);
            pct.append(ev[i] / total * 100);
            cum.append(c / total * 100);
        }
        return result.captioned(Table.create("PCA " + year + " (n = " + n + ", " + ev.length + " indicators)", comp, eig, pct, cum), year);
    }

    /** Components with eigenvalue > 1 (Kaiser's criterion). */
    public int kaiserComponents() {
        return (int) Arrays.stream(eigenvalues()).filter(e -> e > 1).count();
    }

    /** The |r| from which two indicators count as duplicates of each other in {@link #duplicates()}. */
    public static final double DUPLICATE_R = 0.99;

    /**
     * Pairs of indicators that carry the same information in this data (|r| ≥ {@value #DUPLICATE_R}), each with its
     * global weight and the pair's <em>effective</em> weight: two indicators that move together act as one indicator
     * with the sum of their weights. In the reconstructed data, patent applications and grants are proportional by
     * construction, and server and AI-server compute share one set of provincial shipment shares (see
     * data/RECONSTRUCTION.md, "Duplicated indicators"); a reader weighing the AHP weights should see that.
     */
    public Table duplicates() {
        StringColumn a = StringColumn.create("indicator_a");
        StringColumn b = StringColumn.create("indicator_b");
        DoubleColumn r = DoubleColumn.create("r");
        DoubleColumn wa = DoubleColumn.create("weight_a");
        DoubleColumn wb = DoubleColumn.create("weight_b");
        DoubleColumn eff = DoubleColumn.create("effective_weight");
        for (int i = 0; i < indicators.size(); i++) {
            for (int j = i + 1; j < indicators.size(); j++) {
                double c = correlation.getEntry(i, j);
                if (Math.abs(c) >= DUPLICATE_R) {
                    double x = result.globalWeight(indicators.get(i));
                    double y = result.globalWeight(indicators.get(j));
                    a.append(indicators.get(i));
                    b.append(indicators.get(j));
                    r.append(c);
                    wa.append(x);
                    wb.append(y);
                    eff.append(x + y);
                }
            }
        }
        return result.captioned(Table.create("duplicated indicators " + year + " (|r| ≥ " + DUPLICATE_R + ")", a, b, r, wa, wb, eff), year);
    }

    /** Plain-language warnings where n = 31 is too small for the rule being applied. */
    public List<String> flags() {
        List<String> out = new ArrayList<>();
        int p = indicators.size();
        out.add(String.format(Locale.ROOT,
                "correlations: with n = %d, |r| below %.3f is not significantly different from 0 (two-sided 5 %%)", n, criticalCorrelation()));
        if (n < CASES_PER_VARIABLE * p) {
            out.add(String.format(Locale.ROOT, "PCA: %d cases for %d indicators is %.1f per indicator; rules of thumb ask for "
                    + "at least %d (n ≥ %d), so the eigenvalues are unstable and the components should not be used to set weights",
                    n, p, (double) n / p, CASES_PER_VARIABLE, CASES_PER_VARIABLE * p));
        }
        for (IndexTree.Node d : tree.level(1)) {
            double[] ci = cronbachInterval(d.key());
            if (!Double.isNaN(ci[0]) && ci[0] < 0.7 && ci[1] >= 0.7) {
                out.add(String.format(Locale.ROOT, "alpha of %s: the 95 %% interval [%.2f, %.2f] spans 0.7; n = %d cannot "
                        + "tell whether the dimension is internally consistent", d.key(), ci[0], ci[1], n));
            }
        }
        return out;
    }

    private List<String> itemsOf(String dimension) {
        List<String> out = new ArrayList<>();
        collect(dimension, out);
        return out;
    }

    private void collect(String key, List<String> out) {
        if (tree.isLeaf(key)) {
            out.add(key);
            return;
        }
        for (String c : tree.children(key)) {
            collect(c, out);
        }
    }

    private int indexOf(String key) {
        int i = indicators.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("no indicator '" + key + "' in the audit; indicators are " + indicators);
        }
        return i;
    }

    private static double variance(double[] x) {
        double m = Arrays.stream(x).average().orElse(0);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }
}
