package org.suanli.sensitivity;

/**
 * First-order and total Sobol index of one input for one output, with 95% percentile-bootstrap intervals (NaN when
 * the output was not bootstrapped or does not vary).
 *
 * @param output  the model output (e.g. {@code rank 陕西})
 * @param input   the input whose share of the output's variance this is
 * @param s1      first-order index Sᵢ: the share of variance removed if the input were known
 * @param s1Low   2.5% bootstrap quantile of Sᵢ
 * @param s1High  97.5% bootstrap quantile of Sᵢ
 * @param st      total index S_Tᵢ: the share left if every other input were known (interactions included)
 * @param stLow   2.5% bootstrap quantile of S_Tᵢ
 * @param stHigh  97.5% bootstrap quantile of S_Tᵢ
 */
public record SensitivityIndex(String output, String input, double s1, double s1Low, double s1High, double st,
                               double stLow, double stHigh) {
}
