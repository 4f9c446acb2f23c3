package org.suanli.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** Builds small notebooks for tests. */
final class TestNotebooks {

    private TestNotebooks() {
    }

    /** A cell: "md:" prefix for Markdown, otherwise code; tags after a "#tags:" first line. */
    static JsonObject cell(String source, String... tags) {
        JsonObject cell = new JsonObject();
        boolean markdown = source.startsWith("md:");
        cell.addProperty("cell_type", markdown ? "markdown" : "code");
        JsonObject metadata = new JsonObject();
        if (tags.length > 0) {
            JsonArray array = new JsonArray();
            for (String tag : tags) {
                array.add(tag);
            }
            metadata.add("tags", array);
        }
        cell.add("metadata", metadata);
        cell.addProperty("source", markdown ? source.substring(3) : source);
        if (!markdown) {
            cell.add("execution_count", JsonNull.INSTANCE);
            cell.add("outputs", new JsonArray());
        }
        return cell;
    }

    static String notebook(List<JsonObject> cells) {
        JsonObject nb = new JsonObject();
        JsonArray array = new JsonArray();
        cells.forEach(array::add);
        nb.add("cells", array);
        nb.add("metadata", new JsonObject());
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 4);
        return nb.toString();
    }

    static Path write(Path folder, String name, JsonObject... cells) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, notebook(List.of(cells)), StandardCharsets.UTF_8);
        return path;
    }
}
