package org.suanli.runner;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSON strictly and writes it byte for byte the way Jupyter's {@code nbformat.write} does
 * ({@code json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)} plus a final newline).
 *
 * <p>Writing exactly like Jupyter keeps a notebook that the runner re-executes free of whitespace-only
 * changes in {@code git diff}, whichever tool executed it last.
 */
final class JupyterJson {

    private JupyterJson() {
    }

    /**
     * Parses strict JSON (no comments, no single quotes, nothing after the document).
     *
     * @throws JsonParseException with Gson's "line L column C" position when the text is not JSON
     */
    static JsonElement parse(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement element = Streams.parse(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected text after the end of the JSON document "
                        + reader.toString().replaceFirst("^JsonReader", "").strip());
            }
            return element;
        } catch (IOException e) {
            throw new JsonIOException(e);
        }
    }

    /** The text Jupyter would write for this element, including the trailing newline. */
    static String write(JsonElement element) {
        StringBuilder out = new StringBuilder(4096);
        write(element, out, 0);
        out.append('\n');
        return out.toString();
    }

    private static void write(JsonElement element, StringBuilder out, int depth) {
        if (element == null || element.isJsonNull()) {
            out.append("null");
        } else if (element.isJsonPrimitive()) {
            writePrimitive(element.getAsJsonPrimitive(), out);
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            if (array.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (JsonElement item : array) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, depth + 1);
                write(item, out, depth + 1);
            }
            newline(out, depth);
            out.append(']');
        } else {
            JsonObject object = element.getAsJsonObject();
            if (object.isEmpty()) {
                out.append("{}");
                return;
            }
            List<String> keys = new ArrayList<>(object.keySet());
            keys.sort(null);
            out.append('{');
            boolean first = true;
            for (String key : keys) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, depth + 1);
                quote(key, out);
                out.append(": ");
                write(object.get(key), out, depth + 1);
            }
            newline(out, depth);
            out.append('}');
        }
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append(" ".repeat(depth));
    }

    private static void writePrimitive(JsonPrimitive primitive, StringBuilder out) {
        if (primitive.isString()) {
            quote(primitive.getAsString(), out);
        } else if (primitive.isBoolean()) {
            out.append(primitive.getAsBoolean());
        } else {
            Number number = primitive.getAsNumber();
            if (number instanceof Double || number instanceof Float) {
                double d = number.doubleValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e16) {
                    out.append(String.format(Locale.ROOT, "%.1f", d));
                } else {
                    out.append(number);
                }
            } else {
                // Integers and numbers kept as parsed text (LazilyParsedNumber) round-trip unchanged.
                out.append(number.toString());
            }
        }
    }

    /** Python's json string escaping with ensure_ascii=False. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Converts plain Java values (maps, lists, strings, numbers, booleans, JSON elements) to JSON. */
    static JsonElement toJson(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        } else if (value instanceof JsonElement element) {
            return element.deepCopy();
        } else if (value instanceof String s) {
            return new JsonPrimitive(s);
        } else if (value instanceof Number n) {
            return new JsonPrimitive(n);
        } else if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        } else if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
            return object;
        } else if (value instanceof Iterable<?> items) {
            JsonArray array = new JsonArray();
            items.forEach(item -> array.add(toJson(item)));
            return array;
        } else if (value instanceof Object[] items) {
            JsonArray array = new JsonArray();
            for (Object item : items) {
                array.add(toJson(item));
            }
            return array;
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    /**
     * Splits text exactly as Python's {@code str.splitlines(True)} does, which is what nbformat stores,
     * keeping each line's ending; "" gives no lines.
     */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** A multi-line string in nbformat's stored form: a list of lines, each keeping its newline. */
    static JsonArray lines(String text) {
        JsonArray array = new JsonArray();
        splitLines(text).forEach(array::add);
        return array;
    }

    /** Joins nbformat's "multiline string" (a string or a list of strings) back into one string. */
    static String joined(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "";
        }
        if (element.isJsonArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonElement line : element.getAsJsonArray()) {
                text.append(line.getAsString());
            }
            return text.toString();
        }
        return element.getAsString();
    }
}
