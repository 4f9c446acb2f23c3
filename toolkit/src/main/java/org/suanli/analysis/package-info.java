/**
 * The whole analysis wired together with its default choices ({@link org.suanli.analysis.BlueBookAnalysis}):
 * data, AHP weights, index and economy in one consistent run for the scorecard.
 *
 * <p>Floor: on top of every stage, below {@code cli}; no stage uses it.
 */
package org.suanli.analysis;
