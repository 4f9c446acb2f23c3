package org.suanli.sensitivity;

/**
 * The point estimates after the first {@code n} rows of the design (Sobol points are nested, so every prefix is
 * itself a valid design): plotted against n, they show when N is large enough.
 *
 * @param n      base sample size (rows of A)
 * @param runs   model runs so far, n·(d + 2)
 * @param output output name
 * @param input  input name
 * @param s1     first-order index after n rows
 * @param st     total index after n rows
 */
public record ConvergencePoint(int n, long runs, String output, String input, double s1, double st) {
}
