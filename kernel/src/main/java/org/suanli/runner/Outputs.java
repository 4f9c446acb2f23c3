package org.suanli.runner;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Cell outputs in the four shapes nbformat stores (stream, display_data, execute_result, error), built the
 * way Jupyter builds them: text split into lines, binary images as one base64 string, JSON mime types as
 * JSON, and never a {@code transient} key (it belongs to the live message, not to the file).
 */
final class Outputs {

    private Outputs() {
    }

    static JsonObject stream(String name, String text) {
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "stream");
        output.addProperty("name", name);
        output.add("text", JupyterJson.lines(text));
        return output;
    }

    static JsonObject displayData(Map<String, ?> data, Map<String, ?> metadata) {
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "display_data");
        output.add("data", mimeBundle(data));
        output.add("metadata", metadata == null ? new JsonObject() : JupyterJson.toJson(metadata));
        return output;
    }

    static JsonObject executeResult(int executionCount, Map<String, ?> data, Map<String, ?> metadata) {
        JsonObject output = displayData(data, metadata);
        output.addProperty("output_type", "execute_result");
        output.addProperty("execution_count", executionCount);
        return output;
    }

    static JsonObject error(String ename, String evalue, List<String> traceback) {
        JsonObject output = new JsonObject();
        output.addProperty("output_type", "error");
        output.addProperty("ename", ename);
        output.addProperty("evalue", evalue);
        JsonArray lines = new JsonArray();
        traceback.forEach(lines::add);
        output.add("traceback", lines);
        return output;
    }

    /** Stream text joined back into one string. */
    static String text(JsonObject stream) {
        return JupyterJson.joined(stream.get("text"));
    }

    /** Appends text to a stream output (Jupyter merges consecutive writes to the same stream). */
    static void appendText(JsonObject stream, String more) {
        stream.add("text", JupyterJson.lines(text(stream) + more));
    }

    static JsonObject mimeBundle(Map<String, ?> data) {
        JsonObject bundle = new JsonObject();
        data.forEach((mime, value) -> bundle.add(mime, mimeValue(mime, JupyterJson.toJson(value))));
        return bundle;
    }

    private static JsonElement mimeValue(String mime, JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && isSplitMime(mime)) {
            return JupyterJson.lines(value.getAsString());
        }
        return value;
    }

    /** nbformat stores these mime types as lists of lines; everything else (base64 images, JSON) as is. */
    static boolean isSplitMime(String mime) {
        return mime.startsWith("text/") || mime.equals("application/javascript") || mime.equals("image/svg+xml");
    }

    static boolean isJsonMime(String mime) {
        return mime.equals("application/json") || mime.endsWith("+json");
    }

    /** The value of one mime type as a single string (lines joined; JSON as its text). */
    static String mimeText(JsonObject data, String mime) {
        JsonElement value = data.get(mime);
        if (value == null) {
            return null;
        }
        if (isJsonMime(mime) && !value.isJsonPrimitive()) {
            return JupyterJson.write(value);
        }
        return JupyterJson.joined(value);
    }

    /** Brings a stored or received output to the stored form, dropping {@code transient}. */
    static JsonObject normalise(JsonObject output) {
        JsonObject copy = output.deepCopy();
        copy.remove("transient");
        String type = copy.get("output_type").getAsString();
        switch (type) {
            case "stream" -> {
                if (!copy.has("name")) {
                    copy.addProperty("name", "stdout");
                }
                copy.add("text", JupyterJson.lines(JupyterJson.joined(copy.get("text"))));
            }
            case "display_data", "execute_result" -> {
                JsonObject data = copy.has("data") && copy.get("data").isJsonObject()
                        ? copy.getAsJsonObject("data") : new JsonObject();
                JsonObject split = new JsonObject();
                for (String mime : data.keySet()) {
                    JsonElement value = data.get(mime);
                    if (isSplitMime(mime) && (value.isJsonArray() || value.isJsonPrimitive())) {
                        split.add(mime, JupyterJson.lines(JupyterJson.joined(value)));
                    } else {
                        split.add(mime, value);
                    }
                }
                copy.add("data", split);
                if (!copy.has("metadata") || !copy.get("metadata").isJsonObject()) {
                    copy.add("metadata", new JsonObject());
                }
                if ("execute_result".equals(type) && !copy.has("execution_count")) {
                    copy.add("execution_count", JsonNull.INSTANCE);
                }
            }
            case "error" -> {
                if (!copy.has("traceback") || !copy.get("traceback").isJsonArray()) {
                    copy.add("traceback", new JsonArray());
                }
                if (!copy.has("ename")) {
                    copy.addProperty("ename", "Error");
                }
                if (!copy.has("evalue")) {
                    copy.addProperty("evalue", "");
                }
            }
            default -> {
                // an unknown output type is kept as it is
            }
        }
        return copy;
    }
}
