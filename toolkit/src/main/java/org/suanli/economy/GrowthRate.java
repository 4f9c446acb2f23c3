package org.suanli.economy;

import java.util.Locale;

/**
 * An average annual growth rate of one series over a period, computed or stated.
 *
 * @param series    what grew, e.g. "compute", "digital economy", "GDP"
 * @param region    "China" or "World"
 * @param fromYear  first year of the period
 * @param toYear    last year of the period
 * @param ratePct   compound annual growth rate, in %
 * @param basis     STATED (from the blue book) or COMPUTED (from a series)
 * @param source    the quote and section for stated figures, the series for computed ones
 */
public record GrowthRate(String series, String region, int fromYear, int toYear, double ratePct, Basis basis, String source) {
    public enum Basis { STATED, COMPUTED }

    public GrowthRate {
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("growth period must end after it starts: " + fromYear + "–" + toYear);
        }
        if (!Double.isFinite(ratePct) || ratePct <= -100) {
            throw new IllegalArgumentException("a growth rate must be a number above −100%, got " + ratePct);
        }
    }

    /** Number of annual steps in the period, e.g. 7 for 2016–2023. */
    public int years() {
        return toYear - fromYear;
    }

    /** The growth multiple over the whole period, (1 + r)^years: 46%/yr over 2016–2023 is about 14×. */
    public double multiple() {
        return Math.pow(1 + ratePct / 100, years());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %d–%d: %.1f%%/yr (×%.2f over %d years, %s)", region, series, fromYear, toYear,
                ratePct, multiple(), years(), basis);
    }
}
