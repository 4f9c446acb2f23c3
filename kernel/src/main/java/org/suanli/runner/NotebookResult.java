package org.suanli.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How one notebook's run ended.
 *
 * @param source       the notebook that was run
 * @param name         its name in the report (relative path)
 * @param status       see {@link Status}
 * @param executed     the executed notebook (also when it failed part way), or null if it could not be read
 * @param cellsRun     code cells executed
 * @param codeCells    code cells in the notebook
 * @param duration     wall time of the run
 * @param failures     the cells that raised errors (with {@code --allow-errors}, possibly several)
 * @param message      why the notebook could not be read or run (beyond its cell failures), or null
 * @param executedPath where the executed notebook was written, or null
 * @param htmlPath     where its HTML page was written, or null
 */
public record NotebookResult(Path source, String name, Status status, Notebook executed, int cellsRun, int codeCells,
                             Duration duration, List<CellFailure> failures, String message, Path executedPath,
                             Path htmlPath) {

    public NotebookResult {
        failures = List.copyOf(failures);
    }

    /** OK: every cell ran without error. ERRORS: errors allowed by {@code --allow-errors}. */
    public enum Status {
        OK, ERRORS, FAILED, UNREADABLE;

        /** Whether the run counts as a failure for the exit code. */
        public boolean failed() {
            return this == FAILED || this == UNREADABLE;
        }
    }

    NotebookResult withPaths(Path executedPath, Path htmlPath) {
        return new NotebookResult(source, name, status, executed, cellsRun, codeCells, duration, failures, message,
                executedPath, htmlPath);
    }

    /** One line for people: what failed, where. */
    public String problem() {
        if (message != null) {
            return message;
        }
        if (failures.isEmpty()) {
            return null;
        }
        return failures.get(0).describe(source == null ? name : source.toString());
    }
}
