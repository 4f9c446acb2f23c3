package org.suanli.kernel;

import java.util.List;

/**
 * Where a running cell's output goes, as it is produced. The protocol layer turns each call into an IOPub
 * message; the runner appends nbformat outputs to the cell. Every method may be called from threads other
 * than the one that called {@link Interpreter#execute} (a cell may start threads that print or display),
 * so implementations must be thread-safe. Calls made after {@code execute} returned are not delivered.
 */
public interface OutputSink {

    /** Text written to {@code System.out} ({@code name = "stdout"}) or {@code System.err} ("stderr"). */
    void stream(String name, String text);

    /** A {@code display_data} output: {@code display(obj)} in a cell, {@code %%html}, and so on. */
    void display(DisplayData data);

    /** An {@code update_display_data}: replaces every earlier output carrying {@code data.displayId()}. */
    void updateDisplay(DisplayData data);

    /** The value of the cell's last expression, rendered ({@code execute_result}); never for silent cells. */
    void executeResult(int executionCount, DisplayData data);

    /** The cell failed; the same error is also in the {@link ExecuteReply}. */
    void error(String ename, String evalue, List<String> traceback);

    /** Clears the cell's output, optionally when the next output arrives ({@code clear_output}). */
    default void clearOutput(boolean wait) {
    }

    /**
     * Asks the user for a line of input ({@code input_request} on stdin), for {@code System.in} reads and the
     * prompt API. Blocks until the answer comes.
     *
     * @return the line without its newline, or null when no input can be had (no front end, or
     *         {@code allow_stdin} false), which a reader sees as end of input
     */
    default String input(String prompt, boolean password) {
        return null;
    }

    /** An output sink that drops everything, for warm-up and tests. */
    static OutputSink discard() {
        return new OutputSink() {
            @Override public void stream(String name, String text) { }
            @Override public void display(DisplayData data) { }
            @Override public void updateDisplay(DisplayData data) { }
            @Override public void executeResult(int executionCount, DisplayData data) { }
            @Override public void error(String ename, String evalue, List<String> traceback) { }
        };
    }
}
