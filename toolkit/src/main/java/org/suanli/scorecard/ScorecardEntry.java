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
 * @param basis     whether the verdict is a test or repeats an input, a reconstruction or a calibration
 * @param basisReason why the basis is not independent (empty when it is)
 */
public record ScorecardEntry(Statement statement, Status status, String expected, String actual, String note,
                             List<Verdict> parts, StatementBasis basis, String basisReason) {

    public ScorecardEntry {
        parts = List.copyOf(parts);
        basis = basis == null ? StatementBasis.INDEPENDENT : basis;
        basisReason = basisReason == null ? "" : basisReason;
    }

    /** An entry with no declared basis (independent). */
    public ScorecardEntry(Statement statement, Status status, String expected, String actual, String note, List<Verdict> parts) {
        this(statement, status, expected, actual, note, parts, StatementBasis.INDEPENDENT, "");
    }

    public String id() {
        return statement.id();
    }

    public StatementKind kind() {
        return statement.kind();
    }
}
