package org.suanli.economy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Regresses an economic variable on the composite index across provinces (blue book 三(四)): "算力发展指数每提高1点，
 * 数字经济增长约574亿元（约占全国数字经济规模的1.06‰），地区生产总值增长约1220亿元（约占全国GDP的0.97‰）".
 *
 * <p>The slope is the variable's unit (亿元) per index point; dividing by a national total gives the ‰ form. Both the
 * linear fit and a log-log fit (an elasticity, less driven by the largest provinces) are returned, with Pearson and
 * Spearman correlations and influence diagnostics.
 */
public final class EconomyRegression {
    private EconomyRegression() {
    }

    /** Regression on the composite index with 95% intervals, ‰ against the sum of the provinces. */
    public static EconomyRegressionResult run(IndexScores index, EconomicVariable variable) {
        return run(index, variable, NationalTotal.sumOf(variable), 0.95);
    }

    public static EconomyRegressionResult run(IndexScores index, EconomicVariable variable, NationalTotal total) {
        return run(index, variable, total, 0.95);
    }

    /**
     * @param total           the national total for the ‰ figure
     * @param confidenceLevel level of the intervals
     * @throws IllegalArgumentException when a province of the index has no value of the variable (it lists them all)
     */
    public static EconomyRegressionResult run(IndexScores index, EconomicVariable variable, NationalTotal total,
                                              double confidenceLevel) {
        List<String> provinces = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String p : index.provinces()) {
            if (!index.has(p, IndexScores.COMPOSITE)) {
                throw new IllegalArgumentException("the index has no composite value for " + p);
            }
            if (variable.values().containsKey(p)) {
                provinces.add(p);
            } else {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("variable " + variable.key() + " (" + variable.year() + ") has no value for "
                    + missing.size() + " province(s) of the index: " + String.join("、", missing)
                    + "; add them to the data or restrict the index to the provinces you have");
        }
        if (variable.year() != index.year()) {
            throw new IllegalArgumentException("the index is for " + index.year() + " but " + variable.key() + " is for "
                    + variable.year() + "; regress variables of the same year");
        }
        int n = provinces.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = index.composite(provinces.get(i));
            y[i] = variable.values().get(provinces.get(i));
        }
        OlsResult linear = Ols.fit(provinces, x, y, confidenceLevel);
        Correlations corr = Correlations.of(x, y);

        List<String> logLabels = new ArrayList<>();
        List<String> droppedForLog = new ArrayList<>();
        List<Double> lx = new ArrayList<>();
        List<Double> ly = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (x[i] > 0 && y[i] > 0) {
                logLabels.add(provinces.get(i));
                lx.add(Math.log(x[i]));
                ly.add(Math.log(y[i]));
            } else {
                droppedForLog.add(provinces.get(i));
            }
        }
        OlsResult logLog = logLabels.size() >= 3
                ? Ols.fit(logLabels, lx.stream().mapToDouble(Double::doubleValue).toArray(),
                ly.stream().mapToDouble(Double::doubleValue).toArray(), confidenceLevel)
                : null;

        List<String> notes = new ArrayList<>();
        if (variable.isReconstructed()) {
            notes.add(String.format(Locale.ROOT,
                    "RECONSTRUCTED: %d of %d values of %s are reconstructed, not official (%s); the slope describes the reconstruction, not the economy.",
                    variable.reconstructed().size(), n, variable.key(), variable.source()));
        }
        if (!droppedForLog.isEmpty()) {
            notes.add("log-log fit leaves out " + String.join("、", droppedForLog) + " (index or value not positive)");
        }
        notes.add("index: " + index.basis());
        return new EconomyRegressionResult(variable, index.basis(), index.year(), linear, corr, logLog, droppedForLog,
                total, linear.slope() / total.value() * 1000.0, notes, index.indexValues());
    }
}
