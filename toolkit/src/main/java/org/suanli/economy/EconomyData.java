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
