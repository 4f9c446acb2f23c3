package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GrowthTest {
    @Test
    void cagrByHand() {
        // Doubling in 7 years: 2^(1/7) − 1 = 10.409%.
        assertEquals(10.40895, Growth.cagr(100, 200, 7), 1e-4);
        assertEquals(0.0, Growth.cagr(5, 5, 3), 1e-12);
        // One step: plain growth.
        assertEquals(4.66, Growth.cagr(1226.0 / 1.0466, 1226.0, 1), 1e-9);
    }

    @Test
    void cagrFromASeriesUsesFirstAndLastYear() {
        GrowthRate g = Growth.cagr("GDP", "China", Map.of(2023, 121.0, 2021, 100.0, 2022, 999.0));
        assertEquals(2021, g.fromYear());
        assertEquals(2023, g.toYear());
        assertEquals(10.0, g.ratePct(), 1e-9);
        assertEquals(GrowthRate.Basis.COMPUTED, g.basis());
        assertEquals(1.21, g.multiple(), 1e-12);
    }

    @Test
    void bookFiguresAreStatedWithTheirQuote() {
        List<GrowthRate> b = Growth.bookFigures();
        assertEquals(6, b.size());
        assertEquals(46, b.get(0).ratePct());
        assertEquals(7.8, b.get(2).ratePct());
        assertEquals(4.7, b.get(5).ratePct());
        b.forEach(g -> assertEquals(GrowthRate.Basis.STATED, g.basis()));
        b.forEach(g -> assertEquals(7, g.years()));
        // 46% a year for 7 years is a 14-fold increase.
        assertEquals(14.1, b.get(0).multiple(), 0.05);
    }

    @Test
    void rejectsBadSeries() {
        assertThrows(IllegalArgumentException.class, () -> Growth.cagr(0, 10, 3));
        assertThrows(IllegalArgumentException.class, () -> Growth.cagr(10, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> Growth.cagr(10, 20, 0));
        assertThrows(IllegalArgumentException.class, () -> Growth.cagr("x", "China", Map.of(2020, 1.0)));
        assertThrows(IllegalArgumentException.class,
                () -> new GrowthRate("x", "China", 2023, 2016, 5, GrowthRate.Basis.STATED, "s"));
    }
}
