/**
 * Uncertainty and sensitivity analysis of the composite index (the OECD/JRC Handbook's step 7): which inputs of the
 * index (weights, standardisation, aggregation, base year, the reconstruction's assumptions, missing-data policy)
 * move each province's rank, and how likely each of the book's statements is to survive them.
 *
 * <p>The variance-based part is generic ({@link org.suanli.sensitivity.SobolAnalysis} on any
 * {@link org.suanli.sensitivity.SobolModel}); {@link org.suanli.sensitivity.IndexUncertainty} applies it to the
 * index through an array-based fast path ({@link org.suanli.sensitivity.FastIndex}) that is tested equal to
 * {@code IndexModel}. This package sits above index, economy and the reconstruction in the data flow; its charts
 * live in {@code org.suanli.charts.SensitivityCharts}.
 */
package org.suanli.sensitivity;
