package org.suanli.sensitivity;

import java.util.Arrays;
import java.util.List;

/**
 * A model whose inputs are independent uniforms on [0, 1): each input maps its uniform to a value of its own
 * distribution (a level, a quantile, a seeded draw), so the Saltelli design needs one column per input.
 */
public interface SobolModel {

    /** Input names, one per column of the design. */
    List<String> inputNames();

    /** Output names, one per scalar whose variance is decomposed. */
    List<String> outputNames();

    /** A fresh evaluator; each is used by one thread at a time, so it may keep scratch arrays. */
    Evaluator evaluator();

    /**
     * A value near each output's mean, subtracted before the sums are accumulated so that the variance is not the
     * small difference of two large sums. Any constant gives the same indices in exact arithmetic.
     */
    default double[] centre() {
        double[] u = new double[inputNames().size()];
        Arrays.fill(u, 0.5);
        double[] out = new double[outputNames().size()];
        evaluator().evaluate(u, out);
        return out;
    }

    /** One model run: fills {@code out} (length = outputs) from the uniforms {@code u} (length = inputs). */
    @FunctionalInterface
    interface Evaluator {
        void evaluate(double[] u, double[] out);
    }
}
