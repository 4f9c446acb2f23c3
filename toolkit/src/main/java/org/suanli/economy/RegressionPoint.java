package org.suanli.economy;

/**
 * One observation of a simple regression with its influence diagnostics.
 *
 * <p>With only 31 provinces a single observation (Guangdong, Beijing) can move the slope a great deal, so each
 * row carries what a reviewer needs to judge that: the leverage {@code h} (how far its x lies from the others),
 * the studentized residuals and Cook's distance (how much all fitted values move when the row is left out).
 *
 * @param label       the province (or any label) of the row
 * @param x           the regressor (the index)
 * @param y           the response (GDP, digital economy…)
 * @param fitted      the fitted value {@code a + b·x}
 * @param residual    {@code y − fitted}
 * @param leverage    the hat value {@code h = 1/n + (x − x̄)²/Sxx}
 * @param studentized the internally studentized residual {@code e / (s·√(1 − h))}
 * @param externallyStudentized the residual studentized with the variance estimated without this row
 * @param cooksDistance {@code D = e²/(p·s²) · h/(1 − h)²}, p = 2
 */
public record RegressionPoint(String label, double x, double y, double fitted, double residual, double leverage,
                              double studentized, double externallyStudentized, double cooksDistance) {
}
