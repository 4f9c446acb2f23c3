package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookReadWriteTest {

    @TempDir
    Path dir;

    /** roundtrip.ipynb was written by Debian's nbformat 5.5 (nbformat.write), Chinese and control characters included. */
    @Test
    void writesByteForByteWhatNbformatWrites() throws Exception {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/runner/roundtrip.ipynb")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Notebook notebook = Notebook.parse(expected, "roundtrip.ipynb");
        assertEquals(expected, notebook.toJson());
        assertEquals("# 算力指数 Roundtrip\n\nA table:\n\n| a | b |\n|---|---|\n| 1 | 2 |", notebook.cells().get(0).source());
    }

    @Test
    void splitsLinesLikePython() {
        assertEquals(List.of("a\n", "b\r\n", "c"), JupyterJson.splitLines("a\nb\r\nc"));
        assertEquals(List.of(), JupyterJson.splitLines(""));
        assertEquals(List.of("x\u2028", "y"), JupyterJson.splitLines("x\u2028y"));
    }

    @Test
    void corruptJsonIsAClearErrorAndTheFileIsUntouched() throws Exception {
        Path corrupt = dir.resolve("broken.ipynb");
        byte[] bytes = "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"source\": \"1\"\n".getBytes(StandardCharsets.UTF_8);
        Files.write(corrupt, bytes);
        NotebookException e = assertThrows(NotebookException.class, () -> Notebook.read(corrupt));
        assertTrue(e.getMessage().startsWith(corrupt.toString() + ": is not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(corrupt));
    }

    @Test
    void trailingGarbageAndLenientJsonAreRefused() {
        assertThrows(NotebookException.class, () -> Notebook.parse("{\"cells\": [], \"nbformat\": 4} x", "a.ipynb"));
        assertThrows(NotebookException.class, () -> Notebook.parse("{'cells': [], 'nbformat': 4}", "a.ipynb"));
    }

    @Test
    void otherBadInputsSayWhatIsWrong() throws IOException {
        assertTrue(message("").contains("empty"));
        assertTrue(message("[1, 2]").contains("not a notebook"));
        assertTrue(message("{\"nbformat\": 3, \"cells\": []}").contains("nbformat 3"));
        assertTrue(message("{\"nbformat\": 4}").contains("no \"cells\""));
        assertTrue(message("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [{\"cell_type\": \"code\"}]}")
                .contains("cell 1 has no \"source\""));
        assertTrue(message("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"sql\", \"source\": \"\"}]}")
                .contains("cell 1 has cell_type \"sql\""));
        Path latin1 = dir.resolve("latin1.ipynb");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        NotebookException e = assertThrows(NotebookException.class, () -> Notebook.read(latin1));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    private static String message(String json) {
        return assertThrows(NotebookException.class, () -> Notebook.parse(json, "x.ipynb")).getMessage();
    }

    @Test
    void missingNotebookIsAClearError() {
        Path missing = dir.resolve("nope.ipynb");
        NotebookException e = assertThrows(NotebookException.class, () -> Notebook.read(missing));
        assertTrue(e.getMessage().contains("no such notebook"), e.getMessage());
        NotebookException resolve = assertThrows(NotebookException.class,
                () -> NotebookFiles.resolve(List.of(missing)));
        assertTrue(resolve.getMessage().startsWith(missing + ": no such notebook or folder"), resolve.getMessage());
    }

    @Test
    void upgradesToNbformat45WithUniqueStableIds() throws Exception {
        String json = TestNotebooks.notebook(List.of(TestNotebooks.cell("print a"), TestNotebooks.cell("md:# T"),
                TestNotebooks.cell("print b")));
        json = json.replaceFirst("\\{\"cell_type\":\"code\"", "{\"id\":\"dup\",\"cell_type\":\"code\"")
                .replaceFirst("\\{\"cell_type\":\"markdown\"", "{\"id\":\"dup\",\"cell_type\":\"markdown\"");
        Notebook first = Notebook.parse(json, "a.ipynb");
        Notebook second = Notebook.parse(json, "a.ipynb");
        Set<String> ids = new HashSet<>();
        for (Cell cell : first.cells()) {
            assertTrue(cell.id().matches("[a-zA-Z0-9_-]{1,64}"), cell.id());
            assertTrue(ids.add(cell.id()), "duplicate id " + cell.id());
        }
        assertEquals("dup", first.cells().get(0).id());
        assertNotEquals("dup", first.cells().get(1).id());
        assertEquals(first.toJson(), second.toJson(), "ids must not change from one read to the next");
        assertTrue(first.toJson().contains("\"nbformat_minor\": 5"));
    }

    @Test
    void foldersGiveNotebooksInFileNameOrder() throws Exception {
        TestNotebooks.write(dir, "02-b.ipynb", TestNotebooks.cell("print b"));
        TestNotebooks.write(dir, "01-a.ipynb", TestNotebooks.cell("print a"));
        TestNotebooks.write(dir, "10-c.ipynb", TestNotebooks.cell("print c"));
        Files.writeString(dir.resolve("notes.txt"), "not a notebook");
        Files.createDirectories(dir.resolve(".ipynb_checkpoints"));
        List<Path> found = NotebookFiles.resolve(List.of(dir));
        assertEquals(List.of("01-a.ipynb", "02-b.ipynb", "10-c.ipynb"),
                found.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("01-a.ipynb", "02-b.ipynb", "10-c.ipynb"), NotebookFiles.reportNames(found));
    }

    @Test
    void atomicWriteLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("out/x.ipynb");
        Notebook.writeAtomically(target, "first");
        Notebook.writeAtomically(target, "第二");
        assertEquals("第二", Files.readString(target, StandardCharsets.UTF_8));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }
}
