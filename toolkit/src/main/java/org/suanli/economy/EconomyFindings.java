package org.suanli.economy;

import java.util.Arrays;

import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.Weights;

/**
 * What the economy stage hands to the scorecard (attach it with
 * {@code ScorecardContext.with(EconomyFindings.class, findings)}). Any part may be null; the statements that need
 * it then come out "not evaluated" with the reason.
 *
 * @param gdp                     GDP on the index, for the book's year
 * @param digitalEconomy          the digital economy on the index, for the book's year
 * @param typology                the typology of the provinces
 * @param gdpPreviousYear         GDP on the previous year's index (for "weaker than 2022"), or null
 * @param digitalPreviousYear     the digital economy on the previous year's index, or null
 * @param slopeRelativeTolerance  how far a slope or ‰ figure may be from the book's and still "hold", as a
 *                                fraction (0.10 = ±10%)
 */
public record EconomyFindings(EconomyRegressionResult gdp, EconomyRegressionResult digitalEconomy, TypologyResult typology,
                              EconomyRegressionResult gdpPreviousYear, EconomyRegressionResult digitalPreviousYear,
                              double slopeRelativeTolerance) {
    /**
     * The default tolerance, ±10%. The book's "约574亿" and "约1220亿" are rounded to 2–3 significant figures (under
     * 1%), but our index is built from reconstructed indicators with published-method choices, so its scale differs
     * from CAICT's; ±10% asks for the same order and about the same size, not the same digits.
     */
    public static final double DEFAULT_TOLERANCE = 0.10;

    public EconomyFindings {
        if (!(slopeRelativeTolerance > 0) || !(slopeRelativeTolerance < 1)) {
            throw new IllegalArgumentException("the slope tolerance is a fraction in (0, 1), e.g. 0.10, got " + slopeRelativeTolerance);
        }
    }

    public static EconomyFindings of(EconomyRegressionResult gdp, EconomyRegressionResult digitalEconomy, TypologyResult typology) {
        return new EconomyFindings(gdp, digitalEconomy, typology, null, null, DEFAULT_TOLERANCE);
    }

    /**
     * The findings of notebooks/05-economy with its default choices, for a scorecard run outside the notebook
     * (e.g. {@code suanli scorecard}): the index of {@code indicators} on the standard framework with the
     * illustrative AHP weights and default choices; GDP pre-revision with the communiqué national total for 2023;
     * the reconstructed digital economy against the implied national total; the default typology rule with the
     * compute balance; and the 2022 GDP regression for "weaker than 2022".
     */
    public static EconomyFindings standard(IndicatorData indicators, IndicatorData economy) {
        return standard(IndexModel.of(indicators, Framework.standard())
                .withWeights(Weights.ahpStandard()).run(), indicators, economy);
    }

    /** The same findings on an index already computed (by the caller's own choices). */
    public static EconomyFindings standard(IndexResult index, IndicatorData indicators,
                                           IndicatorData economy) {
        String basis = "indicator data (" + indicators.observations().size() + " values), standard index model";
        IndexScores i23 = IndexScores.fromIndex(index, 2023, basis);
        EconomicVariable gdp23 = EconomyData.gdp(economy, GdpVintage.PRE_REVISION, 2023);
        EconomyRegressionResult gdp = EconomyRegression.run(i23, gdp23, NationalTotals.gdp2023Communique());
        EconomyRegressionResult de = EconomyRegression.run(i23, EconomyData.digitalEconomy(economy, 2023),
                NationalTotals.digitalEconomy2023Implied());
        TypologyResult typ = Typology.classify(i23, TypologyRule.standard(), EconomyData.computeSupply(indicators, 2023),
                gdp23.values());
        EconomyFindings f = of(gdp, de, typ);
        boolean has2022 = Arrays.stream(index.years()).anyMatch(y -> y == 2022);
        if (has2022) {
            IndexScores i22 = IndexScores.fromIndex(index, 2022, basis);
            f = f.withPreviousYear(EconomyRegression.run(i22, EconomyData.gdp(economy, GdpVintage.PRE_REVISION, 2022)), null);
        }
        return f;
    }

    public EconomyFindings withPreviousYear(EconomyRegressionResult gdpPrev, EconomyRegressionResult digitalPrev) {
        return new EconomyFindings(gdp, digitalEconomy, typology, gdpPrev, digitalPrev, slopeRelativeTolerance);
    }

    public EconomyFindings withTolerance(double t) {
        return new EconomyFindings(gdp, digitalEconomy, typology, gdpPreviousYear, digitalPreviousYear, t);
    }
}
