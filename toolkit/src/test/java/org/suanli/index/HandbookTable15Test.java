package org.suanli.index;

import org.suanli.data.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Golden test against a published worked table: OECD/EC-JRC (2008), <i>Handbook on Constructing Composite
 * Indicators: Methodology and User Guide</i>, OECD Publishing, Paris, ISBN 978-92-64-04345-9, Step 5
 * "Normalisation", Table 15 "Examples of normalisation techniques using TAI data", p. 87. The input is the
 * Technology Achievement Index indicator "mean years of school (age 15 and above)" for 23 countries; the table
 * prints each method's result to two decimals (percentiles to one), so we allow half a unit of the last digit.
 *
 * <p>What the table fixes that the Handbook's formulas leave open: the z-score divides by the sample SD (n − 1; the
 * population SD would give 1.56 for the United States, not 1.52); the rank gives the top country n and lets tied
 * countries share the smallest rank (Netherlands, UK and Ireland all 9); the percentile is rank / n × 100.
 */
class HandbookTable15Test {
    static final List<String> COUNTRIES = List.of("Finland", "United States", "Sweden", "Japan", "Korea, Rep.",
            "Netherlands", "UK", "Canada", "Australia", "Singapore", "Germany", "Norway", "Ireland", "Belgium",
            "New Zealand", "Austria", "France", "Israel", "Spain", "Italy", "Czech Rep.", "Hungary", "Slovenia");
    static final double[] SCHOOL = {10, 12, 11.4, 9.5, 10.8, 9.4, 9.4, 11.6, 10.9, 7.1, 10.2, 11.9, 9.4, 9.3, 11.7,
        8.4, 7.9, 9.6, 7.3, 7.2, 9.5, 9.1, 7.1};

    static final double[] RANK = {15, 23, 19, 12, 17, 9, 9, 20, 18, 1, 16, 22, 9, 8, 21, 6, 5, 14, 4, 3, 12, 7, 1};
    static final double[] Z = {0.26, 1.52, 1.14, -0.06, 0.76, -0.12, -0.12, 1.27, 0.83, -1.58, 0.38, 1.46, -0.12,
        -0.19, 1.33, -0.76, -1.08, 0.00, -1.46, -1.52, -0.06, -0.31, -1.58};
    static final double[] MIN_MAX = {0.59, 1.00, 0.88, 0.49, 0.76, 0.47, 0.47, 0.92, 0.78, 0.00, 0.63, 0.98, 0.47,
        0.45, 0.94, 0.27, 0.16, 0.51, 0.04, 0.02, 0.49, 0.41, 0.00};
    static final double[] RATIO_MEAN = {1.04, 1.25, 1.19, 0.99, 1.13, 0.98, 0.98, 1.21, 1.14, 0.74, 1.06, 1.24, 0.98,
        0.97, 1.22, 0.88, 0.82, 1.00, 0.76, 0.75, 0.99, 0.95, 0.74};
    static final double[] RATIO_BEST = {0.83, 1.00, 0.95, 0.79, 0.90, 0.78, 0.78, 0.97, 0.91, 0.59, 0.85, 0.99, 0.78,
        0.78, 0.98, 0.70, 0.66, 0.80, 0.61, 0.60, 0.79, 0.76, 0.59};
    static final double[] RATIO_WORST = {1.41, 1.69, 1.61, 1.34, 1.52, 1.32, 1.32, 1.63, 1.54, 1.00, 1.44, 1.68, 1.32,
        1.31, 1.65, 1.18, 1.11, 1.35, 1.03, 1.01, 1.34, 1.28, 1.00};
    static final double[] DIFF_MEAN = {0.04, 0.25, 0.19, -0.01, 0.13, -0.02, -0.02, 0.21, 0.14, -0.26, 0.06, 0.24,
        -0.02, -0.03, 0.22, -0.12, -0.18, 0.00, -0.24, -0.25, -0.01, -0.05, -0.26};
    static final double[] DIFF_WORST = {0.41, 0.69, 0.61, 0.34, 0.52, 0.32, 0.32, 0.63, 0.54, 0.00, 0.44, 0.68, 0.32,
        0.31, 0.65, 0.18, 0.11, 0.35, 0.03, 0.01, 0.34, 0.28, 0.00};
    static final double[] PERCENTILE = {65.2, 100, 82.6, 52.2, 73.9, 39.1, 39.1, 87.0, 78.3, 4.3, 69.6, 95.7, 39.1,
        34.8, 91.3, 26.1, 21.7, 60.9, 17.4, 13.0, 52.2, 30.4, 4.3};

    private static double[] run(Standardiser s) {
        Standardiser.Fitted f = s.fit(SCHOOL, COUNTRIES, Direction.POSITIVE);
        double[] out = new double[SCHOOL.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.apply(SCHOOL[i]);
        }
        return out;
    }

    private static void assertColumn(String column, double[] expected, double[] actual, double scale, double halfUnit) {
        assertEquals(23, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i] / scale, halfUnit + 1e-9,
                    () -> "Table 15 column '" + column + "'");
        }
    }

    @Test
    void rankTopCountryGetsNAndTiesShareTheSmallestRank() {
        assertColumn("rank", RANK, run(Standardiser.rank(TieRule.MIN)), 1, 0);
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        assertColumn("z-score", Z, run(Standardiser.zScore(SdKind.SAMPLE)), 1, 0.005);
    }

    @Test
    void populationSdWouldNotReproduceTheTable() {
        double us = run(Standardiser.zScore(SdKind.POPULATION))[1];
        assertEquals(1.56, us, 0.005); // the table prints 1.52, so the Handbook used n − 1
    }

    @Test
    void minMax() {
        assertColumn("min-max", MIN_MAX, run(Standardiser.minMax()), 100, 0.005);
    }

    @Test
    void distanceToReferenceRatios() {
        assertColumn("ratio c=mean", RATIO_MEAN, run(Standardiser.ratioToMean()), 100, 0.005);
        assertColumn("ratio c=best", RATIO_BEST, run(Standardiser.ratioToMax()), 100, 0.005);
        assertColumn("ratio c=best", RATIO_BEST, run(Standardiser.ratioToLeader()), 100, 0.005);
        assertColumn("ratio c=worst", RATIO_WORST,
                run(new Standardiser.DistanceToReference(new Standardiser.Reference.Worst(), false)), 100, 0.005);
        // a named reference country: Singapore holds the worst value, so "ratio to Singapore" is the same column
        assertColumn("ratio c=worst (Singapore)", RATIO_WORST, run(Standardiser.ratioToProvince("Singapore")), 100, 0.005);
    }

    @Test
    void distanceToReferenceDifferences() {
        assertColumn("difference c=mean", DIFF_MEAN,
                run(new Standardiser.DistanceToReference(new Standardiser.Reference.Mean(), true)), 100, 0.005);
        assertColumn("difference c=worst", DIFF_WORST,
                run(new Standardiser.DistanceToReference(new Standardiser.Reference.Worst(), true)), 100, 0.005);
    }

    @Test
    void percentileIsRankOverN() {
        assertColumn("percentile", PERCENTILE, run(Standardiser.percentile(TieRule.MIN)), 1, 0.05);
    }
}
