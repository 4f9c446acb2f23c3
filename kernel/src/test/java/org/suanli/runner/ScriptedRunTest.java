package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.suanli.runner.TestNotebooks.cell;

/** The runner's own logic, on a scripted engine (see {@link ScriptedInterpreter}); JShell runs are in RunCommandTest. */
class ScriptedRunTest {

    @TempDir
    Path dir;

    private final List<ScriptedInterpreter> created = new ArrayList<>();

    private NotebookRunner runner() {
        return new NotebookRunner(folder -> {
            ScriptedInterpreter interpreter = new ScriptedInterpreter();
            created.add(interpreter);
            return interpreter;
        }, RunListener.NONE);
    }

    private NotebookRunner.Options options(boolean inplace, boolean allowErrors, Duration timeout) {
        return new NotebookRunner.Options(dir.resolve("report"), inplace, allowErrors, timeout, Map.of(), true);
    }

    @Test
    void runsNotebooksInOrderEachInAFreshInterpreter() throws Exception {
        Path b = TestNotebooks.write(dir, "b.ipynb", cell("print from b"));
        Path a = TestNotebooks.write(dir, "a.ipynb", cell("md:# A"), cell("print one\nprint two\nresult 42"), cell(""),
                cell("png\nhtml <b>表</b>"));
        byte[] before = Files.readAllBytes(a);
        NotebookRunner.Summary summary = runner().run(NotebookFiles.resolve(List.of(dir)), options(false, false, null));
        assertEquals(List.of("a.ipynb", "b.ipynb"), summary.results().stream().map(NotebookResult::name).toList());
        assertEquals(2, created.size());
        long deadline = System.currentTimeMillis() + 10_000; // engines are shut down in the background
        while (!created.stream().allMatch(i -> i.shutDown) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(created.stream().allMatch(i -> i.shutDown), "every interpreter is shut down");
        assertEquals(List.of("print one\nprint two\nresult 42", "png\nhtml <b>表</b>"), created.get(0).executed,
                "empty cells are not executed, as in Jupyter");
        assertArrayEquals(before, Files.readAllBytes(a), "the source is untouched");
        assertEquals(0, summary.failed());
        assertEquals(3, summary.cells());

        Notebook executed = Notebook.read(dir.resolve("report/a.ipynb"));
        Cell code = executed.cells().get(1);
        assertEquals(1, code.executionCount());
        List<JsonObject> outputs = code.outputs();
        assertEquals(2, outputs.size(), "two prints make one stream output, then the result");
        assertEquals("one\ntwo\n", Outputs.text(outputs.get(0)));
        assertEquals("execute_result", outputs.get(1).get("output_type").getAsString());
        assertEquals(1, outputs.get(1).get("execution_count").getAsInt());
        assertNull(executed.cells().get(2).executionCount());
        assertEquals("suanli", executed.metadata().getAsJsonObject("kernelspec").get("name").getAsString());
        assertEquals("Java (Suanli)", executed.metadata().getAsJsonObject("kernelspec").get("display_name").getAsString());
        assertEquals("java", executed.metadata().getAsJsonObject("language_info").get("name").getAsString());
        String json = Files.readString(dir.resolve("report/a.ipynb"), StandardCharsets.UTF_8);
        assertFalse(json.contains("transient"));
        assertTrue(json.contains("<b>表</b>"), "Chinese is written as UTF-8, not escaped");
        String index = Files.readString(dir.resolve("report/index.html"), StandardCharsets.UTF_8);
        assertTrue(index.indexOf("a.html") < index.indexOf("b.html"));
        assertTrue(Files.exists(dir.resolve("report/b.html")));
    }

    @Test
    void aFailingCellStopsTheNotebookAndThePartialResultIsWritten() throws Exception {
        Path nb = TestNotebooks.write(dir, "fails.ipynb", cell("print before"), cell("md:text"),
                cell("print ok\nfail the data file is missing"), cell("print after"));
        NotebookRunner.Summary summary = runner().run(List.of(nb), options(false, false, null));
        NotebookResult result = summary.results().get(0);
        assertEquals(NotebookResult.Status.FAILED, result.status());
        assertEquals(1, summary.failed());
        assertEquals(2, result.cellsRun());
        assertEquals(nb + ", cell 3 (In [2]), line 2: java.lang.IllegalStateException: the data file is missing",
                result.problem());
        Notebook executed = Notebook.read(dir.resolve("report/fails.ipynb"));
        List<JsonObject> outputs = executed.cells().get(2).outputs();
        assertEquals("error", outputs.get(1).get("output_type").getAsString());
        assertTrue(executed.cells().get(3).outputs().isEmpty(), "cells after the failure carry no stale output");
        assertNull(executed.cells().get(3).executionCount());
        String page = Files.readString(dir.resolve("report/fails.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("failure-banner"));
        assertTrue(page.contains("the data file is missing"));
    }

    @Test
    void allowErrorsKeepsGoing() throws Exception {
        Path nb = TestNotebooks.write(dir, "fails.ipynb", cell("fail first"), cell("print after"));
        NotebookRunner.Summary summary = runner().run(List.of(nb), options(false, true, null));
        NotebookResult result = summary.results().get(0);
        assertEquals(NotebookResult.Status.ERRORS, result.status());
        assertEquals(0, summary.failed());
        assertEquals(2, result.cellsRun());
        assertEquals(1, result.failures().size());
    }

    @Test
    void aCellOverItsTimeoutIsInterruptedAndReported() throws Exception {
        Path nb = TestNotebooks.write(dir, "slow.ipynb", cell("print start"), cell("print in\nsleep 60000"),
                cell("print never"));
        NotebookRunner.Summary summary = runner().run(List.of(nb), options(false, false, Duration.ofMillis(300)));
        NotebookResult result = summary.results().get(0);
        assertEquals(NotebookResult.Status.FAILED, result.status());
        assertTrue(result.problem().contains("cell 2") && result.problem().contains("CellTimeoutError")
                && result.problem().contains("0.3 s"), result.problem());
        Notebook executed = Notebook.read(dir.resolve("report/slow.ipynb"));
        List<JsonObject> outputs = executed.cells().get(1).outputs();
        assertEquals("in\n", Outputs.text(outputs.get(0)), "output before the timeout is kept");
        assertEquals("CellTimeoutError", outputs.get(1).get("ename").getAsString());
        assertEquals(2, outputs.size(), "the engine's own interrupt error is replaced by the timeout message");
        assertEquals(List.of("print start", "print in\nsleep 60000"), created.get(0).executed);
    }

    @Test
    void aCellThatIgnoresTheInterruptIsAbandoned() {
        ScriptedInterpreter interpreter = new ScriptedInterpreter();
        Notebook notebook = parse(cell("hang"), cell("print never"));
        NotebookExecutor.Execution execution = NotebookExecutor.execute(notebook, interpreter,
                new NotebookExecutor.Options(true, Duration.ofMillis(100), Duration.ofMillis(100), null),
                RunListener.NONE, "hang.ipynb");
        assertTrue(execution.stopped(), "even with allow-errors, a lost engine stops the notebook");
        assertTrue(interpreter.shutDown);
        assertTrue(execution.failures().get(0).evalue().contains("did not stop"));
    }

    @Test
    void inplaceWritesTheSourceOnlyAfterASuccessfulRun() throws Exception {
        Path bad = TestNotebooks.write(dir, "bad.ipynb", cell("print x"), cell("fail no"));
        Path good = TestNotebooks.write(dir, "good.ipynb", cell("print fine"));
        byte[] badBefore = Files.readAllBytes(bad);
        runner().run(List.of(bad, good), options(true, false, null));
        assertArrayEquals(badBefore, Files.readAllBytes(bad), "a failed run leaves the source untouched");
        Notebook updated = Notebook.read(good);
        assertEquals("fine\n", Outputs.text(updated.cells().get(0).outputs().get(0)));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void anUnreadableNotebookDoesNotStopTheOthers() throws Exception {
        Path broken = dir.resolve("a-broken.ipynb");
        Files.writeString(broken, "{\"cells\": [", StandardCharsets.UTF_8);
        Path good = TestNotebooks.write(dir, "b-good.ipynb", cell("print fine"));
        NotebookRunner.Summary summary = runner().run(List.of(broken, good), options(false, false, null));
        assertEquals(NotebookResult.Status.UNREADABLE, summary.results().get(0).status());
        assertEquals(NotebookResult.Status.OK, summary.results().get(1).status());
        assertEquals("{\"cells\": [", Files.readString(broken));
        assertFalse(Files.exists(dir.resolve("report/a-broken.ipynb")));
        assertTrue(Files.readString(dir.resolve("report/index.html")).contains("is not valid JSON"));
    }

    @Test
    void displayUpdatesReachEarlierOutputs() {
        Notebook notebook = parse(cell("display progress 0%"), cell("update progress 100%"));
        NotebookExecutor.execute(notebook, new ScriptedInterpreter(),
                new NotebookExecutor.Options(false, null, null, null), RunListener.NONE, "d.ipynb");
        JsonObject output = notebook.cells().get(0).outputs().get(0);
        assertEquals("100%", Outputs.mimeText(output.getAsJsonObject("data"), "text/plain"));
        assertFalse(output.has("transient"));
    }

    @Test
    void aNotebookInAnotherLanguageIsRefusedClearly() throws Exception {
        Path python = TestNotebooks.write(dir, "py.ipynb", cell("print 1"));
        Files.writeString(python, Files.readString(python).replace("\"metadata\":{},\"nbformat\"",
                "\"metadata\":{\"kernelspec\":{\"name\":\"python3\",\"language\":\"python\"}},\"nbformat\""));
        NotebookRunner.Summary summary = runner().run(List.of(python), options(false, false, null));
        assertEquals(NotebookResult.Status.FAILED, summary.results().get(0).status());
        assertTrue(summary.results().get(0).problem().contains("is a python notebook"), summary.results().get(0).problem());
        assertTrue(created.isEmpty(), "no engine was started");
    }

    @Test
    void notebooksFromSeveralFoldersKeepTheirSubFoldersInTheReport() throws Exception {
        Path one = TestNotebooks.write(Files.createDirectories(dir.resolve("src/one")), "x.ipynb", cell("print 1"));
        Path two = TestNotebooks.write(Files.createDirectories(dir.resolve("src/two")), "x.ipynb", cell("print 2"));
        runner().run(List.of(one, two), options(false, false, null));
        assertTrue(Files.exists(dir.resolve("report/one/x.ipynb")) && Files.exists(dir.resolve("report/two/x.html")));
        assertTrue(Files.readString(dir.resolve("report/two/x.html")).contains("href=\"../index.html\""));
        assertTrue(Files.readString(dir.resolve("report/index.html")).contains("href=\"two/x.html\""));
    }

    static Notebook parse(JsonObject... cells) {
        try {
            return Notebook.parse(TestNotebooks.notebook(List.of(cells)), "test.ipynb");
        } catch (NotebookException e) {
            throw new AssertionError(e);
        }
    }
}
