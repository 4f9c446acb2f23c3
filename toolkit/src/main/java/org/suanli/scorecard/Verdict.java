package org.suanli.scorecard;

import java.util.Objects;

/**
 * What one evaluator concluded about one statement.
 *
 * @param status    holds, fails or not evaluated
 * @param expected  what the book says, in words a reader can compare (e.g. "{广东, 福建, 天津, 江苏, 山东} at ranks 1-5")
 * @param actual    what the data or computation gave, in the same terms; empty when not evaluated
 * @param note      why, or how the statement was read (anomalies, interpretations, missing inputs)
 * @param evaluator the name of the evaluator that produced it
 */
public record Verdict(Status status, String expected, String actual, String note, String evaluator) {

    public Verdict {
        Objects.requireNonNull(status, "status");
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
        note = note == null ? "" : note;
        evaluator = evaluator == null ? "" : evaluator;
    }

    public static Verdict holds(String expected, String actual, String note) {
        return new Verdict(Status.HOLDS, expected, actual, note, "");
    }

    public static Verdict fails(String expected, String actual, String note) {
        return new Verdict(Status.FAILS, expected, actual, note, "");
    }

    /** HOLDS when {@code ok}, FAILS otherwise: the common case of one comparison. */
    public static Verdict of(boolean ok, String expected, String actual, String note) {
        return new Verdict(ok ? Status.HOLDS : Status.FAILS, expected, actual, note, "");
    }

    /** Not evaluated, with the reason a reader needs (e.g. "needs the index engine"). */
    public static Verdict notEvaluated(String reason) {
        return new Verdict(Status.NOT_EVALUATED, "", "", reason, "");
    }

    /** The same verdict, signed by the evaluator that produced it. */
    public Verdict by(String evaluatorName) {
        return new Verdict(status, expected, actual, note, evaluatorName);
    }
}
