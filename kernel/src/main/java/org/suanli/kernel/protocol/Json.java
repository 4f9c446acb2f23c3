package org.suanli.kernel.protocol;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** JSON helpers. Parsing is strict: a frame that is not exactly one JSON value is malformed. */
final class Json {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    /** Parses exactly one JSON object (Gson's default parser would accept unquoted keys and trailing junk). */
    static JsonObject parseObject(String text) {
        JsonElement e = parse(text);
        if (!e.isJsonObject()) {
            throw new JsonParseException("expected a JSON object, found " + describe(e));
        }
        return e.getAsJsonObject();
    }

    static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("text after the JSON value");
            }
            return e;
        } catch (IOException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }

    static String toJson(JsonElement e) {
        return GSON.toJson(e);
    }

    private static String describe(JsonElement e) {
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        return "a " + (e.getAsJsonPrimitive().isString() ? "string" : "primitive");
    }

    /**
     * Turns a DisplayData value tree (String, Number, Boolean, Map, List, null) into JSON. Anything else is
     * sent as its string form rather than failing the whole message.
     */
    static JsonElement fromValue(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonElement j) {
            return j;
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Map<?, ?> m) {
            JsonObject o = new JsonObject();
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                o.add(String.valueOf(entry.getKey()), fromValue(entry.getValue()));
            }
            return o;
        }
        if (value instanceof Iterable<?> list) {
            JsonArray a = new JsonArray();
            for (Object item : list) {
                a.add(fromValue(item));
            }
            return a;
        }
        if (value instanceof Object[] array) {
            return fromValue(List.of(array));
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    static String string(JsonObject o, String name, String fallback) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : fallback;
    }

    static boolean bool(JsonObject o, String name, boolean fallback) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean() : fallback;
    }

    static int integer(JsonObject o, String name, int fallback) {
        JsonElement e = o.get(name);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            return e.getAsInt();
        }
        return fallback;
    }

    static JsonObject object(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
