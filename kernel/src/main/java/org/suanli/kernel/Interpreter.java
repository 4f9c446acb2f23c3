package org.suanli.kernel;

import java.nio.file.Path;
import java.util.List;

/**
 * The evaluation engine of the kernel, seen from whoever drives it: the ZeroMQ server
 * ({@code org.suanli.kernel.protocol}) and the headless notebook runner ({@code org.suanli.runner}).
 *
 * <p>Modelled on xeus' {@code xinterpreter}: the protocol layer owns sockets, messages, status and
 * signatures; the interpreter owns code. Nothing here knows JSON or ZeroMQ, so the runner can execute a
 * notebook in-process without a socket, and the engine can be tested without a Jupyter.
 *
 * <p>Threading: {@link #execute}, {@link #complete}, {@link #inspect}, {@link #isComplete} and the history
 * methods are called by one thread at a time (the shell thread; Jupyter serialises shell requests).
 * {@link #interrupt()} and {@link #shutdown()} may be called from any other thread at any time (the control
 * thread), which is the whole point of them.
 */
public interface Interpreter extends AutoCloseable {

    /**
     * The kernel's JShell engine (in-process, {@link JShellInterpreter}). The one place that names the
     * implementation, so that the protocol server and the runner depend on this interface only. JShell starts in
     * the background: the call returns at once.
     */
    static Interpreter start(EngineOptions options) {
        return new JShellInterpreter(options);
    }

    /**
     * Blocks until the engine can run a cell (JShell has started). Callers that time cells call it first, so
     * that start-up does not count against the first cell's timeout. The default: ready at once.
     */
    default void awaitReady() {
    }

    /**
     * Resolves relative paths in magics against {@code folder} from now on; for an engine started before its
     * notebook was known. Call it before the first cell. The default: paths stay as they are.
     */
    default void workIn(Path folder) {
    }

    /**
     * Runs one cell. Output produced while it runs (streams, displays, the result, the error) is reported to
     * {@code output} as it happens, before this method returns, so the server can send {@code idle} right after.
     */
    ExecuteReply execute(ExecuteRequest request, OutputSink output);

    /** Completion at {@code cursorPos} (a char index into {@code code}): JShell's analysis plus magic names. */
    CompleteReply complete(String code, int cursorPos);

    /**
     * Help for the name at {@code cursorPos}: signature, and Javadoc where available.
     *
     * @param detailLevel 0 for the signature and documentation, 1 for more where there is more
     */
    InspectReply inspect(String code, int cursorPos, int detailLevel);

    /** Whether {@code code} is ready to run (for console front ends that decide when Enter executes). */
    IsCompleteReply isComplete(String code);

    /** What the kernel says about itself in {@code kernel_info_reply}; cheap, never waits for warm-up. */
    KernelInfo kernelInfo();

    /** The language part of {@link #kernelInfo()}. */
    default LanguageInfo languageInfo() {
        return kernelInfo().languageInfo();
    }

    /** The execution count the next stored cell will get minus one: the count of the last stored cell. */
    int executionCount();

    /** The last {@code n} inputs of this session, oldest first ({@code hist_access_type: tail}). */
    List<HistoryEntry> historyTail(int n);

    /**
     * Inputs with execution counts in {@code [start, stop)} ({@code hist_access_type: range}). Negative values
     * count from the end, as in IPython; {@code stop <= 0} with {@code start} given means "to the end".
     */
    List<HistoryEntry> historyRange(int start, int stop);

    /**
     * Inputs matching a glob {@code pattern} ({@code *} and {@code ?}), at most {@code n} (0 = all), oldest
     * first; with {@code unique} each distinct input appears once (its latest occurrence).
     */
    List<HistoryEntry> historySearch(String pattern, int n, boolean unique);

    /**
     * Stops the cell that is running, if any, soon (within about a second, even in {@code while (true) {}}).
     * Definitions made before the interrupted statement survive. Safe to call from any thread, and a no-op
     * when nothing runs.
     */
    void interrupt();

    /** Releases the engine: stops a running cell and closes the JShell. Idempotent; any thread. */
    void shutdown();

    @Override
    default void close() {
        shutdown();
    }
}
