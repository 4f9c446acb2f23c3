package org.suanli.economy;

import java.util.Locale;
import java.util.Map;

/**
 * What an index would need to give the book's slope per point: under the book reading the slope is proportional to
 * 1/k, so the book's slope needs k · (our slope ÷ the book's); and since the slope is r · SD(GDP) / SD(index), it
 * needs an index whose spread across provinces is r · SD(GDP) ÷ the book's slope.
 *
 * @param bookSlope        the book's slope (亿元 per point)
 * @param slope            ours, on the same variable and year
 * @param k                the book reading's reference factor of our index, or NaN when the index is not the book reading
 * @param kForBook         the k that would give the book's slope (NaN without a book reading)
 * @param holdsFrom        the lower end of the calibrated range of k
 * @param holdsTo          its upper end
 * @param verdictsAtBookK  each calibration statement's status on the index at {@code kForBook} (empty without a book reading)
 * @param sdIndex          the standard deviation of our composite across provinces
 * @param leader           the province with the largest composite
 * @param maxIndex         its composite
 * @param sixthIndex       the sixth-largest composite
 * @param r                Pearson's r between index and GDP
 * @param sdVariable       the standard deviation of GDP across provinces (亿元)
 */
public record SlopeGap(double bookSlope, double slope, double k, double kForBook, double holdsFrom, double holdsTo,
                       Map<String, String> verdictsAtBookK, double sdIndex, String leader, double maxIndex, double sixthIndex, double r,
                       double sdVariable) {
    public SlopeGap {
        verdictsAtBookK = Map.copyOf(verdictsAtBookK);
    }

    /** The spread of the composite (SD across provinces) the book's slope needs: r · SD(GDP) ÷ the book's slope. */
    public double sdNeeded() {
        return r * sdVariable / bookSlope;
    }

    /** Whether our index is the book reading, so that k applies. */
    public boolean hasK() {
        return !Double.isNaN(k);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (hasK()) {
            verdictsAtBookK.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(String.format(Locale.ROOT,
                    "at k = %.3f (gives %,.0f亿 per point): %s %s%n", kForBook, bookSlope, e.getKey(), e.getValue())));
            boolean inside = kForBook >= holdsFrom && kForBook <= holdsTo;
            b.append(String.format(Locale.ROOT, "slope %,.0f亿 per point with k = %.3f; the book's %,.0f would need k = %.3f, %s the "
                    + "calibrated range [%.3f, %.3f]%n", slope, k, bookSlope, kForBook, inside ? "inside" : "outside", holdsFrom, holdsTo));
        } else {
            b.append(String.format(Locale.ROOT, "slope %,.0f亿 per point; this index is not the book reading, so it has no k%n", slope));
        }
        b.append(String.format(Locale.ROOT, "spread: SD of our composite %.1f points (%s %.1f, the sixth %.1f); with r = %.3f and "
                + "SD(GDP) = %,.0f亿 the book's %,.0f needs SD %.1f%n", sdIndex, leader, maxIndex, sixthIndex, r, sdVariable, bookSlope, sdNeeded()));
        return b.toString();
    }
}
