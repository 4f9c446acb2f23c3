package org.suanli.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.suanli.capacity.CapacityCheck.Basis;

/**
 * Checks every figure of {@code data/capacity_stated.csv} against the capacity module. A figure the book gives
 * only as a result and that the module uses as an input is marked a stated input; a figure a fitted model hits is
 * marked reproduced; a figure computed independently from others is marked computed and can fail.
 *
 * <p>Tolerance: one unit of the book's last digit (the book both rounds and truncates: China's basic share is
 * 140.4/434.9 = 32.28% and printed 32.2%). Where a figure is a ratio of rounded figures, it holds when it lies
 * in the range the inputs' rounding allows (interval arithmetic).
 */
public final class CapacityChecks {

    private final NationalCapacity nc;
    private final StatedFigures s;
    private final Map<String, CapacityCheck> checks = new LinkedHashMap<>();

    private CapacityChecks(NationalCapacity nc) {
        this.nc = nc;
        this.s = nc.stated();
    }

    /** Runs all checks; the map is in the order of the stated-figures file. */
    public static Map<String, CapacityCheck> run(NationalCapacity nc) {
        CapacityChecks c = new CapacityChecks(nc);
        c.all();
        Map<String, CapacityCheck> ordered = new LinkedHashMap<>();
        for (String id : nc.stated().all().keySet()) {
            CapacityCheck k = c.checks.get(id);
            if (k == null) {
                throw new IllegalStateException("no check for stated figure '" + id + "'");
            }
            ordered.put(id, k);
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** All checks as a list, for tables. */
    public static List<CapacityCheck> list(NationalCapacity nc) {
        return new ArrayList<>(run(nc).values());
    }

    private void all() {
        final int y = 2023;
        FleetModel b = nc.basic();
        FleetModel ai = nc.intelligent();
        Shipments shipments = null;

        // China totals and structure
        computed("china.total", nc.chinaTotal(y), "basic + intelligent + super = 140.4 + 289.4 + 5.1 from the fleet models");
        computed("china.global_share", nc.chinaShareOfGlobalPct(y), "China's fleet total / global total (497 + 875 + 25)");
        input("china.total_growth", "used to back-cast China's 2022 total (435 / 1.44); it also defines the 2022 "
                + "supercomputing residual, so its recomputation " + f(nc.chinaTotalGrowthPct(y)) + "% is not independent");
        reproduced("china.basic", b.scaleEflops(y), "fleet model, average compute per server calibrated");
        reproduced("china.basic_growth", nc.chinaGrowthPct(ComputeKind.BASIC, y), "fleet model 2023 / 2022");
        double g22 = 100 * (b.scaleEflops(y - 1) / b.scaleEflops(y - 2) - 1);
        input("china.basic_growth_slowdown", "2022 basic growth = 17% + 9 pp = 26% is used only for the 2021 back-cast; "
                + "the smooth fleet model alone (constant growth of per-server compute) gives " + f(g22)
                + "% for 2022, so the slowdown is not produced by the model");
        computed("china.basic_share", nc.chinaSharePct(ComputeKind.BASIC, y), "140.4 / 434.9; the book truncates 32.28 to 32.2");
        reproduced("china.general_shipments", b.shipments().get(y) / 1e4, "shipment series (stated year)");
        reproduced("china.general_shipments_growth", 100 * (b.shipments().get(y) / b.shipments().get(y - 1) - 1),
                "2022 = 388.7 / 1.011 in the back-cast");
        reproduced("china.general_shipments_6yr", b.cumulativeShipments(y) / 1e4, "back-cast fitted to the six-year sum");
        reproduced("china.ai", ai.scaleEflops(y), "fleet model, average compute per AI server calibrated");
        reproduced("china.ai_growth", nc.chinaGrowthPct(ComputeKind.INTELLIGENT, y), "fleet model 2023 / 2022");
        computed("china.ai_share", nc.chinaSharePct(ComputeKind.INTELLIGENT, y), "289.4 / 434.9");
        computedWithin("china.ai_share_two_thirds", nc.chinaSharePct(ComputeKind.INTELLIGENT, y) / 100, 0.01,
                "289.4 / 434.9 against 2/3 (the text says 达三分之二, approximately)");
        reproduced("china.ai_shipments", ai.shipments().get(y) / 1e4, "shipment series (stated year)");
        reproduced("china.ai_shipments_growth", 100 * (ai.shipments().get(y) / ai.shipments().get(y - 1) - 1),
                "2022 = 33 / 1.15 in the back-cast");
        double aiSix = ai.cumulativeShipments(y) / 1e4;
        add("china.ai_shipments_6yr", Basis.REPRODUCED, aiSix, 1e-6, aiSix >= s.value("china.ai_shipments_6yr") - 1e-6,
                "the book says more than (超过) 114万; the back-cast uses the bound itself, the least the statement allows");
        reproduced("china.super", nc.supercomputing().scaleEflops(y), "stock model, stated");
        double superGrowth = nc.chinaGrowthPct(ComputeKind.SUPER, y);
        add("china.super_growth_min", Basis.COMPUTED, superGrowth, 0, superGrowth > s.value("china.super_growth_min"),
                "growth of the 2022 residual 435/1.44 − 140.4/1.17 − 289.4/1.62 = " + f(nc.chinaEflops(ComputeKind.SUPER, y - 1))
                        + " EFlops to 5.1; the book says more than 30% (only 2023 can be checked)");
        input("china.cagr_2016_2023", "used to back-cast China's 2016 total for 图4: 435 / 1.46^7 = "
                + f(NationalCapacity.backcastCagr(s.value("china.total"), s.value("china.cagr_2016_2023"), 7)) + " EFlops");
        double v2016 = NationalCapacity.backcastCagr(s.value("china.total"), s.value("china.cagr_2016_2023"), 7);
        double v2018 = v2016 * Math.pow(1 + s.value("china.cagr_2016_2023") / 100, 2);
        double cagr5 = 100 * (Math.pow(s.value("china.total") / v2018, 1.0 / 5) - 1);
        add("china.cagr_5yr_approx", Basis.ANOMALY, cagr5, 5, false,
                "ANOMALY: 一(一) says China's compute grew nearly 30% a year over five years, but 二(五) says 46% a year "
                        + "over 2016–2023, which gives " + f(cagr5) + "% a year over 2018–2023 (and a 2018 total of "
                        + f(v2018) + " EFlops, against " + f(s.value("china.total") / Math.pow(1.3, 5))
                        + " EFlops at 30%); the two cannot both hold for the same measure. 图4 follows the 46% statement");
        input("china.accelerated_market", "market size (US$), not compute; shown for context");
        computedWithin("china.gpu_server_market_share", 100 * s.value("china.gpu_server_market") / s.value("china.accelerated_market"),
                1.0, "87 / 94 = 92.6%");
        input("china.gpu_server_market", "market size (US$), used for the GPU share check");
        computedWithin("china.non_gpu_market_share",
                100 * (s.value("china.accelerated_market") - s.value("china.gpu_server_market")) / s.value("china.accelerated_market"),
                1.0, "(94 − 87) / 94 = 7.4%, 'nearly 8%' (近8%)");
        double nonGpu = s.value("china.accelerated_market") - s.value("china.gpu_server_market");
        add("china.non_gpu_market_min", Basis.COMPUTED, nonGpu, 0.5, nonGpu >= s.value("china.non_gpu_market_min") - 0.5,
                "94 − 87 = 7 亿美元; both are rounded to 1 亿, so 'more than 7' is consistent within rounding");

        // World
        computed("global.total", nc.globalTotal(), "497 + 875 + 25");
        input("global.total_growth", "used to back-cast the 2022 global total: 1397 / 1.54 = " + f(nc.globalTotal2022()) + " EFlops");
        input("global.basic", "the book gives the global split only as results");
        input("global.ai", "the book gives the global split only as results");
        computed("global.ai_share", nc.globalSharePct(ComputeKind.INTELLIGENT), "875 / 1397");
        input("global.ai_share_change", "used to back-cast the 2022 global intelligent compute: (63% − 13 pp) × "
                + f(nc.globalTotal2022()) + " = " + f(nc.globalIntelligent2022()) + " EFlops");
        input("global.super", "the book gives the global split only as results");
        input("global.cagr_2016_2023", "used to back-cast the 2016 global total for 图1: 1397 / 1.39^7 = "
                + f(NationalCapacity.backcastCagr(s.value("global.total"), s.value("global.cagr_2016_2023"), 7)) + " EFlops");

        double at50 = s.value("global.total") * Math.pow(1 + s.value("global.forecast_growth_min") / 100, 7) / 1000;
        add("global.forecast_2030_zflops_min", Basis.COMPUTED, at50, 0, at50 > s.value("global.forecast_2030_zflops_min"),
                "consistency of the forecast: 1397 EFlops growing 50% a year for 2024–2030 reaches " + f(at50)
                        + " ZFlops, above 16; the book gives no path, so this checks only that the two numbers agree");
        input("global.forecast_growth_min", "a forecast, used for the 2030 consistency check");

        // Shares
        computedWithin("share.us", nc.usShareFromKindsPct(), 1.0,
                "implied by the stated kind shares: (36%×497 + 43%×875 + 54%×25) / 1397");
        computed("share.china", nc.chinaShareOfGlobalPct(y), "434.9 / 1397");
        Map<String, Double> cs = nc.countrySharesPct();
        double sum4 = cs.values().stream().mapToDouble(Double::doubleValue).sum();
        input("share.europe", "no components given; the four stated shares sum to " + f(sum4) + "% (≤ 100%)");
        input("share.japan", "no components given; the four stated shares sum to " + f(sum4) + "% (≤ 100%)");
        computed("share.us_lead_pp", s.value("share.us") - nc.chinaShareOfGlobalPct(y), "41% − China's computed 31.1%");
        input("share.basic_us", "stated; used for the US total-share check");
        computed("share.basic_china", nc.chinaShareOfGlobalPct(ComputeKind.BASIC), "140.4 / 497");
        input("share.ai_us", "stated; used for the US total-share check");
        computed("share.ai_china", nc.chinaShareOfGlobalPct(ComputeKind.INTELLIGENT), "289.4 / 875");
        input("share.super_us", "stated; used for the US total-share check");
        computed("share.super_china", nc.chinaShareOfGlobalPct(ComputeKind.SUPER), "5.1 / 25");
        input("share.super_japan", "stated; no Japanese figures to compute it from");

        // Server market (一(四))
        input("global.server_shipments", "data/shipments.csv (stated row)");
        input("global.server_shipments_growth", "data/shipments.csv (2022 back-cast 1197 / 0.79)");
        input("global.server_revenue_growth", "used for the unit-price check");
        ratioRange("global.server_unit_price_growth", 1 + 0.12, 0.005, 1 - 0.21, 0.005,
                "(1 + 12%) / (1 − 21%) − 1 = 41.8%; range allowed by rounding of 12% and 21%");
        input("global.whitebox_share", "stated; used for the growth-rate check");
        ratioRange("global.whitebox_share_growth", 37.4, 0.05, 26.2, 0.05,
                "37.4% / 26.2% − 1 = 42.7%; range allowed by rounding of the two shares");
        input("global.ai_server_shipments", "data/shipments.csv (stated row)");
        input("global.ai_server_shipments_growth", "data/shipments.csv (2022 back-cast 118 / 1.345)");
        input("global.ai_server_shipments_2024", "stated forecast");
        computed("global.ai_server_shipments_2024_growth",
                100 * (s.value("global.ai_server_shipments_2024") / s.value("global.ai_server_shipments") - 1), "167 / 118 − 1");
        computed("global.top500_intel_share", 100 * 315 / 500.0, "315 of the 500 systems (the quote states 315)");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static double tolerance(double stated) {
        BigDecimal d = new BigDecimal(Double.toString(stated)).stripTrailingZeros();
        int scale = Math.max(0, d.scale());
        return Math.pow(10, -scale);
    }

    private void computed(String id, double actual, String note) {
        double e = s.value(id);
        double tol = tolerance(e);
        add(id, Basis.COMPUTED, actual, tol, Math.abs(actual - e) < tol + 1e-9, note);
    }

    private void computedWithin(String id, double actual, double tol, String note) {
        double e = s.value(id);
        add(id, Basis.COMPUTED, actual, tol, Math.abs(actual - e) <= tol + 1e-9, note);
    }

    private void reproduced(String id, double actual, String note) {
        double e = s.value(id);
        double tol = tolerance(e);
        add(id, Basis.REPRODUCED, actual, tol, Math.abs(actual - e) < tol * 0.5 + 1e-9, note);
    }

    private void input(String id, String note) {
        double e = s.value(id);
        add(id, Basis.STATED_INPUT, e, 0, true, note);
    }

    /** Holds when the stated growth (percent) lies in the range of a/b − 1 over a ± da, b ± db. */
    private void ratioRange(String id, double a, double da, double b, double db, String note) {
        double e = s.value(id);
        double lo = 100 * ((a - da) / (b + db) - 1);
        double hi = 100 * ((a + da) / (b - db) - 1);
        double mid = 100 * (a / b - 1);
        add(id, Basis.COMPUTED, mid, Math.max(hi - mid, mid - lo), e >= lo - 1e-9 && e <= hi + 1e-9,
                note + String.format(Locale.ROOT, " [%.2f%%, %.2f%%]", lo, hi));
    }

    private void add(String id, Basis basis, double actual, double tol, boolean holds, String note) {
        s.figure(id); // unknown ids fail loudly
        checks.put(id, new CapacityCheck(id, basis, s.value(id), actual, tol, holds, note));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
