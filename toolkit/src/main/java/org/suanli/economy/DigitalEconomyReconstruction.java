package org.suanli.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.Province;
import org.suanli.data.Provinces;

/**
 * Reconstructs provincial digital-economy size (数字经济规模, 亿元) for 2023, which is not published for most
 * provinces, under the project's rules: stated values and bounds are kept, the rest is spread by a named proxy.
 *
 * <p>The method, in full:
 * <ol>
 *   <li><b>National total.</b> The book's "数字经济增长约574亿元（约占全国数字经济规模的1.06‰）" implies a national
 *       digital economy of 574 ÷ 1.06‰ ≈ 541,509亿元 ({@link NationalTotals#digitalEconomy2023Implied()}).</li>
 *   <li><b>Proxy.</b> Each province gets a share proportional to GDP<sup>β</sup>, with official 2023 GDP in the
 *       book's (pre-revision) vintage and β = 1 by default, i.e. the same digital share of GDP (≈ 43%) everywhere.
 *       β &gt; 1 would concentrate the digital economy in the largest economies; no public data fixes β, so it is a
 *       parameter, not a fit.</li>
 *   <li><b>Stated bounds.</b> Industrial digitalisation is part of the digital economy, so the book's 三(三)6
 *       figures are lower bounds: 广东 ≥ 48,000亿 (产业数字化规模达到4.8万亿元) and 江苏、山东、浙江、福建、上海、湖北、
 *       四川 ≥ 20,000亿 (产业数字化规模超过2万亿元). A province whose proxy value falls below its bound is set to the
 *       bound and the remainder is spread again over the others, until no bound is violated.</li>
 *   <li>Values are rounded to 0.1亿元.</li>
 * </ol>
 * With β = 1 no bound binds, so the result is proportional to GDP: a regression of this variable on the index then
 * has exactly GDP's ‰ slope. The book's 1.06‰ (digital economy) against 0.97‰ (GDP) says the real digital
 * economy is more concentrated in high-index provinces than GDP; this reconstruction cannot show that, and every
 * result built on it is labelled reconstructed.
 */
public final class DigitalEconomyReconstruction {
    /** Industrial-digitalisation lower bounds stated in 三(三)6, 亿元. */
    public static final Map<String, Double> STATED_LOWER_BOUNDS = bounds();
    /** The year the book's figures describe. */
    public static final int YEAR = 2023;

    private final NationalTotal total;
    private final GdpVintage vintage;
    private final double beta;
    private final Map<String, Double> lowerBounds;

    /** The default: implied national total, pre-revision GDP, β = 1, the stated bounds. */
    public static DigitalEconomyReconstruction standard() {
        return new DigitalEconomyReconstruction(NationalTotals.digitalEconomy2023Implied(), GdpVintage.PRE_REVISION, 1.0,
                STATED_LOWER_BOUNDS);
    }

    public DigitalEconomyReconstruction(NationalTotal total, GdpVintage vintage, double beta, Map<String, Double> lowerBounds) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("the GDP exponent β must be a positive number, got " + beta);
        }
        this.total = total;
        this.vintage = vintage;
        this.beta = beta;
        Map<String, Double> b = new LinkedHashMap<>();
        lowerBounds.forEach((p, v) -> b.put(Provinces.resolve(p).shortZh(), v));
        this.lowerBounds = b;
    }

    public DigitalEconomyReconstruction withBeta(double b) {
        return new DigitalEconomyReconstruction(total, vintage, b, lowerBounds);
    }

    public DigitalEconomyReconstruction withVintage(GdpVintage v) {
        return new DigitalEconomyReconstruction(total, v, beta, lowerBounds);
    }

    /**
     * The reconstructed values, province → 亿元 (rounded to 0.1), in NBS order.
     *
     * @param economy data holding the GDP of the chosen vintage for {@link #YEAR}, all 31 provinces
     */
    public Map<String, Double> values(IndicatorData economy) {
        return compute(economy).values();
    }

    /** The provinces set to their stated lower bound (empty under the defaults). */
    public Set<String> boundProvinces(IndicatorData economy) {
        return compute(economy).bound();
    }

    private record Computed(Map<String, Double> values, Set<String> bound) {
    }

    private Computed compute(IndicatorData economy) {
        Map<String, Double> gdp = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Province p : Provinces.all()) {
            var v = economy.value(YEAR, p.shortZh(), vintage.key());
            if (v.isPresent()) {
                gdp.put(p.shortZh(), v.getAsDouble());
            } else {
                missing.add(p.shortZh());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the reconstruction spreads the national digital economy by " + vintage.key()
                    + " " + YEAR + ", which is missing for " + String.join("、", missing));
        }
        Set<String> fixed = new LinkedHashSet<>();
        Map<String, Double> out = new LinkedHashMap<>();
        while (true) {
            double remaining = total.value();
            for (String p : fixed) {
                remaining -= lowerBounds.get(p);
            }
            double wsum = 0;
            for (Map.Entry<String, Double> e : gdp.entrySet()) {
                if (!fixed.contains(e.getKey())) {
                    wsum += Math.pow(e.getValue(), beta);
                }
            }
            if (!(remaining > 0) || !(wsum > 0)) {
                throw new IllegalArgumentException("the stated lower bounds exceed the national total " + total.value());
            }
            List<String> violators = new ArrayList<>();
            for (Map.Entry<String, Double> e : gdp.entrySet()) {
                String p = e.getKey();
                double v = fixed.contains(p) ? lowerBounds.get(p) : remaining * Math.pow(e.getValue(), beta) / wsum;
                out.put(p, v);
                Double bound = lowerBounds.get(p);
                if (!fixed.contains(p) && bound != null && v < bound) {
                    violators.add(p);
                }
            }
            if (violators.isEmpty()) {
                break;
            }
            fixed.addAll(violators);
        }
        Map<String, Double> rounded = new LinkedHashMap<>();
        out.forEach((p, v) -> rounded.put(p, BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).doubleValue()));
        return new Computed(Collections.unmodifiableMap(rounded), Collections.unmodifiableSet(fixed));
    }

    /** The long-form rows, provenance {@code reconstructed}, each with the method as its source. */
    public List<Observation> observations(IndicatorData economy) {
        Computed c = compute(economy);
        Map<String, Double> v = c.values();
        Set<String> bound = c.bound();
        List<Observation> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : v.entrySet()) {
            out.add(new Observation(YEAR, Provinces.resolve(e.getKey()), EconomyData.DIGITAL_ECONOMY, e.getValue(), "亿元",
                    Provenance.RECONSTRUCTED, method() + (bound.contains(e.getKey()) ? "; set to its stated lower bound" : "")));
        }
        return out;
    }

    /** The method in one line, as the {@code source} of every row. */
    public String method() {
        return String.format(Locale.ROOT, "reconstructed (DigitalEconomyReconstruction, docs/economy.md): national %s亿 = 574亿 ÷ 1.06‰ [econ.slope_digital] "
                        + "(blue book 三(四)) spread by %d GDP^%s (%s); industrial-digitalisation bounds of 三(三)6 kept "
                        + "(广东 ≥ 48000, 江苏/山东/浙江/福建/上海/湖北/四川 ≥ 20000)",
                IndicatorData.formatNumber(Math.round(total.value())), YEAR, IndicatorData.formatNumber(beta), vintage.key());
    }

    private static Map<String, Double> bounds() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("广东", 48000.0);
        for (String p : List.of("江苏", "山东", "浙江", "福建", "上海", "湖北", "四川")) {
            m.put(p, 20000.0);
        }
        return Collections.unmodifiableMap(m);
    }
}
