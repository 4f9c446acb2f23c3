package org.suanli.kernel;

import java.util.List;

/**
 * An error as Jupyter shows it. The traceback lines are for people: they name the cell and line
 * ({@code cell 3, line 2, column 9}), show the source line with a caret, and hold no JShell snippet ids.
 * Lines may contain ANSI colour codes, as Jupyter front ends expect.
 *
 * @param ename     short kind, e.g. {@code CompilationError}, {@code java.lang.ArithmeticException}
 * @param evalue    the one-line message
 * @param traceback the lines to print, first line first
 */
public record ErrorInfo(String ename, String evalue, List<String> traceback) {
    public ErrorInfo {
        ename = ename == null ? "Error" : ename;
        evalue = evalue == null ? "" : evalue;
        traceback = traceback == null ? List.of() : List.copyOf(traceback);
    }
}
