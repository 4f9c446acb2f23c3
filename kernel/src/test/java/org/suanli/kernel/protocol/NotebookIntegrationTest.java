package org.suanli.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.cli.Suanli;

/**
 * A notebook executed by nbclient (what {@code jupyter nbconvert --execute} and papermill use) on the kernel
 * that {@code suanli install} registered: rich display, a Tablesaw table and an XChart chart come back as
 * the outputs Jupyter saves.
 */
class NotebookIntegrationTest {

    @TempDir
    Path root;

    @Test
    void nbclientExecutesDisplayTablesawAndXChartCells() throws Exception {
        Jupyter.python();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Suanli.execute(new String[] {"install", "--prefix", root.toString(), "--name", "suanli-nb"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));

        List<String> cells = List.of(
                "display(html(\"<i>rich</i>\"));\nSystem.out.println(\"算力 printed\");",
                "import tech.tablesaw.api.*;\n"
                        + "Table t = Table.create(\"provinces\", StringColumn.create(\"name\", \"广东\", \"江苏\", \"<b>x</b>\"),\n"
                        + "    DoubleColumn.create(\"index\", 71.5, 68.0, 1.0));\nt",
                "import org.knowm.xchart.*;\n"
                        + "XYChart chart = new XYChartBuilder().width(400).height(300).title(\"demo\").build();\n"
                        + "chart.addSeries(\"y\", new double[] {1, 2, 3}, new double[] {2, 4, 8});\nchart");
        Path in = root.resolve("in.ipynb");
        Path out = root.resolve("out.ipynb");
        Files.writeString(in, notebook(cells), StandardCharsets.UTF_8);
        Path log = root.resolve("nbclient.log");
        int code = Jupyter.runScript(root, log, Duration.ofMinutes(5), "run_notebook.py", in.toString(),
                out.toString(), "suanli-nb");
        assertEquals(0, code, "nbclient failed:\n" + Files.readString(log, StandardCharsets.UTF_8));

        String saved = Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(saved.contains("\"transient\""), "nbformat never saves a transient key");
        JsonArray executed = JsonParser.parseString(saved).getAsJsonObject().getAsJsonArray("cells");

        JsonArray first = outputs(executed, 0);
        assertEquals("<i>rich</i>", output(first, "display_data").getAsJsonObject("data").get("text/html").getAsString());
        assertEquals("算力 printed\n", text(output(first, "stream").get("text")));

        JsonObject table = output(outputs(executed, 1), "execute_result").getAsJsonObject("data");
        String html = text(table.get("text/html"));
        assertTrue(html.contains("<table") && html.contains("广东"), html);
        assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;"), "cell values are escaped: " + html);
        assertTrue(table.has("text/plain"));

        JsonObject chart = output(outputs(executed, 2), "execute_result").getAsJsonObject("data");
        byte[] png = Base64.getMimeDecoder().decode(text(chart.get("image/png")));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));

        for (int i = 0; i < cells.size(); i++) {
            assertEquals(i + 1, executed.get(i).getAsJsonObject().get("execution_count").getAsInt());
        }
    }

    private static String notebook(List<String> sources) {
        JsonArray cells = new JsonArray();
        for (int i = 0; i < sources.size(); i++) {
            JsonObject cell = new JsonObject();
            cell.addProperty("cell_type", "code");
            cell.addProperty("id", "cell-" + i);
            cell.add("metadata", new JsonObject());
            cell.addProperty("source", sources.get(i));
            cell.add("outputs", new JsonArray());
            cell.add("execution_count", null);
            cells.add(cell);
        }
        JsonObject kernelspec = new JsonObject();
        kernelspec.addProperty("name", "suanli-nb");
        kernelspec.addProperty("display_name", "Java (Suanli)");
        kernelspec.addProperty("language", "java");
        JsonObject language = new JsonObject();
        language.addProperty("name", "java");
        JsonObject metadata = new JsonObject();
        metadata.add("kernelspec", kernelspec);
        metadata.add("language_info", language);
        JsonObject nb = new JsonObject();
        nb.add("cells", cells);
        nb.add("metadata", metadata);
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        return nb.toString();
    }

    private static JsonArray outputs(JsonArray cells, int index) {
        return cells.get(index).getAsJsonObject().getAsJsonArray("outputs");
    }

    private static JsonObject output(JsonArray outputs, String type) {
        for (JsonElement e : outputs) {
            if (e.getAsJsonObject().get("output_type").getAsString().equals(type)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + type + " output in " + outputs);
    }

    /** nbformat stores multi-line strings either as one string or as a list of lines. */
    private static String text(JsonElement e) {
        if (e.isJsonArray()) {
            StringBuilder sb = new StringBuilder();
            e.getAsJsonArray().forEach(x -> sb.append(x.getAsString()));
            return sb.toString();
        }
        return e.getAsString();
    }
}
