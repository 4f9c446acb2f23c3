package org.suanli.kernel;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One executing cell: where its output goes and what has been asked of it (interrupt, timeout). Output calls
 * arriving after the cell has finished are dropped, because the protocol has already said {@code idle}.
 */
final class CellRun {

    /**
     * The cell a thread was started from. JShell runs each snippet in a new thread and threads a cell starts
     * inherit this, so their output goes to their own cell while it runs, not to whichever cell runs later.
     */
    static final InheritableThreadLocal<CellRun> ORIGIN = new InheritableThreadLocal<>();

    private final OutputSink sink;
    private final String label;
    private final int count;
    private final boolean silent;
    private final boolean allowStdin;
    private final CellStreams streams;
    private volatile boolean open = true;
    volatile boolean interruptRequested;
    volatile boolean timedOut;
    volatile boolean done;

    CellRun(OutputSink sink, String label, int count, boolean silent, boolean allowStdin, long maxStreamChars,
            ScheduledExecutorService scheduler) {
        this.sink = sink;
        this.label = label;
        this.count = count;
        this.silent = silent;
        this.allowStdin = allowStdin;
        this.streams = new CellStreams(new Gate(), maxStreamChars, scheduler);
    }

    String label() {
        return label;
    }

    int count() {
        return count;
    }

    boolean silent() {
        return silent;
    }

    CellStreams streams() {
        return streams;
    }

    boolean stopRequested() {
        return interruptRequested || timedOut;
    }

    void display(DisplayData d) {
        streams.flush();
        if (open) {
            sink.display(d);
        }
    }

    void updateDisplay(DisplayData d) {
        streams.flush();
        if (open) {
            sink.updateDisplay(d);
        }
    }

    void clearOutput(boolean wait) {
        streams.flush();
        if (open) {
            sink.clearOutput(wait);
        }
    }

    void executeResult(DisplayData d) {
        streams.flush();
        if (open && !silent) {
            sink.executeResult(count, d);
        }
    }

    void error(ErrorInfo e) {
        streams.flush();
        if (open) {
            sink.error(e.ename(), e.evalue(), e.traceback());
        }
    }

    String input(String prompt, boolean password) {
        if (!allowStdin || !open) {
            return null;
        }
        streams.flush();
        return sink.input(prompt, password);
    }

    void close() {
        streams.close();
        open = false;
        done = true;
    }

    /** What the streams send through; closes with the cell. */
    private final class Gate implements OutputSink {
        @Override
        public void stream(String name, String text) {
            if (open) {
                try {
                    sink.stream(name, text);
                } catch (RuntimeException e) {
                    // The front end's trouble must not surface as an exception in the user's println.
                    StreamCapture.originalErr().println("suanli: sending cell output failed: " + e);
                }
            }
        }

        @Override
        public void display(DisplayData data) {
            CellRun.this.display(data);
        }

        @Override
        public void updateDisplay(DisplayData data) {
            CellRun.this.updateDisplay(data);
        }

        @Override
        public void executeResult(int executionCount, DisplayData data) {
            CellRun.this.executeResult(data);
        }

        @Override
        public void error(String ename, String evalue, List<String> traceback) {
            CellRun.this.error(new ErrorInfo(ename, evalue, traceback));
        }
    }
}
