package org.suanli.economy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.suanli.data.Provenance;
import org.suanli.index.IndexResult;

/**
 * Index values per province: the composite ({@value #COMPOSITE}) and, when known, the five sub-indices
 * ({@code scale}, {@code industry}, {@code technology}, {@code environment}, {@code application}, the framework's
 * level-1 keys).
 *
 * <p>This is the economy package's own input type, so that regressions and the typology work with any index: the one
 * computed by {@code org.suanli.index}, a published one, or numbers typed in by hand. {@code basis} says where the
 * values came from and is repeated in every result built on them.
 *
 * @param basis      how the values were obtained, e.g. "org.suanli.index defaults on data/indicators.csv (reconstructed)"
 * @param year       data year
 * @param byProvince  province → node key → value, in the caller's order (NBS order when built by the toolkit)
 * @param indexValues how many of the indicator values the index was computed from have each provenance (for the
 *                    captions of the tables built on these scores); empty when not known
 */
public record IndexScores(String basis, int year, Map<String, Map<String, Double>> byProvince,
                          Map<Provenance, Integer> indexValues) {
    /** Node key of the composite index. */
    public static final String COMPOSITE = "index";
    /** The five sub-index keys, in 表1 order. */
    public static final List<String> SUB_INDICES = List.of("scale", "industry", "technology", "environment", "application");

    public IndexScores {
        if (byProvince == null || byProvince.isEmpty()) {
            throw new IllegalArgumentException("no provinces given");
        }
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> e : byProvince.entrySet()) {
            String p = ProvinceNames.canonical(e.getKey());
            if (copy.containsKey(p)) {
                throw new IllegalArgumentException("province '" + e.getKey() + "' is given twice (as " + p + ")");
            }
            Map<String, Double> nodes = new LinkedHashMap<>();
            e.getValue().forEach((k, v) -> {
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("index value " + k + " of " + p + " is missing or not finite (" + v + ")");
                }
                nodes.put(k, v);
            });
            copy.put(p, Collections.unmodifiableMap(nodes));
        }
        byProvince = Collections.unmodifiableMap(copy);
        basis = basis == null ? "unspecified" : basis;
        indexValues = indexValues == null || indexValues.isEmpty() ? Map.of() : Map.copyOf(indexValues);
    }

    /** Scores whose index values' provenance is not known (typed in, published elsewhere). */
    public IndexScores(String basis, int year, Map<String, Map<String, Double>> byProvince) {
        this(basis, year, byProvince, Map.of());
    }

    /** Only composite values, e.g. typed in from a table. */
    public static IndexScores composite(String basis, int year, Map<String, Double> values) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        values.forEach((p, v) -> {
            Map<String, Double> node = new LinkedHashMap<>();
            node.put(COMPOSITE, v);
            m.put(p, node);
        });
        return new IndexScores(basis, year, m);
    }

    /**
     * The composite and the five sub-indices of one year of an {@link org.suanli.index.IndexResult}, in its
     * province order. {@code dataNote} says what the index was computed from (e.g. "data/indicators.csv, mostly
     * reconstructed"); it is added to the choices the index used.
     */
    public static IndexScores fromIndex(IndexResult result, int year, String dataNote) {
        String root = result.tree().root().key();
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (String p : result.provinces()) {
            Map<String, Double> nodes = new LinkedHashMap<>();
            nodes.put(COMPOSITE, result.value(year, p, root));
            for (String k : SUB_INDICES) {
                if (result.tree().contains(k)) {
                    nodes.put(k, result.value(year, p, k));
                }
            }
            m.put(p, nodes);
        }
        String basis = "org.suanli.index (" + result.choices() + ")" + (dataNote == null || dataNote.isBlank() ? "" : " on " + dataNote);
        return new IndexScores(basis, year, m, result.valueCounts(year));
    }

    public List<String> provinces() {
        return new ArrayList<>(byProvince.keySet());
    }

    public boolean has(String province, String node) {
        Map<String, Double> m = byProvince.get(ProvinceNames.canonical(province));
        return m != null && m.containsKey(node);
    }

    /** The value, or an exception naming the province and node when it is absent. */
    public double value(String province, String node) {
        String p = ProvinceNames.canonical(province);
        Map<String, Double> m = byProvince.get(p);
        if (m == null) {
            throw new IllegalArgumentException("no index values for province " + p);
        }
        Double v = m.get(node);
        if (v == null) {
            throw new IllegalArgumentException("index node '" + node + "' is missing for " + p + " (present: " + m.keySet() + ")");
        }
        return v;
    }

    public double composite(String province) {
        return value(province, COMPOSITE);
    }
}
