package org.suanli.sensitivity;

import java.util.SplittableRandom;

/**
 * Gamma(shape, 1) variates by Marsaglia &amp; Tsang (2000), <i>ACM TOMS</i> 26(3):363–372, with their boost
 * Gamma(a) = Gamma(a + 1)·U^{1/a} for a &lt; 1. Normalised gammas are Dirichlet draws.
 */
final class Gamma {
    private Gamma() {
    }

    static double sample(double shape, SplittableRandom r) {
        if (shape < 1) {
            return sample(shape + 1, r) * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
