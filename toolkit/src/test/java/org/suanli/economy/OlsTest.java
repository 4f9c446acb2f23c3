package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class OlsTest {

    /*
     * NIST/ITL Statistical Reference Datasets, linear least squares, "Norris" (Norris, J., NIST, Calibration of Ozone
     * Monitors; 36 observations, lower difficulty), https://www.itl.nist.gov/div898/strd/lls/data/LINKS/DATA/Norris.dat
     * Certified values: B0 = -0.262323073774029 (sd 0.232818234301152), B1 = 1.00211681802045
     * (sd 0.429796848199937E-03), residual SD 0.884796396144373, R² 0.999993745883712, SSR 4255954.13232369,
     * SSE 26.6173985294224, F 5436385.54079785.
     */
    static final double[] NORRIS_X = {0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4,
            0.6, 775.5, 666.9, 338.0, 447.5, 11.6, 556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2,
            999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5};
    static final double[] NORRIS_Y = {0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3,
            0.1, 778.1, 668.8, 339.3, 448.9, 10.8, 557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0,
            998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2};

    @Test
    void reproducesNistNorrisCertifiedValues() {
        OlsResult r = Ols.fit(null, NORRIS_X, NORRIS_Y);
        assertEquals(36, r.n());
        assertEquals(-0.262323073774029, r.intercept(), 1e-12);
        assertEquals(1.00211681802045, r.slope(), 1e-13);
        assertEquals(0.232818234301152, r.interceptStdErr(), 1e-12);
        assertEquals(0.429796848199937E-03, r.slopeStdErr(), 1e-15);
        assertEquals(0.884796396144373, r.residualStdErr(), 1e-12);
        assertEquals(0.999993745883712, r.rSquared(), 1e-13);
        assertEquals(26.6173985294224, r.sse(), 1e-9);
        assertEquals(4255954.13232369, r.ssr(), 1e-5);
        assertEquals(5436385.54079785, r.fStatistic(), 1e-2);
    }

    @Test
    void confidenceIntervalIsEstimatePlusMinusTTimesStandardError() {
        OlsResult r = Ols.fit(null, NORRIS_X, NORRIS_Y);
        // t(0.975, 34) = 2.032 in any t table; the interval is b ± t·SE with NIST's certified SE.
        double half = r.slopeCi().upper() - r.slope();
        assertEquals(2.032 * 0.429796848199937E-03, half, 2e-7);
        assertEquals(half, r.slope() - r.slopeCi().lower(), 1e-15);
        assertTrue(r.slopeCi().contains(1.00211681802045));
        // At x̄ the mean-response half width is t·s/√n.
        Interval band = r.meanResponseBand(r.meanX());
        assertEquals(2.032 * 0.884796396144373 / 6.0, band.width() / 2, 5e-4);
    }

    @Test
    void hatValuesSumToTheNumberOfParameters() {
        OlsResult r = Ols.fit(null, NORRIS_X, NORRIS_Y);
        double sum = r.observations().stream().mapToDouble(RegressionPoint::leverage).sum();
        assertEquals(2.0, sum, 1e-12);
    }

    /**
     * Cook's distance by its definition (Cook 1977, Technometrics 19:15-18): the squared change of all fitted values
     * when row i is left out, over p·s². Refit n times and compare with the closed form used by {@link Ols}.
     */
    @Test
    void cooksDistanceMatchesLeaveOneOutRefits() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 30};
        double[] y = {2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0, 45.0};
        OlsResult full = Ols.fit(null, x, y);
        double s2 = full.residualStdErr() * full.residualStdErr();
        for (int i = 0; i < x.length; i++) {
            double[] xi = drop(x, i);
            double[] yi = drop(y, i);
            OlsResult loo = Ols.fit(null, xi, yi);
            double sum = 0;
            for (double xv : x) {
                double d = full.predict(xv) - loo.predict(xv);
                sum += d * d;
            }
            double expected = sum / (2 * s2);
            assertEquals(expected, full.observations().get(i).cooksDistance(), 1e-9 * Math.max(1, expected), "row " + i);
        }
        // The far point x = 30 has by far the highest leverage and is flagged.
        RegressionPoint far = full.observations().get(9);
        assertTrue(far.leverage() > 0.8);
        assertTrue(full.influential().stream().anyMatch(o -> o.label().equals("10")));
    }

    @Test
    void externallyStudentizedResidualMatchesLeaveOneOutVariance() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {1.2, 1.9, 3.3, 3.8, 5.4, 5.9, 7.2, 11.0};
        OlsResult full = Ols.fit(null, x, y);
        int i = 7;
        OlsResult loo = Ols.fit(null, drop(x, i), drop(y, i));
        RegressionPoint o = full.observations().get(i);
        double expected = o.residual() / (loo.residualStdErr() * Math.sqrt(1 - o.leverage()));
        assertEquals(expected, o.externallyStudentized(), 1e-10);
    }

    @Test
    void spearmanAndPearsonOnHandExample() {
        // Hand computation: d = (-1, 1, -1, 1, 0), Σd² = 4, ρ = 1 − 6·4/(5·(25−1)) = 0.8.
        Correlations c = Correlations.of(new double[]{1, 2, 3, 4, 5}, new double[]{2, 1, 4, 3, 5});
        assertEquals(0.8, c.spearman(), 1e-12);
        // Pearson on the same numbers: Sxy = 8, Sxx = Syy = 10, r = 0.8.
        assertEquals(0.8, c.pearson(), 1e-12);
        // t = 0.8·√(3/0.36) = 2.3094; two-sided p with 3 df = 0.1041 (t table: p between 0.10 and 0.20).
        assertEquals(0.1041, c.pearsonPValue(), 1e-3);
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        // x ranks (1, 2.5, 2.5, 4), y ranks (1, 2, 3, 4): Pearson of the ranks.
        Correlations c = Correlations.of(new double[]{10, 20, 20, 40}, new double[]{1, 2, 3, 4});
        double expected = 4.5 / Math.sqrt(4.5 * 5.0);
        assertEquals(expected, c.spearman(), 1e-12);
    }

    @Test
    void rejectsBadInputWithAUsefulMessage() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> Ols.fit(List.of("北京", "天津", "河北"), new double[]{1, 2, 3}, new double[]{1, Double.NaN, 3}));
        assertTrue(ex.getMessage().contains("天津"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> Ols.fit(null, new double[]{1, 2}, new double[]{1, 2}));
        assertTrue(ex.getMessage().contains("at least 3"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> Ols.fit(null, new double[]{1, 2, 3}, new double[]{1, 2}));
        assertTrue(ex.getMessage().contains("3 values but y has 2"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> Ols.fit(null, new double[]{5, 5, 5}, new double[]{1, 2, 3}));
        assertTrue(ex.getMessage().contains("slope is undefined"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class,
                () -> Ols.fit(List.of("北京", "北京", "河北"), new double[]{1, 2, 3}, new double[]{1, 2, 3}));
        assertTrue(ex.getMessage().contains("twice"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> Ols.fit(null, NORRIS_X, NORRIS_Y, 95));
        assertTrue(ex.getMessage().contains("between 0 and 1"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Correlations.of(new double[]{1, 1, 1}, new double[]{1, 2, 3}));
    }

    static double[] drop(double[] a, int i) {
        List<Double> l = new ArrayList<>();
        for (int k = 0; k < a.length; k++) {
            if (k != i) {
                l.add(a[k]);
            }
        }
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void dropHelperWorks() {
        assertEquals("[1.0, 3.0]", Arrays.toString(drop(new double[]{1, 2, 3}, 1)));
    }
}
