package org.suanli.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One checkable statement of the blue book, as compiled in {@code blue_book_2024_facts.json}: its id, the
 * section, the kind, the verbatim quote and the compiler's note. The statement-specific fields (provinces,
 * ranks, op, value, unit …) differ between statements, so the raw JSON object is kept and read through the
 * typed accessors below.
 */
public record Statement(String id, String section, StatementKind kind, String quote, String note, JsonObject raw) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        section = section == null ? "" : section;
        quote = quote == null ? "" : quote;
        note = note == null ? "" : note;
        raw = raw == null ? new JsonObject() : raw.deepCopy();
    }

    /** The statement's raw JSON (a copy; the statement stays immutable). */
    @Override
    public JsonObject raw() {
        return raw.deepCopy();
    }

    /** Whether the compiler flagged the statement as an anomaly of the book's own text. */
    public boolean isAnomaly() {
        return note.contains("ANOMALY");
    }

    /** The provinces the statement lists, in the listed order ({@code provinces} or {@code province}). */
    public List<String> provinces() {
        List<String> out = new ArrayList<>();
        if (raw.has("provinces") && raw.get("provinces").isJsonArray()) {
            raw.getAsJsonArray("provinces").forEach(e -> out.add(e.getAsString()));
        } else if (raw.has("province") && raw.get("province").isJsonPrimitive()) {
            out.add(raw.get("province").getAsString());
        }
        return List.copyOf(out);
    }

    /** The rank range, when the statement states one. */
    public Optional<RankRange> ranks() {
        JsonElement r = raw.get("ranks");
        if (r == null || r.isJsonNull()) {
            return Optional.empty();
        }
        return RankRange.parse(r.getAsString());
    }

    /** The comparison operator of a threshold ({@code >}, {@code >=}), if any. */
    public Optional<String> op() {
        return string("op");
    }

    /** The unit text, if any. */
    public Optional<String> unit() {
        return string("unit");
    }

    /** The value when it is a single number. */
    public OptionalDouble number() {
        JsonElement v = raw.get("value");
        if (v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            return OptionalDouble.of(v.getAsDouble());
        }
        return OptionalDouble.empty();
    }

    /** A number inside an object-valued {@code value}, e.g. {@code number("share_pct")}. */
    public OptionalDouble number(String field) {
        JsonElement v = raw.get("value");
        if (v != null && v.isJsonObject()) {
            JsonElement f = v.getAsJsonObject().get(field);
            if (f != null && f.isJsonPrimitive() && f.getAsJsonPrimitive().isNumber()) {
                return OptionalDouble.of(f.getAsDouble());
            }
        }
        return OptionalDouble.empty();
    }

    /** Any top-level string field. */
    public Optional<String> string(String field) {
        JsonElement v = raw.get(field);
        return v != null && v.isJsonPrimitive() ? Optional.of(v.getAsString()) : Optional.empty();
    }

    /** The raw {@code value} element (number, object or absent). */
    public Optional<JsonElement> value() {
        return Optional.ofNullable(raw.get("value")).map(JsonElement::deepCopy);
    }

    /** The first-level area of the id: {@code overall}, {@code scale}, {@code industry}, {@code econ} … */
    public String area() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    static Statement fromJson(JsonObject o) {
        String id = text(o, "id");
        String kind = text(o, "kind");
        if (id == null || kind == null) {
            throw new IllegalArgumentException("A statement needs an 'id' and a 'kind': " + o);
        }
        return new Statement(id, text(o, "section"), StatementKind.fromJson(kind), text(o, "quote"),
                text(o, "note"), o);
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
