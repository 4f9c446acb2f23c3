package org.suanli.data;

/**
 * A CSV file cannot be read as a table (empty, wrong encoding, wrong delimiter, a header that lacks columns, an
 * unclosed quote, a bad cell): the message says which file, line and column, and what to do.
 *
 * <p>It is an {@link IllegalArgumentException} because the file is an argument the user gave; its message has the
 * form {@code FILE line N, column C: what}, which {@code suanli validate} turns into a located issue.
 */
public final class CsvFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String column;
    private final String problem;

    /**
     * @param file    the file as the user named it
     * @param line    1-based line, or 0 for the file as a whole
     * @param column  the column's name, or empty for a whole line
     * @param problem what is wrong and what to do
     */
    public CsvFormatException(String file, int line, String column, String problem) {
        super(file + (line > 0 ? " line " + line : "") + (column == null || column.isEmpty() ? "" : ", column " + column)
                + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column == null ? "" : column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    /** The message without its location. */
    public String problem() {
        return problem;
    }
}
