package org.suanli.economy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.Province;
import org.suanli.data.Provinces;
import org.suanli.data.Variable;

/** Reads economic variables out of long-form data ({@code data/economy.csv}) with their provenance. */
public final class EconomyData {
    /** Key of the reconstructed provincial digital-economy size. */
    public static final String DIGITAL_ECONOMY = "digital_economy_100m_yuan";

    private EconomyData() {
    }

    /** GDP of one vintage and year, all provinces that have it. */
    public static EconomicVariable gdp(IndicatorData data, GdpVintage vintage, int year) {
        return variable(data, vintage.key(), year);
    }

    /** The reconstructed digital-economy size for a year. */
    public static EconomicVariable digitalEconomy(IndicatorData data, int year) {
        return variable(data, DIGITAL_ECONOMY, year);
    }

    /**
     * Any variable for one year, in NBS province order; the provinces whose value is reconstructed are recorded,
     * so results built on it can say so.
     *
     * @throws IllegalArgumentException when the data has no value of that variable in that year
     */
    public static EconomicVariable variable(IndicatorData data, String key, int year) {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> reconstructed = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Province p : Provinces.all()) {
            data.observation(year, p.shortZh(), key).ifPresent(o -> {
                values.put(p.shortZh(), o.value());
                if (o.provenance() == Provenance.RECONSTRUCTED) {
                    reconstructed.add(p.shortZh());
                }
                if (!sources.contains(o.source())) {
                    sources.add(o.source());
                }
            });
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values of '" + key + "' for " + year + " in the data (years present: "
                    + data.years() + ", variables: " + data.indicators() + ")");
        }
        Variable v = data.catalog().find(key).orElseThrow();
        String source = sources.size() == 1 ? sources.get(0) : sources.size() + " sources, e.g. " + sources.get(0);
        return new EconomicVariable(key, v.nameZh(), v.nameEn(), v.unit(), year, values, reconstructed, source);
    }

    /**
     * Local compute of each province for the typology's supply–demand balance: server + AI-server +
     * supercomputer compute (EFlops, the three 算力规模 indicators) of {@code year}. A province missing all three is
     * an error; a missing single indicator counts as 0 only if the other two are present.
     */
    public static Map<String, Double> computeSupply(IndicatorData indicators, int year) {
        Map<String, Double> m = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Province p : Provinces.all()) {
            double sum = 0;
            int found = 0;
            for (String k : List.of("server_compute_eflops", "ai_server_compute_eflops", "supercomputer_compute_eflops")) {
                var v = indicators.value(year, p.shortZh(), k);
                if (v.isPresent()) {
                    sum += v.getAsDouble();
                    found++;
                }
            }
            if (found == 0) {
                missing.add(p.shortZh());
            } else {
                m.put(p.shortZh(), sum);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no compute-scale indicator for " + year + " for " + String.join("、", missing));
        }
        return m;
    }

    /** Observations of one variable and year as a province → value map (NBS order). */
    static Map<String, Double> values(List<Observation> obs, String key, int year) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Province p : Provinces.all()) {
            obs.stream().filter(o -> o.year() == year && o.indicator().equals(key) && o.province().equals(p))
                    .findFirst().ifPresent(o -> m.put(p.shortZh(), o.value()));
        }
        return m;
    }
}
