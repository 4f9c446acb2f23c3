package org.suanli.capacity;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * China's three national fleets, built from the blue book's stated figures by the documented reconstruction:
 * shipments by {@link ShipmentBackcast}, average compute per server by {@link ComputeCalibration} so that the
 * fleet reproduces the stated 2023 total and its stated growth. These are the national models that
 * {@link ProvincialCompute#estimate} splits across the provinces.
 */
public final class ChinaFleets {

    private ChinaFleets() {
    }

    /** Basic compute (general servers, FP32): calibrated to 140.4 EFlops in 2023 growing 17%. */
    public static ComputeCalibration.Result basic(Shipments shipments, StatedFigures s, FleetParameters p) {
        return basic(shipments.servers("china", "general"), s, p);
    }

    static ComputeCalibration.Result basic(SortedMap<Integer, Double> servers, StatedFigures s, FleetParameters p) {
        return ComputeCalibration.calibrate("China general servers", ComputeKind.BASIC,
                servers, p, 2023, s.value("china.basic"), s.value("china.basic_growth") / 100);
    }

    /**
     * Intelligent compute (AI servers): calibrated to 289.4 EFlops (FP32) in 2023 growing 62%. The calibrated
     * averages are native-precision figures for the given conversion factor, so the totals match for any factor;
     * to see how a different factor moves the totals, keep the averages and change the factor
     * ({@link FleetModel#withParameters}).
     */
    public static ComputeCalibration.Result intelligent(Shipments shipments, StatedFigures s, FleetParameters p) {
        return intelligent(shipments.servers("china", "ai"), s, p);
    }

    static ComputeCalibration.Result intelligent(SortedMap<Integer, Double> servers, StatedFigures s, FleetParameters p) {
        return ComputeCalibration.calibrate("China AI servers", ComputeKind.INTELLIGENT,
                servers, p, 2023, s.value("china.ai"), s.value("china.ai_growth") / 100);
    }

    /**
     * Supercomputing as a stock (TOP500/TOP100 lists, not shipments): 5.1 EFlops in 2023 as stated; 2022 is the
     * residual of the back-cast totals (435/1.44 − 140.4/1.17 − 289.4/1.62), since the book gives only a lower
     * bound for its growth (连续三年增速超过30%).
     */
    public static FleetModel supercomputing(StatedFigures s) {
        Map<Integer, Double> m = new TreeMap<>();
        m.put(2023, s.value("china.super"));
        m.put(2022, superResidual2022(s));
        return FleetModel.ofStock("China supercomputers", ComputeKind.SUPER, m);
    }

    static double superResidual2022(StatedFigures s) {
        return s.value("china.total") / (1 + s.value("china.total_growth") / 100)
                - s.value("china.basic") / (1 + s.value("china.basic_growth") / 100)
                - s.value("china.ai") / (1 + s.value("china.ai_growth") / 100);
    }

    /** The three national models with the book's parameters, from the bundled figures. */
    public static FleetModel basic() {
        return NationalCapacity.standard().basic();
    }

    public static FleetModel intelligent() {
        return NationalCapacity.standard().intelligent();
    }

    public static FleetModel supercomputing() {
        return NationalCapacity.standard().supercomputing();
    }

    /** The national model for a kind, so that callers can loop over the three indicators. */
    public static FleetModel of(ComputeKind kind) {
        switch (kind) {
            case BASIC: return basic();
            case INTELLIGENT: return intelligent();
            case SUPER: return supercomputing();
            default: throw new IllegalArgumentException(String.valueOf(kind));
        }
    }
}
