package org.suanli.economy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One economic variable by province, e.g. GDP (亿元) in one vintage, or the reconstructed digital-economy size.
 *
 * <p>Each value carries whether it is reconstructed, because a regression on reconstructed values must say so.
 *
 * @param key           variable key as in {@code data/economy_variables.csv}
 * @param nameZh        Chinese name for charts and tables
 * @param nameEn        English name
 * @param unit          unit, e.g. 亿元
 * @param year          data year
 * @param values        province → value
 * @param reconstructed the provinces whose value is reconstructed (not official, not stated)
 * @param source        the source or method, shown with results
 */
public record EconomicVariable(String key, String nameZh, String nameEn, String unit, int year,
                               Map<String, Double> values, List<String> reconstructed, String source) {
    public EconomicVariable {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("variable " + key + " has no values");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((p, v) -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("variable " + key + ": value for " + p + " is missing or not finite (" + v + ")");
            }
            copy.put(ProvinceNames.canonical(p), v);
        });
        values = Collections.unmodifiableMap(copy);
        reconstructed = reconstructed == null ? List.of()
                : reconstructed.stream().map(ProvinceNames::canonical).collect(Collectors.toUnmodifiableList());
        for (String p : reconstructed) {
            if (!values.containsKey(p)) {
                throw new IllegalArgumentException("variable " + key + ": " + p + " is marked reconstructed but has no value");
            }
        }
    }

    /** True when at least one value is reconstructed. */
    public boolean isReconstructed() {
        return !reconstructed.isEmpty();
    }

    /** Sum over the provinces present. */
    public double sum() {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
