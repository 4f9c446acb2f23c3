package org.suanli.runner;

/**
 * Where and why a notebook stopped, for the message a person reads.
 *
 * @param cellNumber     the cell's position in the notebook, counting every cell from 1
 * @param executionCount its {@code In [N]} number, or null if it never got one
 * @param line           the line in the cell the error points at, or null when unknown
 * @param ename          the kind of error ({@code CompilationError}, {@code java.lang.ArithmeticException},
 *                       {@code CellTimeoutError})
 * @param evalue         the one-line message
 */
public record CellFailure(int cellNumber, Integer executionCount, Integer line, String ename, String evalue) {

    /** "notebooks/a.ipynb, cell 5 (In [3]), line 2: java.lang.ArithmeticException: / by zero". */
    public String describe(String notebook) {
        StringBuilder text = new StringBuilder(notebook).append(", cell ").append(cellNumber);
        if (executionCount != null) {
            text.append(" (In [").append(executionCount).append("])");
        }
        if (line != null) {
            text.append(", line ").append(line);
        }
        text.append(": ").append(ename);
        if (evalue != null && !evalue.isBlank()) {
            text.append(": ").append(evalue.strip());
        }
        return text.toString();
    }
}
