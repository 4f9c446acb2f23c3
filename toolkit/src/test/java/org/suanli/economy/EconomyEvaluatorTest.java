package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;

class EconomyEvaluatorTest {

    static final String[] P = {"北京", "上海", "江苏", "广东", "河南", "西藏"};
    static final double[] X = {50, 40, 45, 60, 20, 5};

    /** y = 1000 + slope·x + small alternating noise, so the OLS slope is close to but not exactly `slope`. */
    static EconomyRegressionResult fit(double slope, double permille, boolean reconstructed, int year) {
        Map<String, Double> idx = new LinkedHashMap<>();
        Map<String, Double> v = new LinkedHashMap<>();
        for (int i = 0; i < P.length; i++) {
            idx.put(P[i], X[i]);
            v.put(P[i], 1000 + slope * X[i] + (i % 2 == 0 ? 50 : -50));
        }
        EconomicVariable var = new EconomicVariable("gdp", "GDP", "GDP", "亿元", year, v,
                reconstructed ? List.of(P) : List.of(), "hand");
        return EconomyRegression.run(IndexScores.composite("hand", year, idx), var,
                new NationalTotal(slope / (permille / 1000), "hand", NationalTotal.Kind.OFFICIAL));
    }

    static Scorecard card(EconomyFindings f) {
        return Scorecard.evaluate(Statements.standard(), ScorecardContext.of(EconomyFindings.class, f), List.of(new EconomyEvaluator()));
    }

    @Test
    void slopesHoldWithinTheToleranceAndFailOutsideIt() {
        EconomyRegressionResult gdp = fit(1220, 0.97, false, 2023);
        assertTrue(Math.abs(gdp.slopePerPoint() - 1220) < 20, "" + gdp.slopePerPoint());
        EconomyRegressionResult de = fit(400, 0.80, true, 2023);
        Scorecard c = card(EconomyFindings.of(gdp, de, null));
        ScorecardEntry g = c.entry("econ.slope_gdp").orElseThrow();
        assertEquals(Status.HOLDS, g.status(), g.note());
        assertTrue(g.note().contains("inside our 95% CI"), g.note());
        ScorecardEntry d = c.entry("econ.slope_digital").orElseThrow();
        assertEquals(Status.FAILS, d.status());
        assertTrue(d.note().startsWith("RECONSTRUCTED digital economy: 6 of 6"), d.note());
        assertTrue(d.note().contains("slope off by -30."), d.note());
        assertEquals(Status.HOLDS, c.entry("econ.positive").orElseThrow().status());
        // A tighter tolerance turns the GDP slope into a failure when it is 1% off.
        EconomyRegressionResult off = fit(1220 * 1.03, 0.97 * 1.03, false, 2023);
        assertEquals(Status.FAILS, card(EconomyFindings.of(off, null, null).withTolerance(0.01)).entry("econ.slope_gdp").orElseThrow().status());
        assertEquals(Status.HOLDS, card(EconomyFindings.of(off, null, null)).entry("econ.slope_gdp").orElseThrow().status());
    }

    @Test
    void weakerThan2022NeedsBothYears() {
        EconomyRegressionResult y23 = fit(1220, 0.97, false, 2023);
        Scorecard c = card(EconomyFindings.of(y23, null, null));
        assertEquals(Status.NOT_EVALUATED, c.entry("econ.weaker_than_2022").orElseThrow().status());
        c = card(EconomyFindings.of(y23, null, null).withPreviousYear(fit(1500, 1.2, false, 2022), null));
        assertEquals(Status.HOLDS, c.entry("econ.weaker_than_2022").orElseThrow().status());
        c = card(EconomyFindings.of(y23, null, null).withPreviousYear(fit(1000, 0.9, false, 2022), null));
        assertEquals(Status.FAILS, c.entry("econ.weaker_than_2022").orElseThrow().status());
    }

    @Test
    void typologyMembership() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("北京", TypologyTest.scores(100, 60, 70, 10));
        m.put("上海", TypologyTest.scores(90, 50, 60, 20));
        m.put("河南", TypologyTest.scores(10, 5, 30, 90));
        m.put("广东", TypologyTest.scores(60, 55, 50, 70));
        TypologyResult t = Typology.classify(new IndexScores("hand", 2023, m), TypologyRule.standard());
        Scorecard c = card(EconomyFindings.of(null, null, t));
        assertEquals(Status.HOLDS, c.entry("typology.supply").orElseThrow().status());
        // 江苏 and others are not in this hand index: not evaluated rather than failed.
        assertEquals(Status.NOT_EVALUATED, c.entry("typology.demand").orElseThrow().status());
        ScorecardEntry coord = c.entry("typology.coordinated").orElseThrow();
        assertTrue(coord.status() != Status.HOLDS);
    }

    @Test
    void withoutFindingsEverythingIsNotEvaluatedAndTheEvaluatorIsDiscovered() {
        Scorecard c = Scorecard.evaluate(Statements.standard(), ScorecardContext.empty());
        for (String id : List.of("econ.slope_gdp", "econ.slope_digital", "typology.supply")) {
            ScorecardEntry e = c.entry(id).orElseThrow();
            assertEquals(Status.NOT_EVALUATED, e.status());
            assertTrue(e.note().contains("EconomyFindings"), e.note());
        }
        assertTrue(Scorecard.discoverEvaluators().stream().anyMatch(e -> e instanceof EconomyEvaluator));
    }

    /** The notebook's defaults on the shipped data: every economy statement gets a verdict (holds or fails). */
    @Test
    void standardFindingsOnTheShippedDataEvaluateEveryEconomyStatement() {
        EconomyFindings f = EconomyFindings.standard(DataFiles.indicators(), DataFiles.economy());
        assertTrue(f.gdp().slopePerPoint() > 0);
        assertTrue(!f.gdp().isReconstructed());
        assertTrue(f.digitalEconomy().isReconstructed());
        assertEquals(31, f.typology().assignments().size());
        assertEquals(1_260_582, f.gdp().nationalTotal().value());
        Scorecard c = card(f);
        for (String id : List.of("econ.slope_gdp", "econ.slope_digital", "econ.positive", "econ.weaker_than_2022",
                "typology.supply", "typology.demand", "typology.coordinated")) {
            assertTrue(c.entry(id).orElseThrow().status() != Status.NOT_EVALUATED, id);
        }
    }
}
