package org.suanli.runner;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.suanli.kernel.EngineOptions;
import org.suanli.kernel.Interpreter;

/**
 * A JShell engine started the moment the JVM knows it will run notebooks, before the command line is parsed and
 * the notebooks are read. Starting JShell takes about half a second in a fresh JVM and the runner used to begin
 * it only when it reached the first notebook, 0.3-0.4 s after the JVM started; begun at once it runs on the
 * second core meanwhile. The first notebook takes it over ({@link #take}); if nothing does (a usage error, an
 * unreadable notebook), it is a daemon and ends with the JVM.
 */
public final class EarlyEngine {

    /** The commands that run notebooks with the default engine ({@code export} runs none). */
    static final Set<String> COMMANDS = Set.of("run", "check");

    private static final AtomicReference<Interpreter> ENGINE = new AtomicReference<>();

    private EarlyEngine() {
    }

    /** Starts the engine if {@code args} name a command that runs notebooks; cheap and safe to call once from main. */
    public static void startFor(String[] args) {
        // 'run' supervises a child JVM unless --in-process; only the child (--journal) runs notebooks.
        if (args.length < 2) {
            return;
        }
        boolean runsHere = !args[0].equals("run") || Arrays.asList(args).contains(BatchSupervisor.JOURNAL_OPTION)
                || Arrays.asList(args).contains("--in-process");
        if (args.length > 1 && COMMANDS.contains(args[0]) && runsHere) {
            ENGINE.compareAndSet(null, Interpreter.start(EngineOptions.defaults().withWarmUp(true)));
        }
    }

    /** The early engine, now working in {@code folder}, or null if there is none (or it was taken). */
    static Interpreter take(Path folder) {
        Interpreter engine = ENGINE.getAndSet(null);
        if (engine != null) {
            engine.workIn(folder);
        }
        return engine;
    }
}
