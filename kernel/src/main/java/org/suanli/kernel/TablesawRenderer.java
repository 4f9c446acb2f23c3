package org.suanli.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Built-in renderer for Tablesaw {@link Table}s (Tablesaw has no notebook rendering of its own). HTML shows at
 * most {@link #rowLimit()} rows: the head and the tail with a "… N rows …" row between, so a 10 000-row table
 * does not freeze the browser, and the caption always gives the full size. Every value is HTML-escaped.
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
        Table t = (Table) value;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text/html", html(t, rowLimit));
        data.put("text/plain", t.print(rowLimit));
        return new DisplayData(data, Map.of());
    }

    /** The table as an HTML {@code <table>}, at most {@code limit} rows. */
    public static String html(Table t, int limit) {
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
                .append(cols == 1 ? " column" : " columns").append("</caption>\n<thead><tr>");
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            Column<?> col = t.column(c);
            numeric[c] = col instanceof NumericColumn<?>;
            sb.append("<th title=\"").append(escape(col.type().name())).append("\"")
                    .append(numeric[c] ? " style=\"text-align:right\"" : "").append('>')
                    .append(escape(col.name())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < head; r++) {
            row(sb, t, r, numeric);
        }
        if (tail > 0) {
            int hidden = rows - head - tail;
            sb.append("<tr class=\"suanli-more\"><td colspan=\"").append(Math.max(1, cols))
                    .append("\" style=\"text-align:center\">… ").append(hidden).append(hidden == 1 ? " row" : " rows")
                    .append(" …</td></tr>\n");
            for (int r = rows - tail; r < rows; r++) {
                row(sb, t, r, numeric);
            }
        }
        sb.append("</tbody>\n</table>");
        return sb.toString();
    }

    private static void row(StringBuilder sb, Table t, int r, boolean[] numeric) {
        sb.append("<tr>");
        for (int c = 0; c < numeric.length; c++) {
            sb.append(numeric[c] ? "<td style=\"text-align:right\">" : "<td>")
                    .append(escape(t.column(c).getString(r))).append("</td>");
        }
        sb.append("</tr>\n");
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
