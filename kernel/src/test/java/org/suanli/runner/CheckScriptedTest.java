package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** suanli check's comparison rules, on the scripted engine; CheckCommandTest does it with JShell. */
class CheckScriptedTest {

    @TempDir
    Path dir;

    private final NotebookChecker checker = new NotebookChecker(folder -> new ScriptedInterpreter(),
            Sanitizer.defaults(), 8, 0.005, null);

    /** Runs the notebook and stores its outputs, as 'suanli run --inplace' would. */
    private Path executed(String name, com.google.gson.JsonObject... cells) throws Exception {
        Path nb = TestNotebooks.write(dir, name, cells);
        new NotebookRunner(folder -> new ScriptedInterpreter(), RunListener.NONE).run(List.of(nb),
                new NotebookRunner.Options(dir.resolve("out"), true, true, null, Map.of(), false));
        return nb;
    }

    private NotebookChecker.Result check(Path nb) {
        return checker.check(nb, RunListener.NONE, 1, 1);
    }

    @Test
    void aFreshlyExecutedNotebookPasses() throws Exception {
        Path nb = executed("ok.ipynb", cell("print 41\nresult 算力"), cell("png"), cell("fail expected"));
        NotebookChecker.Result result = check(nb);
        assertTrue(result.passed(), result.differences().toString());
        assertEquals(3, result.cellsCompared());
    }

    @Test
    void aStaleOutputIsReportedWithNotebookCellAndDiff() throws Exception {
        Path nb = executed("stale.ipynb", cell("md:# t"), cell("print total\nprint 41\nprint end"));
        // the code changed after the outputs were stored
        Notebook notebook = Notebook.read(nb);
        notebook.cells().get(1).setSource("print total\nprint 42\nprint end");
        notebook.write(nb);
        NotebookChecker.Result result = check(nb);
        assertEquals(1, result.differences().size());
        String report = result.differences().get(0).describe();
        assertTrue(report.startsWith(nb + ", cell 2 (In [1]): output 1 (stream stdout) differs:"), report);
        assertTrue(report.contains("\n  - 41\n  + 42\n") && report.contains("    total\n"), report);
    }

    @Test
    void sanitisersHideAddressesTimingsAndTemporaryPaths() throws Exception {
        Path nb = executed("addr.ipynb", cell("print java.lang.Object@1a2b3c took 12 ms in /tmp/abc/x.csv"));
        Notebook notebook = Notebook.read(nb);
        notebook.cells().get(0).setSource("print java.lang.Object@9f8e7d0 took 1.5 s in /tmp/zzz/x.csv");
        notebook.write(nb);
        assertTrue(check(nb).passed());
    }

    @Test
    void tagsAreHonoured() throws Exception {
        Path nb = executed("tags.ipynb", cell("print 1", Cell.TAG_CHECK_IGNORE_OUTPUT), cell("print 2", Cell.TAG_CHECK_SKIP),
                cell("png", Cell.TAG_CHECK_IGNORE_IMAGES));
        Notebook notebook = Notebook.read(nb);
        notebook.cells().get(0).setSource("print changed");
        notebook.cells().get(1).setSource("fail would fail if it ran");
        notebook.write(nb);
        // the stored image becomes a blue one, which the third cell's tag tells check to ignore
        String json = Files.readString(nb).replace(ScriptedInterpreter.RED_PNG,
                ScriptedInterpreter.png(40, 30, 0xFF0000CC));
        Files.writeString(nb, json);
        NotebookChecker.Result result = check(nb);
        assertTrue(result.passed(), result.differences().toString());
    }

    @Test
    void imagesAreComparedByPixels() throws Exception {
        Path nb = executed("img.ipynb", cell("png"));
        String stored = Files.readString(nb);
        Files.writeString(nb, stored.replace(ScriptedInterpreter.RED_PNG, ScriptedInterpreter.png(40, 30, 0xFFCC0300)));
        NotebookChecker.Result close = check(nb);
        assertTrue(close.passed(), "3/255 in one channel is within the tolerance: " + close.differences());
        Files.writeString(nb, stored.replace(ScriptedInterpreter.RED_PNG, ScriptedInterpreter.png(40, 30, 0xFF0000CC)));
        String blue = check(nb).differences().get(0).detail();
        assertTrue(blue.contains("image/png") && blue.contains("100.00% of the pixels differ"), blue);
        Files.writeString(nb, stored.replace(ScriptedInterpreter.RED_PNG, ScriptedInterpreter.png(41, 30, 0xFFCC0000)));
        String size = check(nb).differences().get(0).detail();
        assertTrue(size.contains("41×30 pixels and is now 40×30"), size);
    }

    @Test
    void missingOrExtraOutputsAreReported() throws Exception {
        Path nb = executed("count.ipynb", cell("print a"));
        Notebook notebook = Notebook.read(nb);
        notebook.cells().get(0).setSource("print a\nresult 1");
        notebook.write(nb);
        String detail = check(nb).differences().get(0).detail();
        assertTrue(detail.contains("stores 1 output (stream stdout) but now gives 2 outputs (stream stdout, execute_result)"),
                detail);

        Path fresh = TestNotebooks.write(dir, "never-run.ipynb", cell("print a"));
        assertTrue(check(fresh).differences().get(0).detail().contains("stores no outputs"));
        Notebook cleared = Notebook.read(nb);
        cleared.cells().get(0).setOutputs(new JsonArray());
        assertTrue(cleared.cells().get(0).outputs().isEmpty());
    }

    @Test
    void unreadableNotebooksAreProblemsNotDifferences() throws Exception {
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, "not json");
        NotebookChecker.Result result = check(broken);
        assertTrue(result.problem().contains("is not valid JSON"));
        assertEquals("not json", Files.readString(broken));
    }

    @Test
    void nbvalSanitiserFilesAreRead() throws Exception {
        Path file = dir.resolve("sanitize.cfg");
        Files.writeString(file, "[dates]\nregex: \\d{2}/\\d{2}/\\d{4}\nreplace: DATE\n\n# comment\n[runs]\nregex: run \\d+\nreplace: run N\n");
        List<Sanitizer> read = Sanitizer.read(file);
        assertEquals(2, read.size());
        assertEquals("on DATE, run N", Sanitizer.applyAll(read, "on 01/05/2024, run 17"));
        Files.writeString(file, "[bad]\nregex: (unclosed\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(NotebookException.class, () -> Sanitizer.read(file))
                .getMessage().contains("line 1"));
    }
}
