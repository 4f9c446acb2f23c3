package org.suanli.capacity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * China's and the world's compute in 2023 (and 2022 by back-cast): structure, shares and growth. China's three
 * kinds come from the national fleet models; the global figures are the book's stated inputs (it publishes only
 * results for the world); everything else here is computed from those, so that each statement of sections 一 and
 * 二 can be compared with a computed value where one exists.
 *
 * @param stated         the book's stated figures
 * @param basic          China's general-server fleet
 * @param intelligent    China's AI-server fleet
 * @param supercomputing China's supercomputer stock
 */
public record NationalCapacity(StatedFigures stated, FleetModel basic, FleetModel intelligent,
                               FleetModel supercomputing) {

    public NationalCapacity {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(basic, "basic");
        Objects.requireNonNull(intelligent, "intelligent");
        Objects.requireNonNull(supercomputing, "supercomputing");
    }

    /** The standard reconstruction with the book's parameters (computed once; it is immutable). */
    public static NationalCapacity standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final NationalCapacity INSTANCE = build();

        static NationalCapacity build() {
            StatedFigures s = StatedFigures.standard();
            return of(s, Shipments.reconstructed(s), FleetParameters.book(), FleetParameters.book());
        }
    }

    /** China's fleets from the given shipments and parameters (basic, intelligent). */
    public static NationalCapacity of(StatedFigures s, Shipments shipments, FleetParameters basicParams,
                                      FleetParameters aiParams) {
        return new NationalCapacity(s, ChinaFleets.basic(shipments, s, basicParams).model(),
                ChinaFleets.intelligent(shipments, s, aiParams).model(), ChinaFleets.supercomputing(s));
    }

    /**
     * How the fleet of {@code kind} (basic or intelligent) was calibrated: the fitted yearly growth of per-server
     * compute, the average per server shipped in 2023, and the model; supercomputing is a stock, nothing is fitted.
     */
    public ComputeCalibration.Result fit(ComputeKind kind) {
        switch (kind) {
            case BASIC: return ChinaFleets.basic(basic.shipments(), stated, basic.parameters());
            case INTELLIGENT: return ChinaFleets.intelligent(intelligent.shipments(), stated, intelligent.parameters());
            default: throw new IllegalArgumentException("supercomputing is a stock taken from the TOP500/TOP100 lists; "
                    + "nothing is fitted (fit BASIC or INTELLIGENT)");
        }
    }

    /**
     * Every figure of {@code data/capacity_stated.csv} checked against this model, in the file's order: stated
     * inputs, figures the fitted fleets reproduce, independent computations and the text's anomalies.
     */
    public List<CapacityCheck> checks() {
        return CapacityChecks.list(this);
    }

    public FleetModel fleet(ComputeKind kind) {
        switch (kind) {
            case BASIC: return basic;
            case INTELLIGENT: return intelligent;
            default: return supercomputing;
        }
    }

    // ---- China -------------------------------------------------------------------------------------------

    public double chinaEflops(ComputeKind kind, int year) {
        return fleet(kind).scaleEflops(year);
    }

    /** Sum of the three kinds (the book's 435 is this sum rounded: 140.4 + 289.4 + 5.1 = 434.9). */
    public double chinaTotal(int year) {
        double t = 0;
        for (ComputeKind k : ComputeKind.values()) {
            t += chinaEflops(k, year);
        }
        return t;
    }

    /** Share of a kind in China's total, percent. */
    public double chinaSharePct(ComputeKind kind, int year) {
        return 100 * chinaEflops(kind, year) / chinaTotal(year);
    }

    /** Year-on-year growth of a kind, percent. */
    public double chinaGrowthPct(ComputeKind kind, int year) {
        return 100 * (chinaEflops(kind, year) / chinaEflops(kind, year - 1) - 1);
    }

    public double chinaTotalGrowthPct(int year) {
        return 100 * (chinaTotal(year) / chinaTotal(year - 1) - 1);
    }

    // ---- World (stated inputs) -----------------------------------------------------------------------------

    /** Global 2023 compute of a kind, EFlops (stated: 497, 875, 25). */
    public double globalEflops(ComputeKind kind) {
        switch (kind) {
            case BASIC: return stated.value("global.basic");
            case INTELLIGENT: return stated.value("global.ai");
            default: return stated.value("global.super");
        }
    }

    /** Computed: 497 + 875 + 25. */
    public double globalTotal() {
        double t = 0;
        for (ComputeKind k : ComputeKind.values()) {
            t += globalEflops(k);
        }
        return t;
    }

    public double globalSharePct(ComputeKind kind) {
        return 100 * globalEflops(kind) / globalTotal();
    }

    /** Back-cast: 2023 / (1 + stated growth 54%). */
    public double globalTotal2022() {
        return stated.value("global.total") / (1 + stated.value("global.total_growth") / 100);
    }

    /** Back-cast: 2022 intelligent share = 63% − 13 pp, times the 2022 total. */
    public double globalIntelligent2022() {
        return (stated.value("global.ai_share") - stated.value("global.ai_share_change")) / 100 * globalTotal2022();
    }

    /** Back-cast of a total from a compound annual growth rate over {@code years} years. */
    public static double backcastCagr(double total, double cagrPct, int years) {
        return total / Math.pow(1 + cagrPct / 100, years);
    }

    // ---- China in the world --------------------------------------------------------------------------------

    /** China's share of global compute, computed: China's fleet total / global total, percent. */
    public double chinaShareOfGlobalPct(int year) {
        return 100 * chinaTotal(year) / globalTotal();
    }

    /** China's share of global compute of one kind, computed, percent. */
    public double chinaShareOfGlobalPct(ComputeKind kind) {
        return 100 * chinaEflops(kind, 2023) / globalEflops(kind);
    }

    /**
     * The US share of the global total implied by its stated kind shares (36% basic, 43% intelligent, 54% super),
     * percent; the book states 41% directly, so this is an independent consistency check.
     */
    public double usShareFromKindsPct() {
        double us = stated.value("share.basic_us") / 100 * globalEflops(ComputeKind.BASIC)
                + stated.value("share.ai_us") / 100 * globalEflops(ComputeKind.INTELLIGENT)
                + stated.value("share.super_us") / 100 * globalEflops(ComputeKind.SUPER);
        return 100 * us / globalTotal();
    }

    /** Country/region shares of global compute (stated; China's is also computable). */
    public Map<String, Double> countrySharesPct() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("us", stated.value("share.us"));
        m.put("china", stated.value("share.china"));
        m.put("europe", stated.value("share.europe"));
        m.put("japan", stated.value("share.japan"));
        return m;
    }

    /** Implied average compute per server over the window: stated total / stated six-year shipments, TFLOPS. */
    public double impliedTflopsPerServer(ComputeKind kind) {
        switch (kind) {
            case BASIC:
                return stated.value("china.basic") * 1e6 / (stated.value("china.general_shipments_6yr") * 1e4);
            case INTELLIGENT:
                return stated.value("china.ai") * 1e6 / (stated.value("china.ai_shipments_6yr") * 1e4);
            default:
                throw new IllegalArgumentException("supercomputing is a stock, not a shipment series");
        }
    }
}
