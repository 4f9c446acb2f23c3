package org.suanli.capacity;

import org.suanli.data.AtomicFiles;
import org.suanli.data.CsvFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.suanli.data.Provenance;

/**
 * Server shipments by year ({@code data/shipments.csv}): what the blue book states, and the years it does not state
 * reconstructed by a named method. Units are 万台 (10,000 servers) as in the book.
 *
 * <p>{@link #reconstructed(StatedFigures)} rebuilds the shipped file from the stated figures, so the file can be
 * checked and regenerated; {@link #load(Path)} reads a user's own file with the same columns.
 */
public final class Shipments {

    /**
     * One year's shipments.
     *
     * @param region   china or global
     * @param kind     general (通用服务器), ai (AI服务器) or all (all servers, global only)
     * @param units10k shipments in 万台
     * @param method   how a reconstructed value was made ("stated" for stated rows)
     * @param source   the book's words (and section) the row rests on
     */
    public record Row(int year, String region, String kind, double units10k, Provenance provenance, String method,
                      String source) {
    }

    static final List<String> COLUMNS = List.of("year", "region", "kind", "shipments_10k", "provenance", "method", "source");

    private final List<Row> rows;

    private Shipments(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::region).thenComparing(Row::kind).thenComparingInt(Row::year));
        this.rows = Collections.unmodifiableList(sorted);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Shipments of one region and kind, in servers (万台 × 10^4), by year. */
    public SortedMap<Integer, Double> servers(String region, String kind) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (Row r : rows) {
            if (r.region().equals(region) && r.kind().equals(kind)) {
                m.put(r.year(), r.units10k() * 1e4);
            }
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("no shipments for region '" + region + "' and kind '" + kind + "'");
        }
        return m;
    }

    public static Shipments load(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvFile.Row r : CsvFile.read(file).requireColumns(COLUMNS).consistentRows()) {
            int year = r.integer("year");
            double v = r.number("shipments_10k");
            if (v < 0) {
                throw r.error("shipments_10k", v + " is negative; shipments cannot be below zero");
            }
            String region = r.get("region");
            String kind = r.get("kind");
            if (!seen.add(region + "/" + kind + "/" + year)) {
                throw r.error("year", region + " " + kind + " " + year + " appears twice");
            }
            Provenance p = Provenance.parse(r.get("provenance")).orElseThrow(() -> r.error("provenance",
                    "'" + r.get("provenance") + "' is not official, secondary, stated or reconstructed"));
            String method = r.get("method");
            String source = r.get("source");
            if (source.isEmpty()) {
                throw r.error("source", "empty; every row needs the book's words it rests on");
            }
            if (p == Provenance.RECONSTRUCTED && method.isEmpty()) {
                throw r.error("method", "a reconstructed row must name its method");
            }
            rows.add(new Row(year, region, kind, v, p, method, source));
        }
        return new Shipments(rows);
    }

    /** The standard reconstruction from the book's stated figures (what {@code data/shipments.csv} holds). */
    public static Shipments reconstructed(StatedFigures s) {
        List<Row> rows = new ArrayList<>();
        addBackcast(rows, "general", s, "china.general_shipments", "china.general_shipments_growth",
                "china.general_shipments_6yr");
        addBackcast(rows, "ai", s, "china.ai_shipments", "china.ai_shipments_growth", "china.ai_shipments_6yr");
        // global: one stated year each and its growth back-cast
        addOneYear(rows, "global", "all", s, "global.server_shipments", "global.server_shipments_growth");
        addOneYear(rows, "global", "ai", s, "global.ai_server_shipments", "global.ai_server_shipments_growth");
        StatedFigures.Figure f = s.figure("global.ai_server_shipments_2024");
        rows.add(new Row(f.year(), "global", "ai", f.value(), Provenance.STATED,
                "stated forecast (TrendForce, as quoted by the book)", source(f)));
        return new Shipments(rows);
    }

    /** The back-cast behind a China series, for notebooks that want to show the fitted rate. */
    public static ShipmentBackcast backcast(StatedFigures s, String kind) {
        String p = "general".equals(kind) ? "china.general_shipments" : "ai".equals(kind) ? "china.ai_shipments" : null;
        if (p == null) {
            throw new IllegalArgumentException("kind must be general or ai, got '" + kind + "'");
        }
        StatedFigures.Figure last = s.figure(p);
        return new ShipmentBackcast(last.year(), last.value(), s.value(p + "_growth") / 100, 6, s.value(p + "_6yr"), 2);
    }

    private static void addBackcast(List<Row> rows, String kind, StatedFigures s, String lastId, String growthId,
                                    String sumId) {
        StatedFigures.Figure last = s.figure(lastId);
        ShipmentBackcast b = backcast(s, kind);
        ShipmentBackcast.Result r = b.reconstruct();
        String src = source(last) + " | " + source(s.figure(sumId));
        for (var e : r.shipments().entrySet()) {
            int y = e.getKey();
            boolean stated = y == last.year();
            rows.add(new Row(y, "china", kind, round(e.getValue()), stated ? Provenance.STATED : Provenance.RECONSTRUCTED,
                    stated ? "stated" : r.method(y, last.year()), stated ? source(last) : src));
        }
    }

    private static void addOneYear(List<Row> rows, String region, String kind, StatedFigures s, String id, String growthId) {
        StatedFigures.Figure f = s.figure(id);
        double g = s.value(growthId) / 100;
        rows.add(new Row(f.year(), region, kind, f.value(), Provenance.STATED, "stated", source(f)));
        rows.add(new Row(f.year() - 1, region, kind, round(f.value() / (1 + g)), Provenance.RECONSTRUCTED,
                "last / (1 + stated growth)", source(s.figure(growthId))));
    }

    private static String source(StatedFigures.Figure f) {
        return f.section() + " 「" + f.quote() + "」";
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** The CSV text, deterministic (sorted rows, fixed number format). */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Row r : rows) {
            sb.append(r.year()).append(',').append(r.region()).append(',').append(r.kind()).append(',')
                    .append(format(r.units10k())).append(',').append(r.provenance().csvName()).append(',')
                    .append(CsvFile.quote(r.method())).append(',').append(CsvFile.quote(r.source())).append('\n');
        }
        return sb.toString();
    }

    static String format(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Writes {@link #toCsv()} atomically. */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, toCsv());
    }
}
