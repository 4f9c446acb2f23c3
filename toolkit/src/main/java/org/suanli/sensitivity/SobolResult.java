package org.suanli.sensitivity;

import java.util.List;

/**
 * What a Sobol analysis found: the indices of every input for every output, their convergence with N, and the size
 * of the design.
 *
 * @param inputs      input names
 * @param outputs     output names
 * @param n           base sample size (rows of A and of B)
 * @param runs        model runs, n·(d + 2)
 * @param seed        the seed of the design's digital shift and of the bootstrap
 * @param replicates  bootstrap replicates behind the intervals
 * @param variance    each output's variance over the 2n runs of A and B
 * @param indices     one entry per (output, input), outputs in order
 * @param convergence point estimates after each power-of-two prefix of rows, for the bootstrapped outputs
 */
public record SobolResult(List<String> inputs, List<String> outputs, int n, long runs, long seed, int replicates,
                          List<Double> variance, List<SensitivityIndex> indices, List<ConvergencePoint> convergence) {

    public SobolResult {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        variance = List.copyOf(variance);
        indices = List.copyOf(indices);
        convergence = List.copyOf(convergence);
    }

    /** The indices of one output, in input order. */
    public List<SensitivityIndex> indicesOf(String output) {
        List<SensitivityIndex> out = indices.stream().filter(s -> s.output().equals(output)).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no output '" + output + "'; outputs are " + outputs);
        }
        return out;
    }

    /** The index of one input for one output. */
    public SensitivityIndex index(String output, String input) {
        return indicesOf(output).stream().filter(s -> s.input().equals(input)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input '" + input + "'; inputs are " + inputs));
    }

    /** The input with the largest total index for {@code output} (null when the output does not vary). */
    public String dominantInput(String output) {
        SensitivityIndex best = null;
        for (SensitivityIndex s : indicesOf(output)) {
            if (!Double.isNaN(s.st()) && (best == null || s.st() > best.st())) {
                best = s;
            }
        }
        return best == null ? null : best.input();
    }
}
