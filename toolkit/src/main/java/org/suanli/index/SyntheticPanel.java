package org.suanli.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic data for tests, benchmarks and teaching: each unit has a latent "size" (log-normal, so a few
 * units dominate as Beijing and Guangdong do), every indicator is that size times its own log-normal noise, and each
 * later year grows by about {@code growth} with noise. These numbers stand for nothing real; they are labelled
 * synthetic wherever they are shown.
 */
public final class SyntheticPanel {
    private SyntheticPanel() {
    }

    /** A panel of {@code units} × {@code indicators} × {@code years}, reproducible from {@code seed}. */
    public static Panel generate(List<String> units, List<String> indicators, int[] years, double growth, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Panel.Builder b = Panel.builder(years, units, indicators);
        double[] size = new double[units.size()];
        for (int u = 0; u < size.length; u++) {
            size[u] = Math.exp(1.0 * gaussian(random));
        }
        int[] sorted = years.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < indicators.size(); i++) {
            double scale = Math.pow(10, 1 + random.nextInt(4));
            for (int u = 0; u < units.size(); u++) {
                double v = scale * size[u] * Math.exp(0.6 * gaussian(random));
                for (int y = 0; y < sorted.length; y++) {
                    if (y > 0) {
                        v *= (1 + growth) * Math.exp(0.08 * gaussian(random));
                    }
                    b.put(sorted[y], units.get(u), indicators.get(i), v);
                }
            }
        }
        return b.build();
    }

    /** Unit names "county-0001" … for a county-scale benchmark (China has 2,844 county-level divisions). */
    public static List<String> counties(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(String.format(Locale.ROOT, "county-%04d", i));
        }
        return out;
    }

    private static double gaussian(SplittableRandom r) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
