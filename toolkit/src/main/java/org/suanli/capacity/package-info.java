/**
 * China's computing capacity by the book's fleet method (附件一 维度一): server shipments, configurations and
 * retirement, national and provincial compute, and the checks of the book's capacity figures.
 *
 * <p>Floor: above {@code data} and the {@code scorecard} frame, beside {@code ahp} (neither uses the other).
 * Its charts are in {@code org.suanli.charts}, and the reconstruction that uses its provincial shares is in
 * {@code org.suanli.reconstruct}, both above it.
 */
package org.suanli.capacity;
