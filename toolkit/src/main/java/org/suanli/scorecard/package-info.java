/**
 * The scorecard: the blue book's checkable statements ({@link org.suanli.scorecard.Statements}) evaluated by
 * plug-in {@link org.suanli.scorecard.StatementEvaluator}s against a {@link org.suanli.scorecard.ScorecardContext}
 * (indicator data plus whatever later stages attach). This package depends on no analysis stage.
 */
package org.suanli.scorecard;
