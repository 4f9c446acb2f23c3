package org.suanli.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import org.suanli.kernel.Interpreter;

/**
 * {@code suanli check}: re-executes a notebook in a fresh interpreter and compares every cell's outputs with
 * the ones it stores, so that a committed notebook whose numbers no longer come out of the code is caught.
 *
 * <p>All cells run even after an error (a new error is itself a difference to report). Cells tagged
 * {@code check-skip} are not run; cells tagged {@code check-ignore-output} run but are not compared; cells
 * tagged {@code check-ignore-images} are compared without their images.
 */
public final class NotebookChecker {

    /** One difference, with where it is. */
    public record Difference(String notebook, int cellNumber, Integer executionCount, String detail) {
        /** "notebooks/a.ipynb, cell 4 (In [2]): output 1 (stream stdout) differs: …". */
        public String describe() {
            return notebook + ", cell " + cellNumber + (executionCount == null ? "" : " (In [" + executionCount + "])")
                    + ": " + detail;
        }
    }

    /** The outcome for one notebook. */
    public record Result(Path source, int cellsCompared, List<Difference> differences, String problem, Duration duration) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return problem == null && differences.isEmpty();
        }
    }

    private final NotebookRunner.InterpreterFactory factory;
    private final OutputComparison.Settings settings;
    private final Duration timeout;

    NotebookChecker(NotebookRunner.InterpreterFactory factory, List<Sanitizer> sanitizers, int channelDelta,
                    double pixelShare, Duration timeout) {
        this.factory = factory;
        this.settings = new OutputComparison.Settings(sanitizers, channelDelta, pixelShare);
        this.timeout = timeout;
    }

    Result check(Path source, RunListener listener, int index, int total) {
        long start = System.nanoTime();
        String name = source.toString();
        Notebook stored;
        List<Sanitizer> sanitizers;
        try {
            stored = Notebook.read(source);
            sanitizers = new ArrayList<>(settings.sanitizers());
            sanitizers.addAll(Sanitizer.fromMetadata(stored));
        } catch (NotebookException e) {
            return new Result(source, 0, List.of(), e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
        }
        OutputComparison.Settings withNotebook = new OutputComparison.Settings(sanitizers, settings.channelDelta(),
                settings.pixelShare());
        Notebook fresh = stored.copy();
        int codeCells = (int) fresh.cells().stream()
                .filter(c -> c.isCode() && !c.source().isBlank() && !c.hasTag(Cell.TAG_CHECK_SKIP)).count();
        listener.notebookStarted(name, index, total, codeCells);
        NotebookExecutor.Execution execution;
        Interpreter interpreter = null;
        String problem = null;
        try {
            interpreter = factory.create(source.toAbsolutePath().getParent());
            execution = NotebookExecutor.execute(fresh, interpreter, new NotebookExecutor.Options(true, timeout, null,
                    cell -> cell.hasTag(Cell.TAG_CHECK_SKIP)), listener, name);
        } catch (RuntimeException e) {
            problem = source + ": the evaluation engine could not start or failed: " + e;
            execution = null;
        } finally {
            if (interpreter != null) {
                try {
                    interpreter.shutdown();
                } catch (RuntimeException ignored) {
                    // the comparison matters more than a failed shutdown
                }
            }
        }
        List<Difference> differences = new ArrayList<>();
        int compared = 0;
        if (execution != null) {
            List<Cell> before = stored.cells();
            List<Cell> after = fresh.cells();
            Integer stoppedAt = execution.stopped() && !execution.failures().isEmpty()
                    ? execution.failures().get(execution.failures().size() - 1).cellNumber() : null;
            for (int i = 0; i < before.size(); i++) {
                Cell old = before.get(i);
                Cell now = after.get(i);
                if (!old.isCode() || old.hasTag(Cell.TAG_CHECK_SKIP) || old.hasTag(Cell.TAG_CHECK_IGNORE_OUTPUT)) {
                    continue;
                }
                if (stoppedAt != null && old.number() > stoppedAt) {
                    differences.add(new Difference(name, old.number(), old.executionCount(),
                            "not checked: the notebook stopped at cell " + stoppedAt));
                    continue;
                }
                compared++;
                List<JsonObject> storedOutputs = old.outputs();
                List<JsonObject> newOutputs = now.outputs();
                if (old.executionCount() == null && storedOutputs.isEmpty() && !newOutputs.isEmpty()) {
                    differences.add(new Difference(name, old.number(), null, "the notebook stores no outputs for "
                            + "this cell (it was saved unexecuted), but it gives " + newOutputs.size()
                            + " now. Run 'suanli run --inplace " + source + "' to store them."));
                    continue;
                }
                for (String detail : OutputComparison.compare(storedOutputs, newOutputs,
                        !old.hasTag(Cell.TAG_CHECK_IGNORE_IMAGES), withNotebook)) {
                    differences.add(new Difference(name, old.number(), old.executionCount(), detail));
                }
            }
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        NotebookResult.Status status = problem != null ? NotebookResult.Status.FAILED
                : differences.isEmpty() ? NotebookResult.Status.OK : NotebookResult.Status.FAILED;
        String summary = problem != null ? problem : differences.isEmpty() ? null
                : differences.size() + (differences.size() == 1 ? " difference" : " differences")
                + " from the stored outputs";
        listener.notebookFinished(new NotebookResult(source, name, status, fresh,
                execution == null ? 0 : execution.cellsRun(), codeCells, duration, List.of(), summary, null, null));
        return new Result(source, compared, differences, problem, duration);
    }
}
