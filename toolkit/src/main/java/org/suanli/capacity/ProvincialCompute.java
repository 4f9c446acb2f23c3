package org.suanli.capacity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Provincial compute by the same method as the national figure (附件一 维度一: "根据各地区近六年的算力设备市场分布"):
 * a province's compute in year t is Σ over the window of (its share of year-y shipments × national shipments(y)
 * × average compute(y) × conversion × retirement), i.e. the national cohort contributions weighted by the
 * province's share of each cohort. This is the single method behind indicators 1–3 of {@code data/indicators.csv}
 * (server_compute_eflops, ai_server_compute_eflops, supercomputer_compute_eflops); the reference-dataset
 * reconstruction calls it with its reconstructed shares.
 */
public final class ProvincialCompute {

    /** Shares of one cohort may sum to at most 1 + this (rounding in the caller's shares). */
    static final double SUM_TOLERANCE = 1e-6;

    private ProvincialCompute() {
    }

    /**
     * Each province's compute in {@code year}.
     *
     * @param national the national fleet (its window, conversion and retirement rule apply unchanged)
     * @param year     evaluation year (e.g. 2023)
     * @param shares   province → its share (0..1) of national shipments in each year of the window, oldest first,
     *                 aligned with {@code national.windowYears(year)} (so 6 values for 2018…2023 with the book's
     *                 window; 1 value for a supercomputer stock model). Shares of one year may sum to less than 1
     *                 (the rest stays unallocated), never more.
     * @return EFlops per province, in the order of {@code shares}
     * @throws IllegalArgumentException naming the province and year when a share array has the wrong length, a
     *                                  share is outside 0..1 or not a number, or a year's shares sum above 1
     */
    public static ProvincialEstimate estimate(FleetModel national, int year, Map<String, double[]> shares) {
        Objects.requireNonNull(national, "national fleet");
        Objects.requireNonNull(shares, "shares");
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no provincial shares given for " + national.name() + " " + year);
        }
        int[] years = national.windowYears(year);
        double[] cohorts = national.cohortsEflops(year);
        double[] allocated = new double[years.length];
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : shares.entrySet()) {
            String province = e.getKey();
            if (province == null || province.isBlank()) {
                throw new IllegalArgumentException("a province name is missing in the shares for " + national.name());
            }
            double[] s = e.getValue();
            if (s == null || s.length != years.length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: %s needs %d shares (one per year %d–%d of the %d-year window), got %s",
                        national.name(), province, years.length, years[0], year, years.length,
                        s == null ? "none" : String.valueOf(s.length)));
            }
            double sum = 0;
            for (int i = 0; i < s.length; i++) {
                double v = s[i];
                if (Double.isNaN(v) || v < 0 || v > 1) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s: share of %s in %d is %s; a share must be between 0 and 1 (a fraction, not a percent)",
                            national.name(), province, years[i], v));
                }
                allocated[i] += v;
                sum += v * cohorts[i];
            }
            if (out.put(province, sum) != null) {
                throw new IllegalArgumentException(national.name() + ": " + province + " is given twice");
            }
        }
        for (int i = 0; i < years.length; i++) {
            if (allocated[i] > 1 + SUM_TOLERANCE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: provincial shares of %d sum to %.6f, more than 1 (100%% of national shipments)",
                        national.name(), years[i], allocated[i]));
            }
        }
        double total = 0;
        for (double c : cohorts) {
            total += c;
        }
        return new ProvincialEstimate(national.kind(), year, out, total, allocated);
    }
}
