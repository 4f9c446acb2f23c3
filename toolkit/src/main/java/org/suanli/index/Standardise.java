package org.suanli.index;

import org.suanli.data.Direction;

import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The standardisation methods as named functions of a Tablesaw column, for notebooks: each returns a new
 * {@link DoubleColumn} named after the input and the method, fitted to the column itself. A missing value is an
 * error that names its row; decide first what it should be (see {@link MissingPolicy}).
 */
public final class Standardise {
    private Standardise() {
    }

    /** (x − min)/(max − min) × 100. */
    public static DoubleColumn minMax(NumericColumn<?> column) {
        return apply(column, Standardiser.minMax());
    }

    /** x / max × 100. */
    public static DoubleColumn ratioToMax(NumericColumn<?> column) {
        return apply(column, Standardiser.ratioToMax());
    }

    /** x / mean × 100. */
    public static DoubleColumn ratioToMean(NumericColumn<?> column) {
        return apply(column, Standardiser.ratioToMean());
    }

    /** (x − mean) / SD, with the SD named. */
    public static DoubleColumn zScore(NumericColumn<?> column, SdKind sd) {
        return apply(column, Standardiser.zScore(sd));
    }

    /** 50 + 10 z. */
    public static DoubleColumn tScore(NumericColumn<?> column, SdKind sd) {
        return apply(column, Standardiser.tScore(sd));
    }

    /** Rank 1 (weakest) … n (strongest), ties by the rule. */
    public static DoubleColumn rank(NumericColumn<?> column, TieRule ties) {
        return apply(column, Standardiser.rank(ties));
    }

    /** rank / n × 100. */
    public static DoubleColumn percentile(NumericColumn<?> column, TieRule ties) {
        return apply(column, Standardiser.percentile(ties));
    }

    /** x / x(province) × 100, the province being named in {@code labels}. */
    public static DoubleColumn ratioToProvince(NumericColumn<?> column, StringColumn labels, String province) {
        return apply(column, labels, Standardiser.ratioToProvince(province), Direction.POSITIVE);
    }

    /** Any method, positive direction, without labels (a reference-province distance needs the labelled form). */
    public static DoubleColumn apply(NumericColumn<?> column, Standardiser method) {
        return apply(column, null, method, Direction.POSITIVE);
    }

    /** Any method with labels (province names, row by row) and a direction. */
    public static DoubleColumn apply(NumericColumn<?> column, StringColumn labels, Standardiser method, Direction direction) {
        double[] x = values(column, labels);
        List<String> names = labels == null ? null : labels.asList();
        Standardiser.Fitted f = method.fit(x, names, direction);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = f.apply(x[i]);
        }
        return DoubleColumn.create(column.name() + " · " + method.label(), out);
    }

    /**
     * Several methods side by side: the labels, the raw column, then one column per method (named by its label),
     * sorted by the raw value, largest first.
     */
    public static Table compare(NumericColumn<?> column, StringColumn labels, List<Standardiser> methods) {
        Table t = Table.create(column.name() + ": standardisation methods compared",
                labels.copy(), DoubleColumn.create(column.name(), values(column, labels)));
        for (Standardiser m : methods) {
            t.addColumns(apply(column, labels, m, Direction.POSITIVE).setName(m.label()));
        }
        return t.sortDescendingOn(column.name());
    }

    /** ln(x + shift), refusing values where that is undefined. */
    public static DoubleColumn log(NumericColumn<?> column, LogTransform log) {
        double[] x = values(column, null);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = log.apply(x[i], column.name() + ", row " + (i + 1));
        }
        return DoubleColumn.create(column.name() + " · " + log.label(), out);
    }

    /** The winsorised column and the list of values it capped. */
    public record Winsorised(DoubleColumn column, double lower, double upper, List<Capping> capped) {
    }

    /** Caps values outside the percentiles; {@code labels} (may be null) name the capped rows. */
    public static Winsorised winsorise(NumericColumn<?> column, StringColumn labels, Winsorisation w) {
        double[] x = values(column, labels);
        double[] lim = w.limits(x);
        double[] out = new double[x.length];
        List<Capping> capped = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.min(Math.max(x[i], lim[0]), lim[1]);
            if (out[i] != x[i]) {
                capped.add(new Capping(0, labels == null ? "row " + (i + 1) : labels.get(i), column.name(), x[i], out[i]));
            }
        }
        return new Winsorised(DoubleColumn.create(column.name() + " · " + w.label(), out), lim[0], lim[1], List.copyOf(capped));
    }

    private static double[] values(NumericColumn<?> column, Column<String> labels) {
        if (column == null) {
            throw new IllegalArgumentException("no column given");
        }
        if (labels != null && labels.size() != column.size()) {
            throw new IllegalArgumentException("labels have " + labels.size() + " rows but column '" + column.name()
                    + "' has " + column.size());
        }
        double[] x = new double[column.size()];
        for (int i = 0; i < x.length; i++) {
            if (column.isMissing(i)) {
                throw new StandardisationException("column '" + column.name() + "' has no value in row " + (i + 1)
                        + (labels == null ? "" : " (" + labels.get(i) + ")")
                        + ": impute it, drop the row or drop the indicator first; a gap is never read as 0");
            }
            x[i] = column.getDouble(i);
        }
        return x;
    }
}
