package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The fleet accumulation against a small example worked by hand. */
class FleetModelTest {

    /**
     * Hand example, window 3: shipments 1, 2, 3 million servers in 2021–2023 with 1, 2, 4 TFLOPS each.
     * 2023 = 1e6×1 + 2e6×2 + 3e6×4 TFLOPS = 17e6 TFLOPS = 17 EFlops.
     */
    static FleetModel example(FleetParameters p) {
        return new FleetModel("example", ComputeKind.BASIC,
                new TreeMap<>(Map.of(2021, 1.0e6, 2022, 2.0e6, 2023, 3.0e6)),
                new TreeMap<>(Map.of(2021, 1.0, 2022, 2.0, 2023, 4.0)), p);
    }

    @Test
    void sumsTheWindowByHand() {
        FleetModel m = example(new FleetParameters(3, 1.0, Retirement.window()));
        assertEquals(17.0, m.scaleEflops(2023), 1e-12);
        assertArrayEquals(new int[] {2021, 2022, 2023}, m.windowYears(2023));
        assertArrayEquals(new double[] {1.0, 4.0, 12.0}, m.cohortsEflops(2023), 1e-12);
        assertEquals(6.0e6, m.cumulativeShipments(2023), 1e-6);
    }

    @Test
    void conversionFactorScalesEverything() {
        // FP16 -> FP32 at one half: 17 × 0.5 = 8.5
        assertEquals(8.5, example(new FleetParameters(3, 0.5, Retirement.window())).scaleEflops(2023), 1e-12);
    }

    @Test
    void shorterWindowDropsOldCohorts() {
        // window 2: 2022 and 2023 only: 4 + 12 = 16; 2022 now evaluable too: 1 + 4 = 5
        FleetModel m = example(new FleetParameters(2, 1.0, Retirement.window()));
        assertEquals(16.0, m.scaleEflops(2023), 1e-12);
        assertEquals(5.0, m.scaleEflops(2022), 1e-12);
        assertEquals(java.util.List.of(2022, 2023), m.evaluableYears());
    }

    @Test
    void linearRetirementByHand() {
        // ages 2,1,0 survive 1/3, 2/3, 1: 1/3 + 8/3 + 12 = 15
        assertEquals(15.0, example(new FleetParameters(3, 1.0, Retirement.linear())).scaleEflops(2023), 1e-12);
        // 10% a year: 1×0.81 + 4×0.9 + 12 = 16.41
        assertEquals(16.41, example(new FleetParameters(3, 1.0, Retirement.annualRate(0.1))).scaleEflops(2023), 1e-12);
    }

    @Test
    void windowLongerThanDataIsAClearError() {
        FleetModel m = example(new FleetParameters(6, 1.0, Retirement.window()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.scaleEflops(2023));
        assertTrue(e.getMessage().contains("6-year window for 2023"), e.getMessage());
        assertTrue(e.getMessage().contains("[2018, 2019, 2020]"), e.getMessage());
        assertTrue(e.getMessage().contains("2021–2023"), e.getMessage());
    }

    @Test
    void missingYearInsideTheSeriesIsNamed() {
        FleetModel m = new FleetModel("gappy", ComputeKind.BASIC,
                new TreeMap<>(Map.of(2021, 1.0, 2023, 3.0)),
                new TreeMap<>(Map.of(2021, 1.0, 2022, 2.0, 2023, 4.0)),
                new FleetParameters(3, 1.0, Retirement.window()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.scaleEflops(2023));
        assertTrue(e.getMessage().contains("[2022]"), e.getMessage());
    }

    @Test
    void negativeShipmentsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FleetModel("neg",
                ComputeKind.BASIC, new TreeMap<>(Map.of(2023, -5.0)), new TreeMap<>(Map.of(2023, 1.0)),
                FleetParameters.book()));
        assertTrue(e.getMessage().contains("shipments for 2023 is negative"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FleetModel("nan", ComputeKind.BASIC,
                new TreeMap<>(Map.of(2023, Double.NaN)), new TreeMap<>(Map.of(2023, 1.0)), FleetParameters.book()));
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FleetParameters(0, 1, Retirement.window()));
        assertThrows(IllegalArgumentException.class, () -> new FleetParameters(6, 0, Retirement.window()));
        assertThrows(IllegalArgumentException.class, () -> new FleetParameters(6, -1, Retirement.window()));
        assertThrows(IllegalArgumentException.class, () -> Retirement.annualRate(1.0));
    }

    @Test
    void stockModelReturnsTheStatedTotal() {
        FleetModel s = FleetModel.ofStock("China supercomputers", ComputeKind.SUPER, Map.of(2023, 5.1));
        assertEquals(5.1, s.scaleEflops(2023), 1e-12);
        assertArrayEquals(new int[] {2023}, s.windowYears(2023));
    }
}
