package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanli diff}: cell-by-cell comparison, its exit codes, and the HTML page with the image overlay. */
class DiffCommandTest {

    @TempDir
    Path dir;

    /** A code cell with an id, a source, an execution count and outputs. */
    private static JsonObject code(String id, String source, int count, JsonObject... outputs) {
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", "code");
        cell.addProperty("id", id);
        cell.addProperty("execution_count", count);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("ExecuteTime", "2026-12-04T10:0" + count + ":00Z"); // volatile: must be ignored
        cell.add("metadata", metadata);
        cell.addProperty("source", source);
        JsonArray array = new JsonArray();
        for (JsonObject output : outputs) {
            array.add(output);
        }
        cell.add("outputs", array);
        return cell;
    }

    private static JsonObject stdout(String text) {
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "stream");
        o.addProperty("name", "stdout");
        o.addProperty("text", text);
        return o;
    }

    private static JsonObject image(String base64) {
        JsonObject data = new JsonObject();
        data.addProperty("image/png", base64);
        data.addProperty("text/plain", "<chart>");
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "display_data");
        o.add("data", data);
        o.add("metadata", new JsonObject());
        return o;
    }

    private Path notebook(String name, String kernelVersion, JsonObject... cells) throws Exception {
        JsonObject nb = new JsonObject();
        JsonArray array = new JsonArray();
        for (JsonObject cell : cells) {
            array.add(cell);
        }
        nb.add("cells", array);
        JsonObject metadata = new JsonObject();
        JsonObject language = new JsonObject();
        language.addProperty("name", "java");
        language.addProperty("version", kernelVersion); // volatile: must be ignored
        metadata.add("language_info", language);
        nb.add("metadata", metadata);
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        Path path = dir.resolve(name);
        Files.writeString(path, nb.toString(), StandardCharsets.UTF_8);
        return path;
    }

    /** A 40×30 white PNG with a {@code size}×{@code size} blue square at (10, 5), or none for size 0. */
    private static String squarePng(int size) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                boolean inSquare = x >= 10 && x < 10 + size && y >= 5 && y < 5 + size;
                image.setRGB(x, y, inSquare ? 0x0000FF : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Test
    void identicalNotebooksDifferingOnlyInCountsAndMetadataAreTheSame() throws Exception {
        Path a = notebook("a.ipynb", "17.0.1", code("c1", "int x = 1;", 1, stdout("1\n")));
        Path b = notebook("b.ipynb", "21.0.5", code("c1", "int x = 1;", 7, stdout("1\n")));
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("The notebooks are the same"), run.out());
    }

    @Test
    void aChangedTextOutputIsALineDiff() throws Exception {
        Path a = notebook("a.ipynb", "17", code("c1", "print(answer);", 1, stdout("answer\n42\nend\n")));
        Path b = notebook("b.ipynb", "17", code("c1", "print(answer);", 1, stdout("answer\n43\nend\n")));
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertEquals(1, run.exit(), run.toString());
        List<String> lines = run.out().lines().map(String::strip).toList();
        assertTrue(lines.contains("changed cell 1 (code, id c1)"), run.out());
        assertTrue(lines.contains("- 42") && lines.contains("+ 43") && lines.contains("answer"), run.out());
        assertFalse(run.out().contains("source differs"), "the source is the same: " + run.out());
        assertTrue(run.out().contains("1 cell differs: 1 changed, 0 added, 0 removed."), run.out());
    }

    @Test
    void aChangedSourceIsALineDiffAndCellsArePairedById() throws Exception {
        Path a = notebook("a.ipynb", "17", code("intro", "int x = 1;\nint y = 2;", 1),
                code("gone", "old();", 2), code("keep", "x + y", 3, stdout("3\n")));
        Path b = notebook("b.ipynb", "17", code("intro", "int x = 1;\nint y = 5;", 1),
                code("keep", "x + y", 2, stdout("3\n")), code("new", "fresh();", 3));
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertEquals(1, run.exit(), run.toString());
        List<String> lines = run.out().lines().map(String::strip).toList();
        assertTrue(lines.contains("- int y = 2; (no newline at end)") && lines.contains("+ int y = 5; (no newline at end)")
                && lines.contains("int x = 1;"), run.out());
        assertTrue(lines.contains("removed cell 2 (code, id gone)") && lines.contains("- old();"), run.out());
        assertTrue(lines.contains("added cell 3 (code, id new)") && lines.contains("+ fresh();"), run.out());
        assertFalse(run.out().contains("id keep"), "the moved but unchanged cell is not a change: " + run.out());
        assertTrue(run.out().contains("3 cells differ: 1 changed, 1 added, 1 removed."), run.out());
    }

    @Test
    void aChangedImageIsShownSideBySideWithTheDifferingPixelsInRed() throws Exception {
        Path a = notebook("a.ipynb", "17", code("chart", "chart()", 1, image(squarePng(0))));
        Path b = notebook("b.ipynb", "17", code("chart", "chart()", 1, image(squarePng(5))));
        Path page = dir.resolve("diff.html");
        CliRun run = CliRun.of("diff", a.toString(), b.toString(), "--html", page.toString());
        assertEquals(1, run.exit(), run.toString());
        // 25 of the 1200 pixels differ
        assertTrue(run.out().contains("output 1 (display_data) image/png: 2.08% of the pixels differ"), run.out());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher figures = Pattern.compile("<figure class=\"image-(\\w+)\"><img src=\"data:image/png;base64,([^\"]+)\"")
                .matcher(html);
        List<String> kinds = new ArrayList<>();
        BufferedImage overlay = null;
        while (figures.find()) {
            kinds.add(figures.group(1));
            if (figures.group(1).equals("differing")) {
                overlay = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(figures.group(2))));
            }
        }
        assertEquals(List.of("before", "after", "differing"), kinds);
        assertNotNull(overlay);
        int red = 0;
        for (int y = 0; y < overlay.getHeight(); y++) {
            for (int x = 0; x < overlay.getWidth(); x++) {
                if ((overlay.getRGB(x, y) & 0xFFFFFF) == 0xFF0000) {
                    red++;
                    assertTrue(x >= 10 && x < 15 && y >= 5 && y < 10, "a red pixel outside the square at " + x + "," + y);
                }
            }
        }
        assertEquals(25, red, "exactly the 5×5 square that changed is red");
    }

    @Test
    void anHtmlOutputIsComparedAsItsText() throws Exception {
        JsonObject tableA = image("x");
        tableA.getAsJsonObject("data").remove("image/png");
        tableA.getAsJsonObject("data").addProperty("text/html", "<table>\n<tr><td>广东</td><td>1</td></tr>\n</table>");
        JsonObject tableB = tableA.deepCopy();
        tableB.getAsJsonObject("data").addProperty("text/html", "<table>\n<tr><td>广东</td><td>2</td></tr>\n</table>");
        Path a = notebook("a.ipynb", "17", code("t", "table()", 1, tableA));
        Path b = notebook("b.ipynb", "17", code("t", "table()", 1, tableB));
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertEquals(1, run.exit(), run.toString());
        List<String> lines = run.out().lines().map(String::strip).toList();
        assertTrue(lines.contains("- <tr><td>广东</td><td>1</td></tr>") && lines.contains("+ <tr><td>广东</td><td>2</td></tr>"),
                run.out());
    }

    @Test
    void badArgumentsAndUnreadableNotebooksHaveTheirOwnExitCodes() throws Exception {
        Path a = notebook("a.ipynb", "17", code("c1", "1", 1));
        assertEquals(2, CliRun.of("diff", a.toString()).exit(), "one notebook only is a bad command line");
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, "{\"cells\": [", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("diff", a.toString(), broken.toString());
        assertEquals(3, run.exit(), run.toString());
        assertTrue(run.err().contains("broken.ipynb") && run.err().contains("not valid JSON"), run.err());
        assertFalse(run.err().contains("at org.suanli"), "no stack trace: " + run.err());
        CliRun missing = CliRun.of("diff", a.toString(), dir.resolve("nope.ipynb").toString());
        assertEquals(3, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("no such notebook"), missing.err());
    }
}
