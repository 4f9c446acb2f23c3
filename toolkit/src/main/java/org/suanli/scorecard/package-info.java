/**
 * The scorecard: the blue book's checkable statements ({@link org.suanli.scorecard.Statements}) evaluated by
 * plug-in {@link org.suanli.scorecard.StatementEvaluator}s against a {@link org.suanli.scorecard.ScorecardContext}
 * (indicator data plus whatever later stages attach).
 *
 * <p>The frame under every floor: this package imports no analysis stage. Each stage brings its own evaluator
 * (data, capacity, index, economy), registered in {@code META-INF/services}, and attaches its results to the
 * context by their type, so the scorecard compiles and runs before any stage exists.
 * {@code ArchitectureTest} checks this on the compiled classes.
 */
package org.suanli.scorecard;
