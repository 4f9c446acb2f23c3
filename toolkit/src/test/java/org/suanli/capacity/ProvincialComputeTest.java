package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.suanli.data.Province;
import org.suanli.data.Provinces;

/** Provincial compute = the national cohorts weighted by each province's cohort shares, worked by hand. */
class ProvincialComputeTest {

    private final FleetModel national = FleetModelTest.example(new FleetParameters(3, 1.0, Retirement.window()));

    @Test
    void weightsEachCohortByTheProvincesShare() {
        Map<String, double[]> shares = new LinkedHashMap<>();
        shares.put("广东", new double[] {0.5, 0.5, 0.5});   // 0.5 × 17 = 8.5
        shares.put("北京", new double[] {0.2, 0.3, 0.4});   // 0.2×1 + 0.3×4 + 0.4×12 = 6.2
        ProvincialEstimate e = ProvincialCompute.estimate(national, 2023, shares);
        assertEquals(8.5, e.eflops("广东"), 1e-12);
        assertEquals(6.2, e.eflops("北京"), 1e-12);
        assertEquals(17.0, e.nationalEflops(), 1e-12);
        assertEquals(14.7, e.totalEflops(), 1e-12);
        assertArrayEquals(new double[] {0.7, 0.8, 0.9}, e.allocatedShare(), 1e-12);
        assertEquals(List.of("广东", "北京"), List.copyOf(e.eflops().keySet()));
        assertEquals(ComputeKind.BASIC, e.kind());
    }

    @Test
    void fullAllocationReproducesTheNationalTotal() {
        Map<String, double[]> shares = new LinkedHashMap<>();
        shares.put("上海", new double[] {0.25, 0.6, 0.1});
        shares.put("Guangdong", new double[] {0.75, 0.4, 0.9});
        ProvincialEstimate e = ProvincialCompute.estimate(national, 2023, shares);
        assertEquals(national.scaleEflops(2023), e.totalEflops(), 1e-12);
    }

    @Test
    void theNationalAssumptionsCarryThrough() {
        FleetModel linear = national.withParameters(new FleetParameters(3, 0.5, Retirement.linear()));
        ProvincialEstimate e = ProvincialCompute.estimate(linear, 2023, Map.of("浙江省", new double[] {1, 1, 1}));
        assertEquals(7.5, e.eflops("浙江"), 1e-12); // 15 × 0.5; full names are resolved to the short name
    }

    @Test
    void supercomputerStockUsesOneShare() {
        FleetModel hpc = FleetModel.ofStock("China supercomputers", ComputeKind.SUPER, Map.of(2023, 5.1));
        ProvincialEstimate e = ProvincialCompute.estimate(hpc, 2023, Map.of("天津", new double[] {0.2}));
        assertEquals(1.02, e.eflops("天津"), 1e-12);
    }

    @Test
    void wrongLengthNamesProvinceAndWindow() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ProvincialCompute.estimate(national, 2023, Map.of("广东", new double[] {0.5, 0.5})));
        assertTrue(ex.getMessage().contains("广东 needs 3 shares"), ex.getMessage());
        assertTrue(ex.getMessage().contains("2021–2023"), ex.getMessage());
    }

    @Test
    void percentInsteadOfFractionIsRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ProvincialCompute.estimate(national, 2023, Map.of("广东", new double[] {30, 30, 30})));
        assertTrue(ex.getMessage().contains("share of 广东 in 2021 is 30.0"), ex.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ProvincialCompute.estimate(national, 2023, Map.of("广东", new double[] {Double.NaN, 0, 0})));
        assertThrows(IllegalArgumentException.class,
                () -> ProvincialCompute.estimate(national, 2023, Map.of("广东", new double[] {-0.1, 0, 0})));
    }

    @Test
    void sharesAboveOneInAYearAreRejected() {
        Map<String, double[]> shares = new LinkedHashMap<>();
        shares.put("江苏", new double[] {0.6, 0.5, 0.5});
        shares.put("山东", new double[] {0.6, 0.5, 0.5});
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ProvincialCompute.estimate(national, 2023, shares));
        assertTrue(ex.getMessage().contains("shares of 2021 sum to 1.2"), ex.getMessage());
    }

    @Test
    void unknownOrDuplicateProvincesAreRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ProvincialCompute.estimate(national, 2023, Map.of("Guangdon", new double[] {0.1, 0.1, 0.1})));
        assertTrue(ex.getMessage().contains("广东") || ex.getMessage().contains("Guangdong"), ex.getMessage());
        Map<String, double[]> twice = new LinkedHashMap<>();
        twice.put("广东", new double[] {0.1, 0.1, 0.1});
        twice.put("广东省", new double[] {0.1, 0.1, 0.1});
        ex = assertThrows(IllegalArgumentException.class, () -> ProvincialCompute.estimate(national, 2023, twice));
        assertTrue(ex.getMessage().contains("given twice"), ex.getMessage());
    }

    @Test
    void chinaFleetSplitAcrossAllProvincesAddsUpToTheNation() {
        FleetModel basic = ChinaFleets.basic();
        Map<String, double[]> shares = new LinkedHashMap<>();
        for (Province p : Provinces.all()) {
            shares.put(p.shortZh(), new double[] {1 / 31.0, 1 / 31.0, 1 / 31.0, 1 / 31.0, 1 / 31.0, 1 / 31.0});
        }
        ProvincialEstimate e = ProvincialCompute.estimate(basic, 2023, shares);
        assertEquals(31, e.eflops().size());
        assertEquals(140.4, e.totalEflops(), 1e-9);
        assertEquals(140.4 / 31, e.eflops("西藏"), 1e-9);
    }

    @Test
    void yearOutsideTheDataIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ProvincialCompute.estimate(national, 2022, Map.of("北京", new double[] {1, 1, 1})));
        assertThrows(IllegalArgumentException.class, () -> ProvincialCompute.estimate(national, 2023, Map.of()));
    }
}
