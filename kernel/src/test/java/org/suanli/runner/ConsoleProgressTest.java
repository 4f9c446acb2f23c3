package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleProgressTest {

    @TempDir
    Path dir;

    private String progress(ConsoleProgress.Mode mode) throws Exception {
        Path a = TestNotebooks.write(dir, "a.ipynb", cell("print 1"), cell("print 2"));
        Path b = TestNotebooks.write(dir, "b.ipynb", cell("fail no"));
        StringWriter text = new StringWriter();
        new NotebookRunner(folder -> new ScriptedInterpreter(), new ConsoleProgress(new PrintWriter(text), mode))
                .run(List.of(a, b), new NotebookRunner.Options(dir.resolve("out"), false, false, null, Map.of(), false));
        return text.toString();
    }

    @Test
    void plainLinesForLogs() throws Exception {
        String[] lines = progress(ConsoleProgress.Mode.PLAIN).split("\n");
        assertEquals("[1/2] a.ipynb: 2 code cells", lines[0]);
        assertTrue(lines[1].startsWith("[1/2] a.ipynb: cell 1 (1/2) ok, "), lines[1]);
        assertTrue(lines[2].startsWith("[1/2] a.ipynb: cell 2 (2/2) ok, "), lines[2]);
        assertTrue(lines[3].startsWith("[1/2] a.ipynb: ok, 2/2 cells, "), lines[3]);
        assertTrue(lines[5].startsWith("[2/2] b.ipynb: cell 1 (1/1) FAILED"), lines[5]);
        assertTrue(lines[6].startsWith("[2/2] b.ipynb: FAILED, 1/1 cells"), lines[6]);
        assertTrue(lines[7].contains("b.ipynb, cell 1 (In [1]), line 1: java.lang.IllegalStateException: no"), lines[7]);
        assertFalse(String.join("\n", lines).contains("\r"), "no carriage returns in logs");
    }

    @Test
    void aBarRedrawnInPlaceOnATerminal() throws Exception {
        String bar = progress(ConsoleProgress.Mode.BAR);
        assertTrue(bar.contains("\r\u001B[2K  [1/2] a.ipynb ████████████░░░░░░░░░░░░ 1/2 cells"), bar);
        assertTrue(bar.contains("✓\u001B[0m [1/2] a.ipynb: ok, 2/2 cells"), bar);
        assertTrue(bar.contains("✗\u001B[0m [2/2] b.ipynb: FAILED"), bar);
        assertEquals("", progress(ConsoleProgress.Mode.NONE));
    }

    @Test
    void modesAreReadInAnyCase() {
        assertEquals(ConsoleProgress.Mode.PLAIN, ConsoleProgress.Mode.parse("Plain"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConsoleProgress.Mode.parse("fancy")).getMessage().contains("auto, bar, plain or none"));
    }
}
