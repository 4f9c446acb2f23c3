package org.suanli.scorecard;

/**
 * A plug-in that checks some of the blue book's statements. Each analysis stage (indicator data, capacity,
 * index, economy) contributes its own evaluator, listed in
 * {@code META-INF/services/org.suanli.scorecard.StatementEvaluator}, so the scorecard never depends on the
 * stages: it only sees their results as attachments of the {@link ScorecardContext}.
 *
 * <p>An evaluator that handles a statement but lacks its input (no index result attached, say) returns
 * {@link Verdict#notEvaluated(String)} with the reason. When several evaluators handle one statement their
 * verdicts are combined: any FAILS fails it, else any HOLDS holds it (each part is kept in the entry).
 */
public interface StatementEvaluator {

    /** A short name shown next to each verdict, e.g. "indicator data". */
    String name();

    /** Whether this evaluator checks (part of) the statement. */
    boolean handles(Statement statement);

    /** Checks the statement against what the context holds; never throws for missing inputs. */
    Verdict evaluate(Statement statement, ScorecardContext context);
}
