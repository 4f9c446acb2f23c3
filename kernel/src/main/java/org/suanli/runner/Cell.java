package org.suanli.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * One cell of a {@link Notebook}: a live view of its JSON, so that whatever the runner does not know about
 * (extra metadata, attachments) survives a run untouched.
 */
public final class Cell {

    /** Tag of the cell that holds a notebook's parameter defaults (papermill's convention). */
    public static final String TAG_PARAMETERS = "parameters";
    /** Tag of the cell the runner inserts with the values given by {@code -p}. */
    public static final String TAG_INJECTED = "injected-parameters";
    /** {@code suanli check}: run the cell but do not compare its outputs. */
    public static final String TAG_CHECK_IGNORE_OUTPUT = "check-ignore-output";
    /** {@code suanli check}: do not run the cell at all. */
    public static final String TAG_CHECK_SKIP = "check-skip";
    /** {@code suanli check}: compare the cell's text outputs, not its images. */
    public static final String TAG_CHECK_IGNORE_IMAGES = "check-ignore-images";

    private final JsonObject json;
    private final int number;

    Cell(JsonObject json, int number) {
        this.json = json;
        this.number = number;
    }

    /** The cell's position in the notebook, counting every cell from 1, as people count them. */
    public int number() {
        return number;
    }

    /** {@code code}, {@code markdown} or {@code raw}. */
    public String type() {
        return json.get("cell_type").getAsString();
    }

    public boolean isCode() {
        return "code".equals(type());
    }

    public boolean isMarkdown() {
        return "markdown".equals(type());
    }

    public String id() {
        JsonElement id = json.get("id");
        return id == null || !id.isJsonPrimitive() ? null : id.getAsString();
    }

    void setId(String id) {
        json.addProperty("id", id);
    }

    public String source() {
        return JupyterJson.joined(json.get("source"));
    }

    void setSource(String source) {
        json.add("source", JupyterJson.lines(source));
    }

    public JsonObject metadata() {
        JsonElement metadata = json.get("metadata");
        if (metadata == null || !metadata.isJsonObject()) {
            JsonObject fresh = new JsonObject();
            json.add("metadata", fresh);
            return fresh;
        }
        return metadata.getAsJsonObject();
    }

    /** The cell's tags ({@code metadata.tags}), in order; empty when it has none. */
    public Set<String> tags() {
        JsonElement tags = json.has("metadata") && json.get("metadata").isJsonObject()
                ? json.getAsJsonObject("metadata").get("tags") : null;
        if (tags == null || !tags.isJsonArray()) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (JsonElement tag : tags.getAsJsonArray()) {
            if (tag.isJsonPrimitive()) {
                result.add(tag.getAsString());
            }
        }
        return Collections.unmodifiableSet(result);
    }

    public boolean hasTag(String tag) {
        return tags().contains(tag);
    }

    /** The stored outputs of a code cell (copies); empty for other cells. */
    public List<JsonObject> outputs() {
        List<JsonObject> outputs = new ArrayList<>();
        JsonElement array = json.get("outputs");
        if (array != null && array.isJsonArray()) {
            for (JsonElement output : array.getAsJsonArray()) {
                if (output.isJsonObject()) {
                    outputs.add(output.getAsJsonObject().deepCopy());
                }
            }
        }
        return outputs;
    }

    void setOutputs(JsonArray outputs) {
        json.add("outputs", outputs);
    }

    /** The {@code In [N]} number of a code cell, or null when it has not been executed. */
    public Integer executionCount() {
        JsonElement count = json.get("execution_count");
        return count == null || count.isJsonNull() ? null : count.getAsInt();
    }

    void setExecutionCount(Integer count) {
        json.add("execution_count", count == null ? JsonNull.INSTANCE : new JsonPrimitive(count));
    }

    /** Clears what an earlier run left: outputs and execution count of a code cell. */
    void clearOutputs() {
        if (isCode()) {
            setOutputs(new JsonArray());
            setExecutionCount(null);
        }
    }

    JsonObject json() {
        return json;
    }

    @Override
    public String toString() {
        return "cell " + number + " (" + type() + ")";
    }
}
