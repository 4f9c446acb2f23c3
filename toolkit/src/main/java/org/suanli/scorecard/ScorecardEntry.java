package org.suanli.scorecard;

import java.util.List;

/**
 * One row of the scorecard: the statement and the combined verdict of every evaluator that handled it.
 *
 * @param statement the statement checked
 * @param status    combined status: FAILS if any part fails, else HOLDS if any part holds, else NOT_EVALUATED
 * @param expected  what the book says (from the deciding parts)
 * @param actual    what was computed (from the deciding parts)
 * @param note      interpretation, anomaly and reason notes, joined
 * @param parts     each evaluator's own verdict, in evaluator order
 */
public record ScorecardEntry(Statement statement, Status status, String expected, String actual, String note,
                             List<Verdict> parts) {

    public ScorecardEntry {
        parts = List.copyOf(parts);
    }

    public String id() {
        return statement.id();
    }

    public StatementKind kind() {
        return statement.kind();
    }
}
