package org.suanli.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The list of the blue book's checkable statements. {@link #standard()} reads the copy bundled in the
 * toolkit (identical to {@code data/blue_book_2024_facts.json}); {@link #load(Path)} reads another file of
 * the same shape, e.g. a user's extended list.
 */
public final class Statements implements Iterable<Statement> {

    /** The bundled copy of {@code data/blue_book_2024_facts.json}. */
    public static final String RESOURCE = "/org/suanli/scorecard/blue_book_2024_facts.json";

    private static volatile Statements standard;

    private final List<Statement> statements;
    private final Map<String, Statement> byId;
    private final JsonObject source;

    private Statements(List<Statement> statements, JsonObject source) {
        this.statements = List.copyOf(statements);
        Map<String, Statement> map = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (map.put(s.id(), s) != null) {
                throw new IllegalArgumentException("Duplicate statement id '" + s.id() + "'");
            }
        }
        this.byId = map;
        this.source = source;
    }

    /** The 82 statements compiled from the 2024 blue book. */
    public static Statements standard() {
        Statements s = standard;
        if (s == null) {
            try (InputStream in = Statements.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The toolkit jar lacks " + RESOURCE + "; rebuild it.");
                }
                s = parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
            standard = s;
        }
        return s;
    }

    /** Reads a facts file (UTF-8 JSON with a {@code facts} array). */
    public static Statements load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        }
    }

    /** Reads statements from JSON text; {@code where} names it in messages. */
    public static Statements parse(Reader in, String where) {
        JsonElement root;
        try {
            root = JsonParser.parseReader(in);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(where + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("facts")
                || !root.getAsJsonObject().get("facts").isJsonArray()) {
            throw new IllegalArgumentException(where + " must be a JSON object with a 'facts' array");
        }
        List<Statement> list = new ArrayList<>();
        int i = 0;
        for (JsonElement e : root.getAsJsonObject().getAsJsonArray("facts")) {
            try {
                if (!e.isJsonObject()) {
                    throw new IllegalArgumentException("not an object");
                }
                list.add(Statement.fromJson(e.getAsJsonObject()));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(where + ": facts[" + i + "]: " + ex.getMessage(), ex);
            }
            i++;
        }
        JsonObject src = root.getAsJsonObject().has("source") && root.getAsJsonObject().get("source").isJsonObject()
                ? root.getAsJsonObject().getAsJsonObject("source") : new JsonObject();
        return new Statements(list, src);
    }

    /** These statements followed by another set's (ids must stay unique), e.g. the book's facts plus the capacity figures. */
    public Statements concat(Statements other) {
        List<Statement> all = new ArrayList<>(statements);
        all.addAll(other.statements);
        return new Statements(all, source);
    }

    public List<Statement> all() {
        return statements;
    }

    public int size() {
        return statements.size();
    }

    public Optional<Statement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The statement with that id; an unknown id is an error listing similar ids. */
    public Statement get(String id) {
        Statement s = byId.get(id);
        if (s == null) {
            String prefix = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : id;
            throw new IllegalArgumentException("No statement '" + id + "'. Ids starting with '" + prefix + "': "
                    + byId.keySet().stream().filter(k -> k.startsWith(prefix)).toList());
        }
        return s;
    }

    /** The file's {@code source} block (title, publisher, data year). */
    public JsonObject source() {
        return source.deepCopy();
    }

    @Override
    public Iterator<Statement> iterator() {
        return statements.iterator();
    }
}
