package org.suanli.cli;

import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The commands' {@code --json} documents, each opening with the {@code inputs} it was computed from. */
final class JsonOutput {

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .serializeSpecialFloatingPointValues().create();

    private JsonOutput() {
    }

    /**
     * One object: {@code inputs} first, then each named part in order; a part that is already JSON text (such as
     * the scorecard's array) is embedded as JSON, not as a string.
     */
    static String document(Inputs inputs, Map<String, Object> parts) {
        JsonObject o = new JsonObject();
        o.add("inputs", GSON.toJsonTree(inputs.json()));
        parts.forEach((k, v) -> o.add(k, v instanceof RawJson j ? JsonParser.parseString(j.text()) : GSON.toJsonTree(v)));
        return GSON.toJson(o) + "\n";
    }

    /** JSON text to embed as it is. */
    record RawJson(String text) {
    }

    static JsonElement tree(Object o) {
        return GSON.toJsonTree(o);
    }
}
