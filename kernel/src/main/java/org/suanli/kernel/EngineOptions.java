package org.suanli.kernel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to build a {@link JShellInterpreter}. The server takes these from its command line
 * ({@code --cell-timeout}, {@code --classpath}), the runner from its own.
 *
 * @param extraClassPath  added to the JShell's class path after the running JVM's class path
 * @param cellTimeout     stop a cell that runs longer than this (same mechanism as an interrupt); null = off
 * @param warmUp          start JShell and compile a throw-away snippet in the background at construction, so
 *                        the user's first cell does not pay the ~1 s start-up
 * @param maxStreamChars  per cell, stdout+stderr characters forwarded before the rest is dropped with a note
 *                        (a runaway print loop must not flood the front end); 0 = unlimited
 * @param workingDirectory directory for relative paths in {@code %load}, {@code %jars}, {@code %classpath}
 *                        (the notebook's directory for the runner); null = the JVM's working directory
 * @param workload        who waits for the cells, which decides when optional work (Tablesaw's preload,
 *                        JShell's class-path index, JIT warm-up) runs
 */
public record EngineOptions(List<Path> extraClassPath, Duration cellTimeout, boolean warmUp, long maxStreamChars,
                            Path workingDirectory, Workload workload) {

    /**
     * Who waits for the cells. A batch run cares about the total time, so optional work runs at once, beside the
     * cells; a person at a kernel cares about each cell, so it waits until they pause.
     */
    public enum Workload {
        /** Tablesaw is preloaded as soon as JShell has started; no completion index, no JIT warm-up. */
        BATCH,
        /**
         * After the first second with no cell running: the completion index is built and Tablesaw preloaded,
         * then the JIT is warmed up with throwaway snippets, one short step at a time.
         */
        INTERACTIVE
    }

    public EngineOptions {
        workload = workload == null ? Workload.BATCH : workload;
        extraClassPath = extraClassPath == null ? List.of() : List.copyOf(extraClassPath);
        if (cellTimeout != null && (cellTimeout.isZero() || cellTimeout.isNegative())) {
            cellTimeout = null;
        }
    }

    /** Warm-up on, no timeout, 10 million characters of output per cell, current directory. */
    public static EngineOptions defaults() {
        return new EngineOptions(List.of(), null, true, 10_000_000L, null, Workload.BATCH);
    }

    public EngineOptions withCellTimeout(Duration timeout) {
        return new EngineOptions(extraClassPath, timeout, warmUp, maxStreamChars, workingDirectory, workload);
    }

    public EngineOptions withWarmUp(boolean on) {
        return new EngineOptions(extraClassPath, cellTimeout, on, maxStreamChars, workingDirectory, workload);
    }

    public EngineOptions withWorkingDirectory(Path dir) {
        return new EngineOptions(extraClassPath, cellTimeout, warmUp, maxStreamChars, dir, workload);
    }

    public EngineOptions withMaxStreamChars(long max) {
        return new EngineOptions(extraClassPath, cellTimeout, warmUp, max, workingDirectory, workload);
    }

    public EngineOptions withWorkload(Workload w) {
        return new EngineOptions(extraClassPath, cellTimeout, warmUp, maxStreamChars, workingDirectory, w);
    }
}
