/**
 * The ground floor of the data flow: the 31 provinces, the indicator framework (表1), indicator data with the
 * provenance of every value, and the checks of the book's statements about the data itself
 * ({@link org.suanli.data.IndicatorStatementEvaluator}, {@link org.suanli.data.FrameworkStatementEvaluator}).
 *
 * <p>Floors, bottom to top: {@code scorecard} (the frame), {@code data}, {@code capacity} and {@code ahp},
 * {@code index}, {@code economy}, {@code charts}, then {@code reconstruct} and {@code analysis}, then
 * {@code cli}. A package uses only the floors below it; {@code ArchitectureTest} checks this on the compiled
 * classes. {@code data} uses only the scorecard frame. Its sub-package {@code validate} is on this floor too:
 * the checkers of every shipped data file for {@code suanli validate}, a plug-in interface that {@code capacity}
 * and {@code ahp} implement; it uses {@code data}, never the other way round.
 */
package org.suanli.data;
