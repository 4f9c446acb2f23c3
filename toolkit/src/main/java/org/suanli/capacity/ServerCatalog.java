package org.suanli.capacity;

import org.suanli.data.CsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typical server configurations by year ({@code data/server_configs.csv}, bundled as a resource). Each row names
 * the vendor's model, the figures the vendor states, the source, and the assumptions that make it "typical".
 * General servers become {@link ServerConfig}s, AI servers {@link AiServerConfig}s.
 */
public final class ServerCatalog {

    /** One row: a configuration with its provenance. */
    public record Entry(String id, int year, String kind, String model, String vendor,
                        Optional<ServerConfig> server, Optional<AiServerConfig> aiServer,
                        String vendorStates, String source, String assumptions) {

        /** Peak of the whole server at a precision, TFLOPS: accelerators for AI servers, CPUs otherwise. */
        public double peakTflops(Precision p) {
            if (aiServer.isPresent()) {
                return aiServer.get().peakTflops(p);
            }
            return server.orElseThrow().peakTflops(p);
        }

        public boolean supports(Precision p) {
            return aiServer.map(a -> a.accelerator().supports(p)).orElseGet(() -> server.orElseThrow().supports(p));
        }
    }

    static final List<String> COLUMNS = List.of("id", "year", "kind", "model", "vendor", "sockets", "cores_per_socket",
            "base_ghz", "fp64_flops_per_cycle_core", "fp32_flops_per_cycle_core", "fp16_flops_per_cycle_core",
            "accelerator", "accelerator_kind", "accelerators", "acc_fp64_tflops", "acc_fp32_tflops", "acc_fp16_tflops",
            "vendor_states", "source", "assumptions");
    static final String RESOURCE = "/org/suanli/capacity/server_configs.csv";

    private final Map<String, Entry> entries;

    private ServerCatalog(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static ServerCatalog standard() {
        try (InputStream in = ServerCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the toolkit jar");
            }
            return parse(Path.of("server_configs.csv"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServerCatalog load(Path file) throws IOException {
        return parse(file, CsvFile.text(file));
    }

    static ServerCatalog parse(Path file, String text) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (CsvFile.Row r : CsvFile.parse(text, file.toString()).requireColumns(COLUMNS).consistentRows()) {
            String id = r.get("id");
            String kind = r.get("kind");
            if (r.get("source").isEmpty()) {
                throw r.error("source", "every configuration needs the vendor source it rests on");
            }
            Optional<ServerConfig> server = Optional.empty();
            if (!r.get("sockets").isEmpty()) {
                EnumMap<Precision, Double> perCycle = new EnumMap<>(Precision.class);
                putIf(perCycle, Precision.FP64, r, "fp64_flops_per_cycle_core");
                putIf(perCycle, Precision.FP32, r, "fp32_flops_per_cycle_core");
                putIf(perCycle, Precision.FP16, r, "fp16_flops_per_cycle_core");
                try {
                    server = Optional.of(new ServerConfig(r.get("model"), r.integer("sockets"),
                            r.integer("cores_per_socket"), r.number("base_ghz"), perCycle));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + r.line() + " (" + id + "): " + e.getMessage(), e);
                }
            }
            Optional<AiServerConfig> ai = Optional.empty();
            if (!r.get("accelerator").isEmpty()) {
                EnumMap<Precision, Double> peaks = new EnumMap<>(Precision.class);
                putIf(peaks, Precision.FP64, r, "acc_fp64_tflops");
                putIf(peaks, Precision.FP32, r, "acc_fp32_tflops");
                putIf(peaks, Precision.FP16, r, "acc_fp16_tflops");
                try {
                    Accelerator acc = new Accelerator(r.get("accelerator"),
                            Accelerator.Kind.parse(r.get("accelerator_kind")), peaks);
                    ai = Optional.of(new AiServerConfig(r.get("model"), server.orElse(null), acc, r.integer("accelerators")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + r.line() + " (" + id + "): " + e.getMessage(), e);
                }
            }
            if (server.isEmpty() && ai.isEmpty()) {
                throw r.error("sockets", "row '" + id + "' describes neither CPUs nor accelerators");
            }
            Entry e = new Entry(id, r.integer("year"), kind, r.get("model"), r.get("vendor"), server, ai,
                    r.get("vendor_states"), r.get("source"), r.get("assumptions"));
            if (m.put(id, e) != null) {
                throw r.error("id", "'" + id + "' appears twice");
            }
        }
        return new ServerCatalog(m);
    }

    private static void putIf(Map<Precision, Double> m, Precision p, CsvFile.Row r, String column) {
        if (!r.get(column).isEmpty()) {
            m.put(p, r.number(column));
        }
    }

    public Entry entry(String id) {
        Entry e = entries.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no configuration '" + id + "'; known: " + entries.keySet());
        }
        return e;
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** Entries of one kind (general, ai, reference). */
    public List<Entry> ofKind(String kind) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.kind().equals(kind)) {
                out.add(e);
            }
        }
        return out;
    }
}
