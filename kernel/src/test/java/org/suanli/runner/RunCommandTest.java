package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanli run}, {@code check} and {@code export} end to end, on the kernel's JShell engine. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsAFolderAndReportsEachFailureWithNotebookCellAndLine() throws Exception {
        Path notebooks = dir.resolve("notebooks");
        Path ok = CliRun.copy("ok.ipynb", notebooks);
        Path failing = CliRun.copy("failing.ipynb", notebooks);
        Path corrupt = CliRun.copy("corrupt.ipynb", notebooks);
        byte[] failingBefore = Files.readAllBytes(failing);
        byte[] corruptBefore = Files.readAllBytes(corrupt);
        Path report = dir.resolve("report");

        CliRun run = CliRun.of("run", notebooks.toString(), "-o", report.toString(), "--inplace", "--progress", "plain");

        assertEquals(ExitCodeScheme.NOTEBOOK, run.exit(), run.toString());
        assertTrue(run.out().contains("Ran 3 notebooks, 6 cells in "), run.toString());
        assertTrue(run.out().contains(": 1 ok, 2 failed."), run.toString());
        assertTrue(run.out().contains("FAILED " + corrupt + ": is not valid JSON"), run.toString());
        assertTrue(run.out().contains("FAILED " + failing + ", cell 3 (In [2]), line 2: java.lang.ArrayIndexOutOfBoundsException"),
                run.toString());
        assertTrue(run.out().contains("Report: " + report.resolve("index.html")), run.toString());
        assertTrue(run.err().contains("[1/3] corrupt.ipynb: UNREADABLE"), run.err());
        assertTrue(run.err().contains("[3/3] ok.ipynb: cell 2 (1/4) ok"), "a plain line per cell: " + run.err());

        assertArrayEquals(failingBefore, Files.readAllBytes(failing), "--inplace leaves a failed notebook untouched");
        assertArrayEquals(corruptBefore, Files.readAllBytes(corrupt), "a corrupt notebook is left untouched");

        // the partial notebook is written, with the error in place and nothing after it
        String partial = Files.readString(report.resolve("failing.ipynb"), StandardCharsets.UTF_8);
        NbformatSchema.assertValid(partial);
        Notebook failed = Notebook.parse(partial, "failing.ipynb");
        List<JsonObject> outputs = failed.cells().get(2).outputs();
        assertEquals("in the failing cell\n", Outputs.text(outputs.get(0)));
        assertEquals("error", outputs.get(1).get("output_type").getAsString());
        assertTrue(failed.cells().get(3).outputs().isEmpty());

        // the good one ran, was written over its source, and is valid nbformat 4.5
        String executed = Files.readString(ok, StandardCharsets.UTF_8);
        NbformatSchema.assertValid(executed);
        Notebook notebook = Notebook.parse(executed, "ok.ipynb");
        assertEquals("华东 31\n", Outputs.text(notebook.cells().get(1).outputs().get(0)));
        JsonObject result = notebook.cells().get(2).outputs().get(1);
        assertEquals("execute_result", result.get("output_type").getAsString());
        assertEquals("62", Outputs.mimeText(result.getAsJsonObject("data"), "text/plain"));
        JsonObject chart = notebook.cells().get(3).outputs().get(0);
        assertTrue(chart.getAsJsonObject("data").has("image/png"), chart.toString());
        assertEquals("stderr", notebook.cells().get(4).outputs().get(0).get("name").getAsString());
        JsonObject kernelspec = notebook.metadata().getAsJsonObject("kernelspec");
        assertEquals("suanli", kernelspec.get("name").getAsString());
        assertEquals("Java (Suanli)", kernelspec.get("display_name").getAsString());
        assertEquals("java", kernelspec.get("language").getAsString());
        assertEquals("java", notebook.metadata().getAsJsonObject("language_info").get("name").getAsString());
        assertEquals(executed, Files.readString(report.resolve("ok.ipynb"), StandardCharsets.UTF_8));

        String index = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.indexOf("corrupt.ipynb") < index.indexOf("failing.ipynb")
                && index.indexOf("failing.ipynb") < index.indexOf("ok.ipynb"), "file-name order");
        assertTrue(Files.exists(report.resolve("ok.html")) && Files.exists(report.resolve("failing.html")));

        // the notebook just executed checks clean
        CliRun check = CliRun.of("check", ok.toString(), "--progress", "none");
        assertEquals(0, check.exit(), check.toString());
        assertTrue(check.out().contains("every output matches"), check.toString());
    }

    @Test
    void aMissingNotebookIsAClearError() {
        Path missing = dir.resolve("no-such.ipynb");
        CliRun run = CliRun.of("run", missing.toString(), "-o", dir.resolve("r").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("suanli run: " + missing + ": no such notebook or folder"), run.toString());
        assertFalse(Files.exists(dir.resolve("r")), "nothing is written");
        CliRun check = CliRun.of("check", missing.toString());
        assertEquals(2, check.exit());
        CliRun export = CliRun.of("export", missing.toString());
        assertEquals(ExitCodeScheme.INPUT, export.exit());
        assertTrue(export.err().contains("no such notebook"), export.toString());
    }

    /** Issue 17: a cell with two wildcard imports after a parameters-like cell kept the values, in the runner too. */
    @Test
    void importsAfterTheParametersCellKeepTheParameters() throws Exception {
        Path nb = TestNotebooks.write(dir, "imports.ipynb",
                TestNotebooks.cell("String a = \"A\"; java.util.List<Integer> l = java.util.List.of(1, 2); int n = 5;"),
                TestNotebooks.cell("import java.time.*;\nimport java.text.*;\nSystem.out.println(a + \" \" + l + \" \" + n);"));
        CliRun run = CliRun.of("run", nb.toString(), "-o", dir.resolve("r").toString(), "--no-html", "--progress", "none");
        assertEquals(0, run.exit(), run.toString());
        Notebook executed = Notebook.read(dir.resolve("r/imports.ipynb"));
        assertEquals("A [1, 2] 5\n", Outputs.text(executed.cells().get(1).outputs().get(0)));
    }

    /**
     * Issue 17: nothing one notebook does takes the batch down. The first notebook ends the JVM by a method
     * reference, the second by reflection (halt, which skips even shutdown hooks); the third still runs, and the
     * report lists all three.
     */
    @Test
    void notebooksThatEndTheJvmAreRecordedAndTheOthersRun() throws Exception {
        Path folder = dir.resolve("batch");
        Files.createDirectories(folder);
        TestNotebooks.write(folder, "01-reference.ipynb", TestNotebooks.cell("int before = 1;"),
                TestNotebooks.cell("java.util.function.IntConsumer bye = Runtime.getRuntime()::exit;\nbye.accept(3);"));
        TestNotebooks.write(folder, "02-reflection.ipynb",
                TestNotebooks.cell("Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 5);"));
        TestNotebooks.write(folder, "03-prints.ipynb", TestNotebooks.cell("System.out.println(\"third \" + 6 * 7);"));
        Path report = dir.resolve("report");
        CliRun run = CliRun.of("run", folder.toString(), "-o", report.toString(), "--progress", "plain");
        assertEquals(4, run.exit(), run.toString());
        assertTrue(run.out().contains("Ran 3 notebooks"), run.toString());
        assertTrue(run.out().contains("FAILED " + folder.resolve("01-reference.ipynb") + ", code cell 2: ended the Java "
                + "process (exit code 3)"), run.toString());
        assertTrue(run.out().contains("FAILED " + folder.resolve("02-reflection.ipynb") + ", code cell 1: ended the Java "
                + "process (exit code 5)"), run.toString());
        Notebook third = Notebook.read(report.resolve("03-prints.ipynb"));
        assertEquals("third 42\n", Outputs.text(third.cells().get(0).outputs().get(0)));
        String index = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        for (String name : List.of("01-reference", "02-reflection", "03-prints")) {
            assertTrue(index.contains(name), name + " in index.html");
        }
    }

    @Test
    void aCellOverTheTimeoutIsStopped() throws Exception {
        Path nb = CliRun.copy("timeout.ipynb", dir);
        CliRun run = CliRun.of("run", nb.toString(), "-o", dir.resolve("r").toString(), "--timeout", "5",
                "--progress", "none");
        assertEquals(ExitCodeScheme.NOTEBOOK, run.exit(), run.toString());
        assertTrue(run.out().contains("FAILED " + nb + ", cell 2 (In [2]): CellTimeoutError: the cell did not finish "
                + "within 5 s (--timeout)"), run.toString());
        Notebook executed = Notebook.read(dir.resolve("r/timeout.ipynb"));
        assertEquals("CellTimeoutError", executed.cells().get(1).outputs().get(0).get("ename").getAsString());
        assertTrue(executed.cells().get(2).outputs().isEmpty());
    }

    @Test
    void parametersAreInjectedTypedAndRecorded() throws Exception {
        Path nb = CliRun.copy("params.ipynb", dir);
        byte[] before = Files.readAllBytes(nb);
        CliRun run = CliRun.of("run", nb.toString(), "-o", dir.resolve("r").toString(), "-p", "year", "2022",
                "-p", "region", "西部", "-p", "weight", "2", "--no-html", "--progress", "none");
        assertEquals(0, run.exit(), run.toString());
        Notebook executed = Notebook.read(dir.resolve("r/params.ipynb"));
        assertTrue(executed.cells().get(2).hasTag(Cell.TAG_INJECTED));
        assertEquals("西部 2022 4.0\n", Outputs.text(executed.cells().get(3).outputs().get(0)));
        assertEquals(2022, executed.metadata().getAsJsonObject("suanli").getAsJsonObject("parameters")
                .get("year").getAsInt());
        assertArrayEquals(before, Files.readAllBytes(nb));
        assertFalse(Files.exists(dir.resolve("r/params.html")), "--no-html");

        CliRun wrong = CliRun.of("run", nb.toString(), "-o", dir.resolve("r2").toString(), "-p", "year", "twenty",
                "--progress", "none");
        assertEquals(ExitCodeScheme.NOTEBOOK, wrong.exit());
        assertTrue(wrong.out().contains("parameter \"year\" is an int (its default is 2023), so \"twenty\" does not fit"),
                wrong.toString());
    }

    @Test
    void checkReportsAStaleOutputWithADiff() throws Exception {
        Path nb = CliRun.copy("stale.ipynb", dir);
        byte[] before = Files.readAllBytes(nb);
        CliRun check = CliRun.of("check", nb.toString(), "--progress", "none");
        assertEquals(1, check.exit(), check.toString());
        assertTrue(check.out().contains("DIFFERS " + nb + ", cell 2 (In [2]): output 1 (stream stdout) differs:\n"),
                check.toString());
        assertTrue(check.out().contains("\n    answer\n  - 42\n  + 43\n"), check.toString());
        assertFalse(check.out().contains("cell 3"), "the object address is sanitised: " + check.out());
        assertFalse(check.out().contains("cell 4"), "check-ignore-output is honoured: " + check.out());
        assertTrue(check.out().contains("Checked 1 notebook, 3 cells"), check.toString());
        assertTrue(check.out().contains("1 difference in 1 notebook."), check.toString());
        assertArrayEquals(before, Files.readAllBytes(nb), "check writes nothing");
    }

    @Test
    void exportWritesThePageWithoutRunning() throws Exception {
        Path nb = CliRun.copy("stale.ipynb", dir);
        CliRun export = CliRun.of("export", nb.toString(), "-o", dir.resolve("html").toString());
        assertEquals(0, export.exit(), export.toString());
        String page = Files.readString(dir.resolve("html/stale.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("answer\n42\n"), "the stored output, not a new one");
        assertFalse(page.contains("index.html"));
    }
}
