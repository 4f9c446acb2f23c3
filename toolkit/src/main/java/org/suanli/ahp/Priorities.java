package org.suanli.ahp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.suanli.data.Language;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The priorities of one comparison matrix and its consistency.
 *
 * @param labels      the compared elements, in matrix order
 * @param weights     the priority vector, summing to 1, in the order of {@code labels}
 * @param lambdaMax   λmax (see {@link PriorityMethod} for how each method obtains it)
 * @param ci          CI = (λmax − n)/(n − 1); 0 for n ≤ 2
 * @param ri          the random index used (0 for n ≤ 2)
 * @param cr          CR = CI/RI; 0 for n ≤ 2
 * @param crLimit     the largest acceptable CR under the chosen threshold
 * @param method      how the weights were derived
 * @param randomIndex which RI table
 * @param threshold   which CR rule
 */
public record Priorities(List<String> labels, double[] weights, double lambdaMax, double ci, double ri, double cr,
                         double crLimit, PriorityMethod method, RandomIndex randomIndex, CrThreshold threshold) {

    public Priorities {
        labels = List.copyOf(labels);
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public int size() {
        return labels.size();
    }

    public double weight(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("'" + label + "' is not one of " + labels);
        }
        return weights[i];
    }

    /** Weights by label, in matrix order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            m.put(labels.get(i), weights[i]);
        }
        return m;
    }

    /** Whether CR is within the threshold (always true for n ≤ 2). */
    public boolean consistent() {
        return threshold.accepts(labels.size(), cr);
    }

    /**
     * The weights as a table ({@code element}, {@code weight}), titled with λmax, CI, CR and whether CR passes, so
     * a notebook shows the result and its consistency in one display.
     */
    public Table table() {
        String title = String.format(Locale.ROOT, Language.pick("优先级（λmax = %.4f，CI = %.4f，CR = %.4f，%s）",
                "Priorities (λmax = %.4f, CI = %.4f, CR = %.4f, %s)"), lambdaMax, ci, cr,
                consistent() ? Language.pick("一致性可接受", "acceptably consistent") : Language.pick("不一致", "inconsistent"));
        return Table.create(title, StringColumn.create("element", labels), DoubleColumn.create("weight", weights.clone()));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            b.append(String.format(Locale.ROOT, "%-24s %.4f%n", labels.get(i), weights[i]));
        }
        b.append(String.format(Locale.ROOT, "λmax = %.4f, CI = %.4f, RI = %.4f (%s), CR = %.4f %s %.2f%n",
                lambdaMax, ci, ri, randomIndex.label(), cr, consistent() ? "≤" : ">", crLimit));
        return b.toString();
    }
}
