package org.suanli.data;

/**
 * One problem in a data file, located the way an editor shows it.
 *
 * @param file     the file as the user named it
 * @param row      the line number in the file (1 is the header), or 0 for the file as a whole
 * @param column   the column name, or empty for the whole row or file
 * @param severity error or warning
 * @param message  what was found and what was expected
 */
public record ValidationIssue(String file, int row, String column, Severity severity, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:row: column 'x': error: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (row > 0) {
            b.append(':').append(row);
        }
        b.append(": ");
        if (column != null && !column.isEmpty()) {
            b.append("column '").append(column).append("': ");
        }
        b.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        return b.toString();
    }
}
