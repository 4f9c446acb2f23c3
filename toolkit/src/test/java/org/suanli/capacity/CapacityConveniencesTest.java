package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The conveniences notebook 02 reads: the fits, the checks, the shipments and the FP16 what-if. */
class CapacityConveniencesTest {

    private final NationalCapacity nc = NationalCapacity.standard();

    @Test
    void fitIsTheCalibrationOfEachFleet() {
        ComputeCalibration.Result basic = nc.fit(ComputeKind.BASIC);
        ComputeCalibration.Result ai = nc.fit(ComputeKind.INTELLIGENT);
        assertEquals(0.138, basic.fittedComputeGrowth(), 0.0005);
        assertEquals(8.55, basic.lastYearAverageTflops(), 0.005);
        assertEquals(0.253, ai.fittedComputeGrowth(), 0.0005);
        assertEquals(349.8, ai.lastYearAverageTflops(), 0.05);
        assertEquals(140.4, basic.model().scaleEflops(2023), 1e-6);
        assertEquals(nc.basic().averageTflops(), basic.model().averageTflops());
        assertThrows(IllegalArgumentException.class, () -> nc.fit(ComputeKind.SUPER));
    }

    @Test
    void checksCountHoldsComputationsAndAnomalies() {
        List<CapacityCheck> checks = nc.checks();
        assertEquals(59, checks.size());
        assertEquals(58, checks.stream().filter(CapacityCheck::holds).count());
        assertEquals(22, checks.stream().filter(CapacityCheck::computed).count());
        assertEquals(List.of("china.cagr_5yr_approx"), checks.stream().filter(CapacityCheck::anomaly).map(CapacityCheck::id).toList());
    }

    @Test
    void shipmentsAndTheirFittedGrowth() {
        StatedFigures s = nc.stated();
        assertEquals(0.0336, s.shipmentGrowth("general"), 0.00005);
        assertEquals(0.4097, s.shipmentGrowth("ai"), 0.00005);
        assertEquals(3_887_000, s.shipments().servers("china", "general").get(2023), 1e-9);
        assertEquals(21_900_000, s.shipments().servers("china", "general").subMap(2018, 2024).values().stream()
                .mapToDouble(Double::doubleValue).sum(), 1);
        assertThrows(IllegalArgumentException.class, () -> s.shipmentGrowth("super"));
    }

    @Test
    void withAverageTflopsScalesTheTotal() {
        FleetModel ai = nc.intelligent();
        TreeMap<Integer, Double> eight = new TreeMap<>();
        ai.averageTflops().forEach((y, v) -> eight.put(y, v * 8));
        FleetModel native16 = ai.withAverageTflops("native", eight);
        assertEquals("native", native16.name());
        assertEquals(8 * 289.4, native16.scaleEflops(2023), 1e-6);
        assertEquals(289.4, native16.withParameters(ai.parameters().withToFp32(1.0 / 8)).scaleEflops(2023), 1e-6);
    }
}
