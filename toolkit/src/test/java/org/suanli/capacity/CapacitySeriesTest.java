package org.suanli.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The capacity series and the structure table behind the capacity charts: stated anchors, back-casts, interpolation. */
class CapacitySeriesTest {

    private final StatedFigures s = StatedFigures.standard();

    @Test
    void globalSeriesAnchorsAndBackcasts() {
        CapacitySeries g = CapacitySeries.global(s);
        assertEquals(1397, g.point(2023).eflops(), 1e-9);
        assertEquals(CapacitySeries.Basis.STATED, g.point(2023).basis());
        assertEquals(1397 / 1.54, g.point(2022).eflops(), 1e-9);          // 907.14
        assertEquals(1397 / Math.pow(1.39, 7), g.point(2016).eflops(), 1e-9);
        assertEquals(CapacitySeries.Basis.INTERPOLATED, g.point(2019).basis());
        // interpolation joins 2016 and 2022 at one constant rate
        double r = g.point(2018).eflops() / g.point(2017).eflops();
        assertEquals(r, g.point(2022).eflops() / g.point(2021).eflops(), 1e-9);
        assertEquals(44, CapacitySeries.china(s).point(2023).growthPct(), 1e-12);
    }

    @Test
    void structureTableShowsBothYearsAndTheBackcasts() {
        var t = CapacityTables.structure(NationalCapacity.standard());
        assertEquals(8, t.rowCount());
        assertEquals(434.9, t.doubleColumn("2023 EFlops").get(3), 1e-9);      // China total, computed
        assertEquals(302.08, t.doubleColumn("2022 EFlops").get(3), 0.005);    // 435 / 1.44
        assertEquals(1397, t.doubleColumn("2023 EFlops").get(7), 1e-9);       // world total, computed
        assertEquals(907.14, t.doubleColumn("2022 EFlops").get(7), 0.005);    // 1397 / 1.54
        assertEquals(453.57, t.doubleColumn("2022 EFlops").get(5), 0.005);    // (63% − 13 pp) × 907.14
        assertEquals(120.0, t.doubleColumn("2022 EFlops").get(0), 1e-6);      // 140.4 / 1.17
    }
}
