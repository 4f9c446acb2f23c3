package org.suanli.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Built-in renderer for Tablesaw {@link Table}s (Tablesaw has no notebook rendering of its own). HTML shows at
 * most {@link #rowLimit()} rows: the head and the tail with a "… N rows …" row between, so a 10 000-row table
 * does not freeze the browser, and the caption always gives the full size. Every value is HTML-escaped.
 *
 * <p>Decimals: a double Tablesaw would print in full ({@code 90.19387918602789}) is shown in HTML to six decimal
 * places with trailing zeros dropped ({@code 90.193879}), as pandas shows six by default; numbers below 1e-4 keep
 * six significant digits. A column given its own print format is shown as it says. The {@code text/plain} form
 * keeps Tablesaw's own printing, every digit included, for whoever needs them.
 */
public final class TablesawRenderer implements Renderer {

    private static volatile int rowLimit = Integer.getInteger("suanli.table.rows", 20);

    /** How many rows a table shows at most (head plus tail). */
    public static int rowLimit() {
        return rowLimit;
    }

    /** Sets how many rows a table shows at most; at least 2. */
    public static void rowLimit(int rows) {
        if (rows < 2) {
            throw new IllegalArgumentException("a table shows at least 2 rows, not " + rows);
        }
        rowLimit = rows;
    }

    @Override
    public boolean supports(Object value) {
        return value instanceof Table;
    }

    @Override
    public DisplayData render(Object value, Set<String> mimeTypes) {
        return render(value, mimeTypes, DisplayAnnotation.NONE);
    }

    /** The table with its provenance caption in its {@code <caption>} and its marked cells tinted. */
    @Override
    public DisplayData render(Object value, Set<String> mimeTypes, DisplayAnnotation annotation) {
        Table t = (Table) value;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text/html", html(t, rowLimit, annotation));
        String plain = t.print(rowLimit);
        data.put("text/plain", annotation.caption() == null ? plain : plain + "\n" + annotation.caption());
        return annotation.withMetadata(new DisplayData(data, Map.of()));
    }

    /** The table as an HTML {@code <table>}, at most {@code limit} rows. */
    public static String html(Table t, int limit) {
        return html(t, limit, DisplayAnnotation.NONE);
    }

    /**
     * The table as an HTML {@code <table>}, at most {@code limit} rows, with the annotation's caption after the
     * size and each marked cell tinted, its mark in superscript and its meaning in the tooltip.
     */
    public static String html(Table t, int limit, DisplayAnnotation annotation) {
        int rows = t.rowCount();
        int cols = t.columnCount();
        int head = rows <= limit ? rows : (limit + 1) / 2;
        int tail = rows <= limit ? 0 : limit - head;
        StringBuilder sb = new StringBuilder(256 + 40 * Math.min(rows, limit) * Math.max(1, cols));
        sb.append("<table class=\"suanli-table\">\n<caption style=\"text-align:left\">");
        if (t.name() != null && !t.name().isBlank()) {
            sb.append(escape(t.name())).append(" · ");
        }
        sb.append(rows).append(rows == 1 ? " row" : " rows").append(" × ").append(cols)
                .append(cols == 1 ? " column" : " columns");
        if (annotation.caption() != null) {
            sb.append("<br><span class=\"suanli-provenance\">").append(escape(annotation.caption())).append("</span>");
        }
        sb.append("</caption>\n<thead><tr>");
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            Column<?> col = t.column(c);
            numeric[c] = col instanceof NumericColumn<?>;
            sb.append("<th title=\"").append(escape(col.type().name())).append("\"")
                    .append(numeric[c] ? " style=\"text-align:right\"" : "").append('>')
                    .append(escape(col.name())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        NumberColumnFormatter tablesawDefault = tablesawDefault();
        for (int r = 0; r < head; r++) {
            row(sb, t, r, numeric, tablesawDefault, annotation);
        }
        if (tail > 0) {
            int hidden = rows - head - tail;
            sb.append("<tr class=\"suanli-more\"><td colspan=\"").append(Math.max(1, cols))
                    .append("\" style=\"text-align:center\">… ").append(hidden).append(hidden == 1 ? " row" : " rows")
                    .append(" …</td></tr>\n");
            for (int r = rows - tail; r < rows; r++) {
                row(sb, t, r, numeric, tablesawDefault, annotation);
            }
        }
        sb.append("</tbody>\n</table>");
        return sb.toString();
    }

    private static void row(StringBuilder sb, Table t, int r, boolean[] numeric, NumberColumnFormatter tablesawDefault,
                            DisplayAnnotation annotation) {
        sb.append("<tr>");
        for (int c = 0; c < numeric.length; c++) {
            String mark = annotation.mark(r, t.column(c).name());
            if (mark == null) {
                sb.append(numeric[c] ? "<td style=\"text-align:right\">" : "<td>")
                        .append(escape(cell(t.column(c), r, tablesawDefault))).append("</td>");
                continue;
            }
            String title = annotation.markTitles().getOrDefault(mark, mark);
            sb.append("<td class=\"suanli-marked suanli-mark-").append(escape(mark)).append("\" title=\"")
                    .append(escape(title)).append("\" style=\"background:#fff8c5").append(numeric[c] ? ";text-align:right" : "")
                    .append("\">").append(escape(cell(t.column(c), r, tablesawDefault)))
                    .append("<sup class=\"suanli-mark\">").append(escape(mark)).append("</sup></td>");
        }
        sb.append("</tr>\n");
    }

    /**
     * A cell as shown: a double that Tablesaw would print in its default format is shortened (see the class
     * comment); {@code tablesawDefault} is that format, made once per table because it is not thread-safe.
     */
    static String cell(Column<?> column, int r, NumberColumnFormatter tablesawDefault) {
        String shown = column.getString(r);
        double v;
        if (column instanceof DoubleColumn d && !d.isMissing(r)) {
            v = d.getDouble(r);
        } else if (column instanceof FloatColumn f && !f.isMissing(r)) {
            v = f.getFloat(r);
        } else {
            return shown;
        }
        return shown.equals(tablesawDefault.format(v)) ? decimals(v) : shown;
    }

    static NumberColumnFormatter tablesawDefault() {
        NumberColumnFormatter f = NumberColumnFormatter.floatingPointDefault();
        f.setColumnType(ColumnType.DOUBLE);
        return f;
    }

    /**
     * Six decimal places, or six significant digits below 1e-4, in plain notation with trailing zeros dropped,
     * like Tablesaw's own default ({@code 435}, not {@code 435.0}).
     */
    static String decimals(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        BigDecimal b = new BigDecimal(v);
        b = Math.abs(v) < 1e-4 ? b.round(new MathContext(6, RoundingMode.HALF_EVEN))
                : b.setScale(6, RoundingMode.HALF_EVEN);
        String s = b.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
