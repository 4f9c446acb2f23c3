package org.suanli.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.data.ShownProvenance;
import org.suanli.data.Language;
import org.suanli.data.Provenance;

/**
 * A regression of an economic variable on the composite index, as the blue book reports it and with what it leaves out.
 *
 * @param variable       the regressed variable (its provenance travels with it)
 * @param indexBasis     where the index values came from
 * @param year           data year
 * @param linear         the OLS fit of the variable on the index
 * @param correlations   Pearson and Spearman
 * @param logLog         OLS of ln(variable) on ln(index), whose slope is an elasticity; null when fewer than 3 positive pairs
 * @param droppedForLog  provinces left out of the log-log fit
 * @param nationalTotal  the total used for the ‰ figure
 * @param slopePermille  slope / national total × 1000: the ‰ of the national total per index point
 * @param notes          plain-language notes, the first one flags a reconstructed variable
 * @param indexValues    how many of the indicator values the index was computed from have each provenance
 *                       ({@link IndexScores#indexValues()}); empty when not known
 */
public record EconomyRegressionResult(EconomicVariable variable, String indexBasis, int year, OlsResult linear,
                                      Correlations correlations, OlsResult logLog, List<String> droppedForLog,
                                      NationalTotal nationalTotal, double slopePermille, List<String> notes,
                                      Map<Provenance, Integer> indexValues) {
    public EconomyRegressionResult {
        droppedForLog = List.copyOf(droppedForLog);
        notes = List.copyOf(notes);
        indexValues = indexValues == null || indexValues.isEmpty() ? Map.of() : Map.copyOf(indexValues);
    }

    /** A result whose index values' provenance is not known. */
    public EconomyRegressionResult(EconomicVariable variable, String indexBasis, int year, OlsResult linear,
                                   Correlations correlations, OlsResult logLog, List<String> droppedForLog,
                                   NationalTotal nationalTotal, double slopePermille, List<String> notes) {
        this(variable, indexBasis, year, linear, correlations, logLog, droppedForLog, nationalTotal, slopePermille, notes,
                Map.of());
    }

    /** Slope in the variable's unit (亿元) per index point. */
    public double slopePerPoint() {
        return linear.slope();
    }

    public boolean isReconstructed() {
        return variable.isReconstructed();
    }

    /** Influential provinces by the default rules (Cook's D &gt; 4/n or leverage &gt; 4/n), largest Cook's D first. */
    public List<RegressionPoint> influential() {
        List<RegressionPoint> l = new ArrayList<>(linear.influential());
        l.sort(Comparator.comparingDouble(RegressionPoint::cooksDistance).reversed());
        return l;
    }

    /**
     * The slope refitted without each province in turn: how much of "亿元 per point" rests on one province.
     * Keys in input order.
     */
    public Map<String, Double> leaveOneOutSlopes() {
        Map<String, Double> out = new LinkedHashMap<>();
        List<RegressionPoint> obs = linear.observations();
        for (int i = 0; i < obs.size(); i++) {
            double[] x = new double[obs.size() - 1];
            double[] y = new double[obs.size() - 1];
            int k = 0;
            for (int j = 0; j < obs.size(); j++) {
                if (j != i) {
                    x[k] = obs.get(j).x();
                    y[k++] = obs.get(j).y();
                }
            }
            out.put(obs.get(i).label(), Ols.fit(null, x, y, linear.confidenceLevel()).slope());
        }
        return out;
    }

    /**
     * Per-province table: index, value, fitted, residual, leverage, studentized residual, Cook's D and whether the
     * value is reconstructed.
     */
    public Table table() {
        StringColumn prov = StringColumn.create("province");
        DoubleColumn x = DoubleColumn.create("index");
        DoubleColumn y = DoubleColumn.create(variable.key());
        DoubleColumn fit = DoubleColumn.create("fitted");
        DoubleColumn res = DoubleColumn.create("residual");
        DoubleColumn lev = DoubleColumn.create("leverage");
        DoubleColumn stu = DoubleColumn.create("studentized");
        DoubleColumn cook = DoubleColumn.create("cooks_d");
        StringColumn prv = StringColumn.create("provenance");
        for (RegressionPoint o : linear.observations()) {
            prov.append(o.label());
            x.append(o.x());
            y.append(o.y());
            fit.append(o.fitted());
            res.append(o.residual());
            lev.append(o.leverage());
            stu.append(o.studentized());
            cook.append(o.cooksDistance());
            prv.append(variable.reconstructed().contains(o.label()) ? "reconstructed" : "official/stated");
        }
        Table t = Table.create(variable.key() + " on index, " + year, prov, x, y, fit, res, lev, stu, cook, prv);
        return captionedRows(t);
    }

    /**
     * The {@code n} most influential provinces of {@link #table()}: its rows with the largest Cook's distance first.
     */
    public Table influenceTable(int n) {
        return captionedRows(table().sortDescendingOn("cooks_d").first(n));
    }

    private Table captionedRows(Table t) {
        return EconomyCaptions.attach(t, EconomyCaptions.regression(this)
                + Language.pick("；拟合值、残差、杠杆值与 Cook 距离由最小二乘回归计算",
                        "; fitted values, residuals, leverage and Cook's D computed by OLS")
                + EconomyCaptions.marks(!variable.reconstructed().isEmpty()), variable.key(), variable.reconstructed());
    }

    /**
     * The {@code n} provinces whose removal moves the slope most: the slope refitted without each, and the change in
     * percent, largest change first.
     */
    public Table leaveOneOutTable(int n) {
        StringColumn lp = StringColumn.create("left_out");
        DoubleColumn ls = DoubleColumn.create("slope_without");
        DoubleColumn lc = DoubleColumn.create("change_pct");
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(leaveOneOutSlopes().entrySet());
        sorted.sort(Comparator.comparingDouble(e -> -Math.abs(e.getValue() - slopePerPoint())));
        for (Map.Entry<String, Double> e : sorted.subList(0, Math.min(n, sorted.size()))) {
            lp.append(e.getKey());
            ls.append(Math.round(e.getValue() * 10) / 10.0);
            lc.append(Math.round(1000 * (e.getValue() / slopePerPoint() - 1)) / 10.0);
        }
        return ShownProvenance.attach(Table.create("leave-one-out slopes, largest changes", lp, ls, lc),
                EconomyCaptions.regression(this) + Language.pick("；斜率由去掉每个省份后的最小二乘回归重新计算",
                        "; slopes computed by OLS refitted without each province"));
    }

    /**
     * Several regressions side by side (e.g. both GDP vintages and the digital economy): slope, its CI, ‰ and the
     * total it is taken against, R², Spearman, and whether the variable is reconstructed.
     */
    public static Table compare(List<EconomyRegressionResult> results) {
        StringColumn var = StringColumn.create("variable");
        IntColumn yr = IntColumn.create("year");
        DoubleColumn slope = DoubleColumn.create("slope_per_point");
        DoubleColumn lo = DoubleColumn.create("ci_low");
        DoubleColumn hi = DoubleColumn.create("ci_high");
        DoubleColumn pm = DoubleColumn.create("permille");
        DoubleColumn tot = DoubleColumn.create("national_total");
        StringColumn totKind = StringColumn.create("total_kind");
        DoubleColumn r2 = DoubleColumn.create("r_squared");
        DoubleColumn rho = DoubleColumn.create("spearman");
        StringColumn rec = StringColumn.create("reconstructed");
        for (EconomyRegressionResult r : results) {
            var.append(r.variable().key());
            yr.append(r.year());
            // rounded for display; the unrounded numbers are on the results themselves
            slope.append(round(r.slopePerPoint(), 1));
            lo.append(round(r.linear().slopeCi().lower(), 1));
            hi.append(round(r.linear().slopeCi().upper(), 1));
            pm.append(round(r.slopePermille(), 4));
            tot.append(round(r.nationalTotal().value(), 1));
            totKind.append(r.nationalTotal().kind().name().toLowerCase(Locale.ROOT));
            r2.append(round(r.linear().rSquared(), 4));
            rho.append(round(r.correlations().spearman(), 4));
            rec.append(r.isReconstructed() ? "RECONSTRUCTED" : "no");
        }
        Table t = Table.create("regressions on the index", var, yr, slope, lo, hi, pm, tot, totKind, r2, rho, rec);
        Set<String> ys = new LinkedHashSet<>();
        Set<String> indices = new LinkedHashSet<>();
        for (EconomyRegressionResult r : results) {
            ys.add(EconomyCaptions.variable(r.variable()));
            indices.add(EconomyCaptions.index(r.indexBasis(), r.indexValues(), r.year()));
        }
        return ShownProvenance.attach(t, Language.pick("由最小二乘回归计算：x 为" + String.join("；", indices) + "；y 为 "
                        + String.join("；", ys) + "；‰ 相对 total_kind 所示的全国总量",
                "computed by OLS; x: " + String.join("; ", indices) + "; y: " + String.join("; ", ys)
                        + "; ‰ of the national total named by total_kind"));
    }

    private static double round(double v, int digits) {
        return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A readable summary, with the reconstruction warning first when it applies. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (isReconstructed()) {
            sb.append("*** ").append(notes.get(0)).append(" ***\n");
        }
        OlsResult l = linear;
        sb.append(String.format(Locale.ROOT, "%s (%s, %d) on the composite index, n = %d%n", variable.nameEn(),
                variable.unit(), year, l.n()));
        sb.append(String.format(Locale.ROOT, "  slope      %,.1f %s per index point  (SE %,.1f; %.0f%% CI %,.1f to %,.1f)%n",
                l.slope(), variable.unit(), l.slopeStdErr(), l.confidenceLevel() * 100, l.slopeCi().lower(), l.slopeCi().upper()));
        sb.append(String.format(Locale.ROOT, "  intercept  %,.1f  (SE %,.1f)%n", l.intercept(), l.interceptStdErr()));
        sb.append(String.format(Locale.ROOT, "  per point  %.3f‰ of the national total %,.1f (%s)%n", slopePermille,
                nationalTotal.value(), nationalTotal.source()));
        sb.append(String.format(Locale.ROOT, "  R² %.4f; Pearson r %.3f (p %.2g); Spearman ρ %.3f (p %.2g)%n", l.rSquared(),
                correlations.pearson(), correlations.pearsonPValue(), correlations.spearman(), correlations.spearmanPValue()));
        if (logLog != null) {
            sb.append(String.format(Locale.ROOT, "  log-log elasticity %.3f (%.0f%% CI %.3f to %.3f), R² %.4f%n", logLog.slope(),
                    logLog.confidenceLevel() * 100, logLog.slopeCi().lower(), logLog.slopeCi().upper(), logLog.rSquared()));
        }
        List<RegressionPoint> inf = influential();
        if (!inf.isEmpty()) {
            sb.append("  influential (Cook's D > 4/n or leverage > 4/n): ");
            List<String> parts = new ArrayList<>();
            for (RegressionPoint o : inf) {
                parts.add(String.format(Locale.ROOT, "%s (D %.2f, h %.2f)", o.label(), o.cooksDistance(), o.leverage()));
            }
            sb.append(String.join(", ", parts)).append('\n');
        }
        for (int i = isReconstructed() ? 1 : 0; i < notes.size(); i++) {
            sb.append("  note: ").append(notes.get(i)).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
