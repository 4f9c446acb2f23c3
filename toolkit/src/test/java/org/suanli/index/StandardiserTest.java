package org.suanli.index;

import org.suanli.data.Direction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

/** Every method on {1, 3, 3, 5} (provinces A–D), with the expected values worked out by hand in the comments. */
class StandardiserTest {
    static final double[] X = {1, 3, 3, 5};
    static final List<String> P = List.of("A", "B", "C", "D");
    static final double EPS = 1e-9;

    static double[] run(Standardiser s, Direction d) {
        Standardiser.Fitted f = s.fit(X, P, d);
        double[] out = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            out[i] = f.apply(X[i]);
        }
        return out;
    }

    static double[] run(Standardiser s) {
        return run(s, Direction.POSITIVE);
    }

    @Test
    void minMax() {
        // (x − 1) / (5 − 1) × 100
        assertArrayEquals(new double[] {0, 50, 50, 100}, run(Standardiser.minMax()), EPS);
        assertArrayEquals(new double[] {100, 50, 50, 0}, run(Standardiser.minMax(), Direction.NEGATIVE), EPS);
        assertArrayEquals(new double[] {1, 5.5, 5.5, 10}, run(new Standardiser.MinMax(1, 10)), EPS);
    }

    @Test
    void ratios() {
        // x / 5 × 100 and x / mean(3) × 100
        assertArrayEquals(new double[] {20, 60, 60, 100}, run(Standardiser.ratioToMax()), EPS);
        assertArrayEquals(new double[] {100 / 3.0, 100, 100, 500 / 3.0}, run(Standardiser.ratioToMean()), EPS);
        // negative indicator: the best is the smallest (1), scored 1 / x × 100
        assertArrayEquals(new double[] {100, 100 / 3.0, 100 / 3.0, 20}, run(Standardiser.ratioToMax(), Direction.NEGATIVE), EPS);
        // province B (3) as the reference
        assertArrayEquals(new double[] {100 / 3.0, 100, 100, 500 / 3.0}, run(Standardiser.ratioToProvince("B")), EPS);
        // relative difference to the worst (1): (x − 1) / 1 × 100
        assertArrayEquals(new double[] {0, 200, 200, 400},
                run(new Standardiser.DistanceToReference(new Standardiser.Reference.Worst(), true)), EPS);
    }

    @Test
    void zAndTScores() {
        // mean 3; squares 4+0+0+4 = 8; sample SD √(8/3) = 1.632993; population SD √2
        double s = Math.sqrt(8 / 3.0);
        assertArrayEquals(new double[] {-2 / s, 0, 0, 2 / s}, run(Standardiser.zScore(SdKind.SAMPLE)), EPS);
        assertArrayEquals(new double[] {-Math.sqrt(2), 0, 0, Math.sqrt(2)}, run(Standardiser.zScore(SdKind.POPULATION)), EPS);
        assertArrayEquals(new double[] {50 - 20 / s, 50, 50, 50 + 20 / s}, run(Standardiser.tScore(SdKind.SAMPLE)), EPS);
        assertArrayEquals(new double[] {2 / s, 0, 0, -2 / s}, run(Standardiser.zScore(SdKind.SAMPLE), Direction.NEGATIVE), EPS);
        assertEquals(37.75255, run(Standardiser.tScore(SdKind.SAMPLE))[0], 1e-5);
    }

    @Test
    void ranksUnderEachTieRule() {
        assertArrayEquals(new double[] {1, 2, 2, 4}, run(Standardiser.rank(TieRule.MIN)), EPS);
        assertArrayEquals(new double[] {1, 3, 3, 4}, run(Standardiser.rank(TieRule.MAX)), EPS);
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, run(Standardiser.rank(TieRule.AVERAGE)), EPS);
        assertArrayEquals(new double[] {1, 2, 2, 3}, run(Standardiser.rank(TieRule.DENSE)), EPS);
        assertArrayEquals(new double[] {4, 2, 2, 1}, run(Standardiser.rank(TieRule.MIN), Direction.NEGATIVE), EPS);
        // league-table ranks (1 = highest)
        assertArrayEquals(new double[] {4, 2, 2, 1}, Ranks.rank(X, TieRule.MIN, true), EPS);
        assertArrayEquals(new double[] {4, 3, 3, 1}, Ranks.rank(X, TieRule.MAX, true), EPS);
    }

    @Test
    void percentiles() {
        assertArrayEquals(new double[] {25, 50, 50, 100}, run(Standardiser.percentile(TieRule.MIN)), EPS);
        assertArrayEquals(new double[] {25, 62.5, 62.5, 100}, run(Standardiser.percentile(TieRule.AVERAGE)), EPS);
    }

    @Test
    void anchoredRankPlacesANewValueInTheBaseDistribution() {
        Standardiser.Fitted f = Standardiser.percentile(TieRule.MIN).fit(X, P, Direction.POSITIVE);
        // 4 lies above 1, 3, 3: inserted it would be 4th of the 4 base values → 4/4 × 100
        assertEquals(100, f.apply(4), EPS);
        // 6 lies above all four base values: 5th → 125, so anchored percentiles can exceed 100, like anchored indices
        assertEquals(125, f.apply(6), EPS);
        // 0 lies below all: 1st → 25
        assertEquals(25, f.apply(0), EPS);
    }

    @Test
    void logAndWinsorisation() {
        DoubleColumn c = DoubleColumn.create("x", X);
        DoubleColumn l = Standardise.log(c, LogTransform.natural());
        assertEquals(Math.log(5), l.getDouble(3), EPS);
        assertEquals(Math.log(1), Standardise.log(DoubleColumn.create("z", new double[] {0}), LogTransform.plusOne()).getDouble(0), EPS);
        StandardisationException e = assertThrows(StandardisationException.class,
                () -> Standardise.log(DoubleColumn.create("cases", new double[] {2, 0}), LogTransform.natural()));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("plusOne"), e.getMessage());

        // type-7 P75 of {1,3,3,5}: h = 3 × 0.75 = 2.25 → 3 + 0.25 × (5 − 3) = 3.5
        Standardise.Winsorised w = Standardise.winsorise(c, StringColumn.create("p", P), Winsorisation.upper(75));
        assertEquals(3.5, w.upper(), EPS);
        assertArrayEquals(new double[] {1, 3, 3, 3.5}, w.column().asDoubleArray(), EPS);
        assertEquals(1, w.capped().size());
        assertEquals("D", w.capped().get(0).province());
        assertEquals(5, w.capped().get(0).original(), EPS);
    }

    @Test
    void columnFunctionsNameTheirOutputAndRefuseGaps() {
        DoubleColumn c = DoubleColumn.create("servers", X);
        DoubleColumn m = Standardise.minMax(c);
        assertEquals("servers · min-max 0–100", m.name());
        assertArrayEquals(new double[] {0, 50, 50, 100}, m.asDoubleArray(), EPS);
        assertArrayEquals(new double[] {100 / 3.0, 100, 100, 500 / 3.0},
                Standardise.ratioToProvince(c, StringColumn.create("province", P), "B").asDoubleArray(), EPS);
        DoubleColumn gap = DoubleColumn.create("servers", new double[] {1, Double.NaN, 3});
        StandardisationException e = assertThrows(StandardisationException.class,
                () -> Standardise.zScore(gap, SdKind.SAMPLE));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("never read as 0"), e.getMessage());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        double[] flat = {2, 2, 2};
        assertThrows(StandardisationException.class, () -> Standardiser.minMax().fit(flat, null, Direction.POSITIVE));
        assertThrows(StandardisationException.class, () -> Standardiser.zScore(SdKind.SAMPLE).fit(flat, null, Direction.POSITIVE));
        assertThrows(StandardisationException.class, () -> Standardiser.ratioToMax().fit(new double[] {0, 0}, null, Direction.POSITIVE));
        assertThrows(StandardisationException.class, () -> Standardiser.minMax().fit(new double[0], null, Direction.POSITIVE));
        StandardisationException e = assertThrows(StandardisationException.class,
                () -> Standardiser.ratioToProvince("西藏").fit(X, P, Direction.POSITIVE));
        assertTrue(e.getMessage().contains("西藏"), e.getMessage());
        assertThrows(StandardisationException.class,
                () -> Standardiser.zScore(SdKind.SAMPLE).fit(new double[] {1, Double.NaN}, null, Direction.POSITIVE));
        assertThrows(IllegalArgumentException.class, () -> new Winsorisation(90, 10));
        assertThrows(IllegalArgumentException.class, () -> new LogTransform(-1));
    }
}
