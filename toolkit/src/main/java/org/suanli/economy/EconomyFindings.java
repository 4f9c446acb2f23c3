package org.suanli.economy;

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

    public EconomyFindings withPreviousYear(EconomyRegressionResult gdpPrev, EconomyRegressionResult digitalPrev) {
        return new EconomyFindings(gdp, digitalEconomy, typology, gdpPrev, digitalPrev, slopeRelativeTolerance);
    }

    public EconomyFindings withTolerance(double t) {
        return new EconomyFindings(gdp, digitalEconomy, typology, gdpPreviousYear, digitalPreviousYear, t);
    }
}
