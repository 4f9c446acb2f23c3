package org.suanli.capacity;

import org.suanli.data.CsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national and global capacity figures the blue book states in sections 一 and 二, each with its verbatim
 * quote ({@code data/capacity_stated.csv}, also bundled as a resource). These are inputs or check values; nothing
 * here is computed.
 */
public final class StatedFigures {

    /** One stated figure. */
    public record Figure(String id, String scope, String measure, int year, double value, String unit,
                         String section, String quote) {
    }

    static final List<String> COLUMNS = List.of("id", "scope", "measure", "year", "value", "unit", "section", "quote");
    static final String RESOURCE = "/org/suanli/capacity/capacity_stated.csv";

    private final Map<String, Figure> figures;

    private StatedFigures(Map<String, Figure> figures) {
        this.figures = Collections.unmodifiableMap(figures);
    }

    /** The figures bundled with the toolkit (a copy of {@code data/capacity_stated.csv}). */
    public static StatedFigures standard() {
        try (InputStream in = StatedFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the toolkit jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(Path.of("capacity_stated.csv"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StatedFigures load(Path file) throws IOException {
        return parse(file, CsvFile.text(file));
    }

    static StatedFigures parse(Path file, String text) {
        Map<String, Figure> m = new LinkedHashMap<>();
        for (CsvFile.Row r : CsvFile.parse(text, file.toString()).requireColumns(COLUMNS).consistentRows()) {
            String id = r.get("id");
            if (id.isEmpty()) {
                throw r.error("id", "empty id");
            }
            Figure f = new Figure(id, r.get("scope"), r.get("measure"), r.integer("year"), r.number("value"),
                    r.get("unit"), r.get("section"), r.get("quote"));
            if (f.quote().isEmpty()) {
                throw r.error("quote", "every stated figure needs the book's words");
            }
            if (m.put(id, f) != null) {
                throw r.error("id", "'" + id + "' appears twice");
            }
        }
        return new StatedFigures(m);
    }

    public Figure figure(String id) {
        Figure f = figures.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no stated figure '" + id + "'; known ids: " + figures.keySet());
        }
        return f;
    }

    public double value(String id) {
        return figure(id).value();
    }

    public Map<String, Figure> all() {
        return figures;
    }

    /**
     * China's and the world's server shipments rebuilt from these figures: the stated rows and the constant-growth
     * back-casts ({@link Shipments#reconstructed}, what {@code data/shipments.csv} holds).
     */
    public Shipments shipments() {
        return Shipments.reconstructed(this);
    }

    /**
     * The constant yearly growth of China's shipments 2018–2022 that the back-cast fits so the six years sum to the
     * stated total, as a fraction, for {@code kind} {@code general} or {@code ai}.
     */
    public double shipmentGrowth(String kind) {
        return Shipments.backcast(this, kind).reconstruct().fittedGrowth();
    }
}
