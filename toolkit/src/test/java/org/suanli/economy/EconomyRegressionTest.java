package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EconomyRegressionTest {

    static IndexScores index() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("北京", 50.0);
        m.put("上海", 40.0);
        m.put("广东", 60.0);
        m.put("河南", 20.0);
        m.put("西藏", 5.0);
        return IndexScores.composite("hand data", 2023, m);
    }

    static EconomicVariable gdp(List<String> reconstructed) {
        // y = 1000 + 2000·x exactly, except 河南 (+500) and 西藏 (−500)
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("北京", 101000.0);
        v.put("上海", 81000.0);
        v.put("广东", 121000.0);
        v.put("河南", 41500.0);
        v.put("西藏", 10500.0);
        return new EconomicVariable("gdp_test", "测试", "test GDP", "亿元", 2023, v, reconstructed, "hand data");
    }

    @Test
    void slopePerPointAndPermille() {
        EconomyRegressionResult r = EconomyRegression.run(index(), gdp(List.of()),
                new NationalTotal(1_000_000, "hand", NationalTotal.Kind.OFFICIAL));
        // By hand: x̄ = 35, ȳ = 71000; Sxx = 225+25+625+225+900 = 2000;
        // Sxy = 15·30000 + 5·10000 + 25·50000 + (−15)(−29500) + (−30)(−60500) = 4,007,500 → b = 2003.75.
        assertEquals(2003.75, r.slopePerPoint(), 1e-9);
        assertEquals(71000 - 2003.75 * 35, r.linear().intercept(), 1e-7);
        assertEquals(2.00375, r.slopePermille(), 1e-12);
        assertFalse(r.isReconstructed());
        assertFalse(r.summary().contains("RECONSTRUCTED"));
        assertEquals(5, r.table().rowCount());
        assertTrue(r.correlations().pearson() > 0.99);
        assertEquals(1.0, r.correlations().spearman(), 1e-12);
        assertTrue(r.logLog() != null && r.logLog().slope() > 0);
    }

    @Test
    void permilleAgainstTheSumOfProvincesByDefault() {
        EconomyRegressionResult r = EconomyRegression.run(index(), gdp(List.of()));
        assertEquals(2003.75 / 355000 * 1000, r.slopePermille(), 1e-12);
        assertEquals(NationalTotal.Kind.SUM_OF_PROVINCES, r.nationalTotal().kind());
    }

    @Test
    void reconstructedVariablesSaySoInTheOutput() {
        EconomyRegressionResult r = EconomyRegression.run(index(), gdp(List.of("河南", "西藏")));
        assertTrue(r.isReconstructed());
        assertTrue(r.summary().startsWith("*** RECONSTRUCTED: 2 of 5 values of gdp_test"), r.summary());
        assertEquals("reconstructed", r.table().stringColumn("provenance").get(3));
    }

    @Test
    void leaveOneOutSlopes() {
        EconomyRegressionResult r = EconomyRegression.run(index(), gdp(List.of()));
        Map<String, Double> loo = r.leaveOneOutSlopes();
        assertEquals(5, loo.size());
        // Without 河南 and 西藏 the other three lie exactly on y = 1000 + 2000x.
        double[] x = {50, 40, 60, 5};
        double[] y = {101000, 81000, 121000, 10500};
        assertEquals(Ols.fit(null, x, y).slope(), loo.get("河南"), 1e-9);
    }

    @Test
    void logLogLeavesOutNonPositiveValuesAndSaysSo() {
        Map<String, Double> m = new LinkedHashMap<>(Map.of("北京", 50.0, "上海", 40.0, "广东", 60.0, "河南", 20.0));
        m.put("西藏", 0.0);
        EconomyRegressionResult r = EconomyRegression.run(IndexScores.composite("min-max", 2023, m), gdp(List.of()));
        assertEquals(List.of("西藏"), r.droppedForLog());
        assertEquals(4, r.logLog().n());
        assertTrue(r.summary().contains("log-log fit leaves out 西藏"));
    }

    @Test
    void badInput() {
        Map<String, Double> v = new LinkedHashMap<>(Map.of("北京", 1.0, "上海", 2.0, "广东", 3.0));
        EconomicVariable partial = new EconomicVariable("gdp", "GDP", "GDP", "亿元", 2023, v, List.of(), "x");
        var ex = assertThrows(IllegalArgumentException.class, () -> EconomyRegression.run(index(), partial));
        assertTrue(ex.getMessage().contains("河南、西藏"), ex.getMessage());
        EconomicVariable wrongYear = new EconomicVariable("gdp", "GDP", "GDP", "亿元", 2022, gdp(List.of()).values(), List.of(), "x");
        ex = assertThrows(IllegalArgumentException.class, () -> EconomyRegression.run(index(), wrongYear));
        assertTrue(ex.getMessage().contains("2022"), ex.getMessage());
        Map<String, Double> nan = new LinkedHashMap<>(v);
        nan.put("河南", Double.NaN);
        ex = assertThrows(IllegalArgumentException.class, () -> new EconomicVariable("gdp", "GDP", "GDP", "亿元", 2023, nan, List.of(), "x"));
        assertTrue(ex.getMessage().contains("河南"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NationalTotal(0, "x", NationalTotal.Kind.OFFICIAL));
        assertThrows(IllegalArgumentException.class,
                () -> new EconomicVariable("gdp", "GDP", "GDP", "亿元", 2023, v, List.of("河南"), "x"));
    }
}
