package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TypologyTest {

    /** Five hand-made provinces: A strong supply, B strong demand, C both high, D both low, E middling. */
    static IndexScores hand() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("A", scores(90, 80, 70, 40));
        m.put("B", scores(10, 20, 30, 95));
        m.put("C", scores(70, 90, 90, 90));
        m.put("D", scores(20, 10, 10, 10));
        m.put("E", scores(50, 50, 50, 50));
        return new IndexScores("hand data", 2023, m);
    }

    static Map<String, Double> scores(double scale, double industry, double env, double app) {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("index", (scale + industry + env + app) / 4);
        s.put("scale", scale);
        s.put("industry", industry);
        s.put("technology", 50.0);
        s.put("environment", env);
        s.put("application", app);
        return s;
    }

    @Test
    void percentileRanksRunFromZeroToOneWithAveragedTies() {
        double[] p = Typology.percentiles(new double[]{5, 1, 3, 3, 9});
        assertEquals(0.75, p[0], 1e-12);
        assertEquals(0.0, p[1], 1e-12);
        assertEquals(0.375, p[2], 1e-12); // ranks 2 and 3 averaged: 2.5 → (2.5 − 1)/4
        assertEquals(0.375, p[3], 1e-12);
        assertEquals(1.0, p[4], 1e-12);
    }

    @Test
    void subIndexRuleByHand() {
        TypologyResult r = Typology.classify(hand(), TypologyRule.standard());
        TypologyAssignment a = r.assignments().get(0);
        // A: percentiles scale 1.0, industry 0.75, environment 0.75 → S = 0.4·1 + 0.4·0.75 + 0.2·0.75 = 0.85;
        // application 40 is 2nd lowest → D = 0.25. Score (λ ignored without compute data) = 0.60 > 0.15.
        assertEquals(0.85, a.supplyLevel(), 1e-12);
        assertEquals(0.25, a.demandLevel(), 1e-12);
        assertEquals(0.60, a.score(), 1e-12);
        assertEquals(ProvinceType.SUPPLY_DRIVEN, a.type());
        assertEquals(ProvinceType.DEMAND_PULL, r.typeOf("B"));
        // C: S = 0.4·0.75 + 0.4·1 + 0.2·1 = 0.90, D = 0.75 → +0.15 (the boundary case is tested with other θ below).
        assertEquals(0.15, r.assignments().get(2).score(), 1e-12);
        assertEquals(ProvinceType.COORDINATED, r.typeOf("C")); // exactly at θ is not above it
        // D: S = 0.4·0.25 + 0.4·0 + 0.2·0 = 0.10, D = 0 → 0.10: coordinated (balanced, both low).
        assertEquals(ProvinceType.COORDINATED, r.typeOf("D"));
        assertEquals(ProvinceType.COORDINATED, r.typeOf("E"));
        assertEquals(List.of("A"), r.provincesOf(ProvinceType.SUPPLY_DRIVEN));
    }

    @Test
    void thresholdMovesTheBoundary() {
        TypologyResult r = Typology.classify(hand(), TypologyRule.standard().withThreshold(0.10));
        assertEquals(ProvinceType.SUPPLY_DRIVEN, r.typeOf("C"));
        r = Typology.classify(hand(), TypologyRule.standard().withThreshold(0.20));
        assertEquals(ProvinceType.COORDINATED, r.typeOf("C"));
        r = Typology.classify(hand(), TypologyRule.standard().withThreshold(0.65));
        assertEquals(ProvinceType.COORDINATED, r.typeOf("A"));
    }

    @Test
    void computeBalanceEntersWithWeightLambda() {
        // E holds half of all compute but a fifth of the economy: it exports compute.
        Map<String, Double> compute = Map.of("A", 10.0, "B", 5.0, "C", 20.0, "D", 15.0, "E", 50.0);
        Map<String, Double> gdp = Map.of("A", 20.0, "B", 20.0, "C", 20.0, "D", 20.0, "E", 20.0);
        TypologyResult r = Typology.classify(hand(), TypologyRule.standard(), compute, gdp);
        TypologyAssignment e = r.assignments().get(4);
        assertEquals(2.5, e.computeRatio(), 1e-12);
        assertEquals(1.0, e.computeBalance(), 1e-12); // highest ratio → percentile 1 → C = +1
        // S − D for E is 0 (all its ranks are the middle one); score = 0.5·0 + 0.5·1 = 0.5.
        assertEquals(0.5, e.score(), 1e-12);
        assertEquals(ProvinceType.SUPPLY_DRIVEN, e.type());
        // B has the lowest compute ratio (C = −1) and a large demand gap: demand-pull.
        assertEquals(ProvinceType.DEMAND_PULL, r.typeOf("B"));
        assertTrue(e.explain(r.rule()).contains("compute share / economy share = 2.50"), e.explain(r.rule()));
    }

    @Test
    void comparisonWithTheBookCountsAgreements() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("北京", scores(100, 60, 70, 55));
        m.put("河南", scores(10, 5, 30, 90));
        m.put("广东", scores(80, 96, 80, 80));
        TypologyResult r = Typology.classify(new IndexScores("hand", 2023, m), TypologyRule.standard());
        List<TypologyResult.Comparison> c = r.compareWithBook();
        assertEquals(3, c.size());
        assertEquals(ProvinceType.SUPPLY_DRIVEN, c.get(0).rule());
        assertTrue(c.get(0).agrees());
        assertEquals("河南", c.get(1).province());
        assertEquals(ProvinceType.DEMAND_PULL, c.get(1).rule());
        assertEquals(ProvinceType.COORDINATED, c.get(2).book());
        assertEquals(r.agreements(), c.stream().filter(TypologyResult.Comparison::agrees).count());
        assertEquals(12, Typology.BOOK.size());
    }

    @Test
    void rejectsBadRulesAndData() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> new TypologyRule(Map.of("scael", 1.0), Map.of("application", 1.0), 0.5, 0.15));
        assertTrue(ex.getMessage().contains("unknown sub-index 'scael'"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TypologyRule(Map.of("scale", -1.0), Map.of("application", 1.0), 0.5, 0.15));
        assertThrows(IllegalArgumentException.class, () -> new TypologyRule(Map.of("scale", 0.0), Map.of("application", 1.0), 0.5, 0.15));
        assertThrows(IllegalArgumentException.class, () -> TypologyRule.standard().withThreshold(0));
        assertThrows(IllegalArgumentException.class, () -> TypologyRule.standard().withComputeBalanceWeight(1.5));
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("A", Map.of("index", 1.0, "scale", 1.0));
        m.put("B", Map.of("index", 2.0, "scale", 2.0));
        m.put("C", Map.of("index", 3.0, "scale", 3.0));
        ex = assertThrows(IllegalArgumentException.class, () -> Typology.classify(new IndexScores("x", 2023, m), TypologyRule.standard()));
        assertTrue(ex.getMessage().contains("'industry' is missing for A"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> Typology.classify(hand(), TypologyRule.standard(),
                Map.of("A", 1.0, "B", 1.0, "C", 1.0, "D", 1.0, "E", 0.0), Map.of("A", 1.0, "B", 1.0, "C", 1.0, "D", 1.0, "E", 1.0)));
        assertTrue(ex.getMessage().contains("E has compute 0.0"), ex.getMessage());
    }
}
