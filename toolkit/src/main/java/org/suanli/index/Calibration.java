package org.suanli.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.Status;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Fits the book reading's reference factor k on the calibration statements declared in {@code data/calibration.json},
 * and only on them: a grid search that counts, for each k, how many calibration statements hold. The rule (the middle
 * of the longest run of grid values with the most holds) was declared with the statements, before the first fit, so
 * the statements outside the set stay a test of the reading rather than a target of it.
 */
public final class Calibration {
    private Calibration() {
    }

    /**
     * The result of a fit.
     *
     * @param k           the fitted factor
     * @param holdsFrom   first grid value of the run k lies in
     * @param holdsTo     last grid value of that run
     * @param maxHolds    calibration statements holding at k
     * @param statements  size of the calibration set
     * @param curve       one row per grid value: k, calibration_holds, validation_holds (the index statements outside
     *                    the set, at every tenth grid value, missing elsewhere; shown for reading only: they never
     *                    enter the choice)
     */
    public record Fit(double k, double holdsFrom, double holdsTo, int maxHolds, int statements, Table curve) {
        /** e.g. "k = 1.627 (2 of 2 calibration statements hold for k in [1.619, 1.636])". */
        public String summary() {
            return "k = " + fmt(k) + " (" + maxHolds + " of " + statements + " calibration statements hold for k in ["
                    + fmt(holdsFrom) + ", " + fmt(holdsTo) + "])";
        }
    }

    /** Fits k on the shipped model and declaration. */
    public static Fit fitStandard() {
        return fit(IndexModel.standard(), BookReading.shipped());
    }

    /**
     * Fits k for {@code model} (its data, tree and weights; the book reading's other choices) on the calibration
     * statements of {@code declaration}, over the declared grid.
     */
    public static Fit fit(IndexModel model, BookReading declaration) {
        IndexStatementEvaluator ev = new IndexStatementEvaluator();
        List<Statement> calibration = new ArrayList<>();
        List<Statement> validation = new ArrayList<>();
        for (Statement s : IndexScorecard.indexStatements()) {
            (declaration.isCalibration(s.id()) ? calibration : validation).add(s);
        }
        for (String id : declaration.calibrationStatements()) {
            if (calibration.stream().noneMatch(s -> s.id().equals(id))) {
                throw new IllegalArgumentException(declaration.source() + ": calibration statement '" + id
                        + "' is not one the index engine checks; use ids of IndexScorecard.indexStatements()");
            }
        }
        int n = (int) Math.round((declaration.searchTo() - declaration.searchFrom()) / declaration.searchStep()) + 1;
        double[] ks = new double[n];
        int[] cal = new int[n];
        int[] val = new int[n];
        for (int i = 0; i < n; i++) {
            // Grid values are rounded to the step's decimals so that 1.627 prints and compares as 1.627.
            ks[i] = round(declaration.searchFrom() + i * declaration.searchStep(), declaration.searchStep());
            IndexResult r = model.withChoices(declaration.withK(ks[i], ks[i], ks[i]).choices()).run();
            ScorecardContext c = ScorecardContext.of(IndexResult.class, r);
            cal[i] = count(ev, calibration, c);
            // The validation curve is only shown, never used, so every tenth grid value is enough (-1 elsewhere).
            val[i] = i % 10 == 0 ? count(ev, validation, c) : -1;
        }
        int best = 0;
        for (int h : cal) {
            best = Math.max(best, h);
        }
        int runStart = -1;
        int runLength = 0;
        for (int i = 0; i < n; ) {
            if (cal[i] != best) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && cal[j + 1] == best) {
                j++;
            }
            if (j - i + 1 > runLength) {
                runStart = i;
                runLength = j - i + 1;
            }
            i = j + 1;
        }
        int mid = runStart + (runLength - 1) / 2;
        IntColumn validationColumn = IntColumn.create("validation_holds");
        for (int v : val) {
            if (v < 0) {
                validationColumn.appendMissing();
            } else {
                validationColumn.append(v);
            }
        }
        Table curve = Table.create("calibration statements held against k", DoubleColumn.create("k", ks),
                IntColumn.create("calibration_holds", cal), validationColumn);
        return new Fit(ks[mid], ks[runStart], ks[runStart + runLength - 1], best, calibration.size(), curve);
    }

    private static int count(IndexStatementEvaluator ev, List<Statement> statements, ScorecardContext c) {
        int h = 0;
        for (Statement s : statements) {
            if (ev.evaluate(s, c).status() == Status.HOLDS) {
                h++;
            }
        }
        return h;
    }

    private static double round(double v, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
