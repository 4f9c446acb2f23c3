package org.suanli.economy;

import java.util.Locale;

/**
 * How the GDP slope per index point moves from one year to the next, and the arithmetic behind it: if every index
 * is multiplied by m and every GDP by g, the slope is multiplied by g / m.
 *
 * @param index     the index it was computed on (its standardisation and reference)
 * @param fromYear  the earlier year
 * @param toYear    the later year
 * @param slopeFrom the slope of the earlier year (亿元 per point)
 * @param slopeTo   the slope of the later year
 * @param m         the mean provincial index of the later year over that of the earlier year
 * @param g         the sum of provincial GDP of the later year over that of the earlier year
 */
public record SlopeChange(String index, int fromYear, int toYear, double slopeFrom, double slopeTo, double m, double g) {

    /** The later slope over the earlier one: below 1 when the GDP per point shrank. */
    public double ratio() {
        return slopeTo / slopeFrom;
    }

    /** g / m: what the slope ratio would be if the index and GDP had each grown uniformly. */
    public double gOverM() {
        return g / m;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: slope %d %,.0f → %d %,.0f 亿元 per point (ratio %.3f); mean index ×%.3f (m), "
                + "GDP ×%.3f (g), g/m = %.3f", index, fromYear, slopeFrom, toYear, slopeTo, ratio(), m, g, gOverM());
    }
}
