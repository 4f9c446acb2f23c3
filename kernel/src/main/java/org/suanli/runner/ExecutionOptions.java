package org.suanli.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code run} and {@code check} share, as a picocli mixin: which notebooks, the per-cell timeout and
 * the progress display. Both commands execute notebooks the same way, so they read these the same way.
 */
final class ExecutionOptions {

    @Parameters(paramLabel = "NOTEBOOK|DIR", arity = "0..*",
            description = "Notebooks, or folders of notebooks (default: notebooks).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop a cell that runs longer than this (0: no limit; default ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, lines otherwise), bar, plain or none (default: auto).")
    String progress;

    ConsoleProgress.Mode progressMode() throws NotebookException {
        try {
            return ConsoleProgress.Mode.parse(progress);
        } catch (IllegalArgumentException e) {
            throw new NotebookException(e.getMessage());
        }
    }

    /** The notebooks named, folders expanded in file-name order; {@code notebooks/} when none is named. */
    List<Path> notebooks() throws NotebookException {
        return NotebookFiles.resolve(RunCommand.defaultInputs(inputs));
    }

    /** The per-cell limit, or null for none. */
    Duration timeout() throws NotebookException {
        if (timeoutSeconds < 0 || Double.isNaN(timeoutSeconds)) {
            throw new NotebookException("--timeout must be 0 (no limit) or a number of seconds, not " + timeoutSeconds);
        }
        return timeoutSeconds == 0 ? null : Duration.ofMillis(Math.round(timeoutSeconds * 1000));
    }
}
