/**
 * Uncertainty and sensitivity analysis of the composite index (the OECD/JRC Handbook's step 7): which inputs of the
 * index (weights, standardisation, aggregation, base year, the reconstruction's assumptions, missing-data policy)
 * move each province's rank, and how likely each of the book's statements is to survive them.
 *
 * <p>The variance-based part is generic ({@link org.suanli.sensitivity.SobolAnalysis} on any
 * {@link org.suanli.sensitivity.SobolModel}); {@link org.suanli.sensitivity.IndexUncertainty} applies it to the
 * index through an array-based fast path ({@link org.suanli.sensitivity.FastIndex}) that is tested equal to
 * {@code IndexModel}. Floor: above index, economy and reconstruct (it varies their choices and assumptions and
 * reruns them), below charts, which draws its results ({@code org.suanli.charts.SensitivityCharts}).
 */
package org.suanli.sensitivity;
