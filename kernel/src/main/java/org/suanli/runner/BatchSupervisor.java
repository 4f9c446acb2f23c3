package org.suanli.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code suanli run} in a child JVM and starts a new one after a notebook has ended it, so that nothing one
 * notebook does takes the batch down (issue 17).
 *
 * <p>Why a process boundary rather than rewriting more call shapes: the engine already rewrites
 * {@code System.exit} and {@code Runtime.exit/halt} calls in cells ({@code ExitPatcher}), but a cell can reach
 * them in ways no rewrite of its own class can see: a method reference ({@code Runtime.getRuntime()::exit}),
 * reflection, a {@code MethodHandle}, a library that calls {@code System.exit}, native code, or the operating
 * system killing the JVM for memory. Only a second process survives all of them.
 *
 * <p>Why one child for the whole batch rather than one per notebook: a JVM and its JShell cost about a second of
 * CPU to start, and notebooks almost never end the JVM. The child runs the notebooks as an in-process run would
 * and writes a {@link RunJournal}; when it ends before writing {@code complete}, the notebook it was running is
 * recorded as failed, with its exit code and cell, and a new child goes on with the next notebook, carrying the
 * results so far. The last child prints the summary and writes {@code index.html} over all notebooks.
 */
final class BatchSupervisor {

    /** The option that makes a {@code run} the child of a supervisor. */
    static final String JOURNAL_OPTION = "--journal";

    private BatchSupervisor() {
    }

    /**
     * Runs {@code runArgs} (the arguments after {@code run}) in child JVMs until the run completes.
     *
     * @return the exit code of the run
     */
    static int supervise(List<String> runArgs, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("suanli-run");
        Path journalFile = dir.resolve("journal.jsonl");
        try {
            int lastUnfinished = -2;
            while (true) {
                List<String> command = childCommand(runArgs, journalFile);
                Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
                Thread o = pump(child.getInputStream(), out);
                Thread e = pump(child.getErrorStream(), err);
                int exit = child.waitFor();
                o.join();
                e.join();
                RunJournal journal = RunJournal.read(journalFile);
                if (journal.completeExit() != null) {
                    return journal.completeExit();
                }
                if (journal.nothingStarted()) {
                    return exit; // the child refused the command line and said why itself
                }
                int unfinished = journal.unfinished();
                if (unfinished < 0 || unfinished == lastUnfinished) {
                    err.println("suanli run: the process running the notebooks ended unexpectedly (exit code " + exit
                            + ")" + (unfinished < 0 ? " between notebooks" : "") + "; no report was written.");
                    err.flush();
                    return 4;
                }
                err.println("suanli run: notebook " + (unfinished + 1) + " ended the Java process (exit code " + exit
                        + "); going on with the next notebook in a new process.");
                err.flush();
                journal.died(unfinished, journal.lastCell(), exit);
                lastUnfinished = unfinished;
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The same java, JVM options and class path as this process, running {@code suanli run ARGS --journal F}. */
    static List<String> childCommand(List<String> runArgs, Path journal) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // A class-data archive is written by one process only; a debugger port is bound by one only.
            if (!option.startsWith("-XX:ArchiveClassesAtExit") && !option.startsWith("-agentlib:jdwp")) {
                cmd.add(option);
            }
        }
        String lang = System.getProperty("suanli.lang");
        if (lang != null) {
            cmd.add("-Dsuanli.lang=" + lang); // 'suanli --lang en run': the option came before 'run', so pass it on
        }
        String provinceNames = System.getProperty("suanli.province.names");
        if (provinceNames != null) {
            cmd.add("-Dsuanli.province.names=" + provinceNames);   // likewise 'suanli --province-names zh run'
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.suanli.cli.Suanli");
        cmd.add("run");
        cmd.addAll(runArgs);
        cmd.add(JOURNAL_OPTION);
        cmd.add(journal.toString());
        return cmd;
    }

    private static Thread pump(InputStream in, PrintWriter to) {
        Thread t = new Thread(() -> {
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException ignored) {
                // the child ended
            }
        }, "suanli-run-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
