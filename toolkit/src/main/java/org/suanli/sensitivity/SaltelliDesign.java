package org.suanli.sensitivity;

import java.util.SplittableRandom;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The base matrices A and B of Saltelli et al. (2010), <i>Comput. Phys. Commun.</i> 181:259–270: row j of A is the
 * first d coordinates of point j of a 2d-dimensional Sobol sequence, row j of B the last d (their §3 recipe), from
 * Commons Math's {@link SobolSequenceGenerator} (Joe–Kuo direction numbers). Point 0 (all zeros) is skipped.
 *
 * <p>The seed applies a random <em>digital shift</em> (each coordinate's 52 bits XOR a random mask): the shifted
 * points are still a (t, s)-sequence with the same equidistribution, and different seeds give independent
 * randomisations, so a seed changes the sample without spoiling its low discrepancy (Owen 2003; Dick & Pillichshammer
 * 2010, ch. 4). Any row can be generated on its own, so chunks of rows can run on any thread in any order.
 */
public final class SaltelliDesign {
    private static final double SCALE = 0x1p52;

    private final int inputs;
    private final long[] shift;

    public SaltelliDesign(int inputs, long seed) {
        if (inputs < 1 || 2 * inputs > 1000) {
            throw new IllegalArgumentException("a Saltelli design needs 1 to 500 inputs (Commons Math's Sobol sequence has 1000 dimensions), not " + inputs);
        }
        this.inputs = inputs;
        this.shift = new long[2 * inputs];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < shift.length; i++) {
            shift[i] = r.nextLong() >>> 12; // 52 random bits
        }
    }

    public int inputs() {
        return inputs;
    }

    /** A reader positioned at row {@code first} (0-based; row j is Sobol point j + 1). */
    public Rows rows(int first) {
        return new Rows(first);
    }

    /** Sequential access to rows; not thread-safe, one per chunk. */
    public final class Rows {
        private final SobolSequenceGenerator generator = new SobolSequenceGenerator(2 * inputs);
        private double[] next;

        private Rows(int first) {
            next = generator.skipTo(first + 1);
        }

        /** Fills the next row of A and of B. */
        public void next(double[] a, double[] b) {
            double[] p = next;
            for (int i = 0; i < inputs; i++) {
                a[i] = shifted(p[i], shift[i]);
                b[i] = shifted(p[inputs + i], shift[inputs + i]);
            }
            next = generator.nextVector();
        }
    }

    private static double shifted(double x, long mask) {
        long bits = (long) (x * SCALE);
        return ((bits ^ mask) & ((1L << 52) - 1)) / SCALE;
    }
}
