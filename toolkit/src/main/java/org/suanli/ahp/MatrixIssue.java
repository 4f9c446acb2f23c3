package org.suanli.ahp;

/**
 * One problem found in a comparison matrix, located precisely enough to fix it.
 *
 * @param source   where the matrix came from (a file name, "node technology", or "matrix")
 * @param line     1-based line in the source file, or 0 when not read from a file
 * @param row      1-based matrix row, or 0 when the problem is not about one cell
 * @param column   1-based matrix column, or 0
 * @param cell     the cell in words, e.g. {@code [scale, industry]}, or empty
 * @param severity ERROR stops the matrix from being built; WARNING is reported and kept
 * @param message  what is wrong and what to do
 */
public record MatrixIssue(String source, int line, int row, int column, String cell, Severity severity,
                          String message) {

    public enum Severity { ERROR, WARNING }

    /** A one-line description for people: source, line, cell, then the message. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(source);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        if (row > 0 && column > 0) {
            b.append(", cell ").append(cell).append(" (row ").append(row).append(", column ").append(column)
                    .append(')');
        } else if (row > 0) {
            b.append(", row ").append(row);
        }
        return b.append(": ").append(message).toString();
    }
}
