package org.suanli.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.suanli.kernel.ExecuteReply;
import org.suanli.kernel.ExecuteRequest;
import org.suanli.kernel.Interpreter;

/**
 * Executes the code cells of one notebook, top to bottom, on one interpreter, and puts the outputs into the
 * cells as Jupyter would. This is the part {@code suanli run} and {@code suanli check} share.
 *
 * <p>Each cell runs on a worker thread so that the per-cell timeout holds even if the engine cannot stop
 * the code: after the timeout the cell is interrupted, and if it still runs after a grace period the
 * interpreter is given up and the notebook stops.
 */
final class NotebookExecutor {

    /** ANSI colour codes, which tracebacks carry for Jupyter front ends. */
    static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)");

    /**
     * @param allowErrors keep going after a failing cell
     * @param timeout     per cell; null for none
     * @param grace       how long an interrupted cell may take to stop before the interpreter is given up
     * @param skip        cells not to run at all (their stored outputs are kept)
     */
    record Options(boolean allowErrors, Duration timeout, Duration grace, Predicate<Cell> skip) {
        Options {
            grace = grace == null ? Duration.ofSeconds(10) : grace;
            skip = skip == null ? cell -> false : skip;
        }
    }

    /** What happened: the notebook's cells hold the outputs. */
    record Execution(int cellsRun, int codeCells, List<CellFailure> failures, boolean stopped) {
    }

    private NotebookExecutor() {
    }

    static Execution execute(Notebook notebook, Interpreter interpreter, Options options, RunListener listener,
                             String name) {
        List<Cell> codeCells = new ArrayList<>();
        for (Cell cell : notebook.cells()) {
            if (cell.isCode() && !options.skip().test(cell)) {
                cell.clearOutputs();
                if (!cell.source().isBlank()) {
                    codeCells.add(cell);
                }
            }
        }
        List<CellFailure> failures = new ArrayList<>();
        CellOutputCollector.Displays displays = new CellOutputCollector.Displays();
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "suanli-runner-cell");
            thread.setDaemon(true);
            return thread;
        });
        int run = 0;
        boolean stopped = false;
        if (!codeCells.isEmpty()) {
            // Starting JShell takes a second or more; it must not count against the first cell's timeout.
            interpreter.awaitReady();
        }
        try {
            for (Cell cell : codeCells) {
                run++;
                listener.cellStarted(name, run, codeCells.size(), cell);
                long started = System.nanoTime();
                CellOutputCollector collector = new CellOutputCollector(displays);
                Outcome outcome = executeCell(interpreter, cell, collector, worker, options);
                collector.close();
                cell.setOutputs(collector.toJson());
                cell.setExecutionCount(outcome.executionCount());
                boolean ok = outcome.failure() == null;
                listener.cellFinished(name, run, codeCells.size(), cell, ok, Duration.ofNanos(System.nanoTime() - started));
                if (!ok) {
                    failures.add(outcome.failure());
                    if (outcome.engineLost() || !options.allowErrors()) {
                        stopped = true;
                        break;
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Execution(run, codeCells.size(), failures, stopped);
    }

    private record Outcome(Integer executionCount, CellFailure failure, boolean engineLost) {
    }

    private static Outcome executeCell(Interpreter interpreter, Cell cell, CellOutputCollector collector,
                                       ExecutorService worker, Options options) {
        Future<ExecuteReply> future = worker.submit(() -> interpreter.execute(ExecuteRequest.of(cell.source()), collector));
        ExecuteReply reply;
        try {
            reply = options.timeout() == null ? future.get()
                    : future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return timedOut(interpreter, cell, collector, future, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interpreter.interrupt();
            collector.runnerError("Interrupted", "the run was interrupted", List.of("The run was interrupted."));
            return new Outcome(null, new CellFailure(cell.number(), null, null, "Interrupted",
                    "the run was interrupted"), true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = "the evaluation engine failed: " + cause;
            collector.runnerError("EngineError", message, List.of(message));
            return new Outcome(null, new CellFailure(cell.number(), null, null, "EngineError", message), true);
        }
        Integer count = reply.executionCount() > 0 ? reply.executionCount() : null;
        if (reply.ok()) {
            return new Outcome(count, null, false);
        }
        CellOutputCollector.ErrorRecord error = collector.error();
        String ename;
        String evalue;
        List<String> traceback;
        if (error != null) {
            ename = error.ename();
            evalue = error.evalue();
            traceback = error.traceback();
        } else if (reply.error() != null) {
            ename = reply.error().ename();
            evalue = reply.error().evalue();
            traceback = reply.error().traceback();
            collector.runnerError(ename, evalue, traceback);
        } else {
            ename = reply.status() == ExecuteReply.Status.ABORTED ? "Aborted" : "Error";
            evalue = "the cell did not complete";
            traceback = List.of();
            collector.runnerError(ename, evalue, traceback);
        }
        return new Outcome(count, new CellFailure(cell.number(), count, errorLine(evalue, traceback), ename, evalue),
                false);
    }

    private static Outcome timedOut(Interpreter interpreter, Cell cell, CellOutputCollector collector,
                                    Future<ExecuteReply> future, Options options) {
        // The interrupt makes the engine report its own error; the runner's timeout message replaces it.
        collector.close();
        interpreter.interrupt();
        String seconds = formatSeconds(options.timeout());
        Integer count = null;
        boolean lost = false;
        try {
            ExecuteReply reply = future.get(options.grace().toMillis(), TimeUnit.MILLISECONDS);
            count = reply.executionCount() > 0 ? reply.executionCount() : null;
        } catch (TimeoutException | ExecutionException e) {
            lost = true;
            interpreter.shutdown();
            future.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lost = true;
        }
        String evalue = "the cell did not finish within " + seconds + " (--timeout); it was interrupted"
                + (lost ? " but did not stop, so the rest of the notebook was not run" : "");
        collector.runnerError("CellTimeoutError", evalue, List.of("CellTimeoutError: " + evalue,
                "Make the cell faster, or raise the limit with --timeout SECONDS (0 turns it off)."));
        return new Outcome(count, new CellFailure(cell.number(), count, null, "CellTimeoutError", evalue), lost);
    }

    static String formatSeconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The line the error points at, from the engine's "cell N, line L" wording. */
    static Integer errorLine(String evalue, List<String> traceback) {
        List<String> texts = new ArrayList<>();
        texts.add(evalue == null ? "" : evalue);
        texts.addAll(traceback);
        for (String text : texts) {
            Matcher matcher = LINE.matcher(ANSI.matcher(text).replaceAll(""));
            if (matcher.find()) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }
}
