package org.suanli.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Self-checks for the exercise notebooks: {@code check.that("weights", w).isAhpWeights(a)} prints ✓ or a hint.
 *
 * <p>A check never throws: a wrong, missing ({@code null}) or malformed answer gives a printed hint, so the cell
 * finishes and every variable the trainee defined survives. The hints come from computing the common mistakes
 * (the arithmetic mean of the rows instead of the eigenvector, a forgotten unit factor, a window one year too
 * long …) and comparing the trainee's value with each, so a hint names the mistake but never the answer.
 */
public final class Check {

    private final Consumer<String> sink;
    private final List<Feedback> feedback = new ArrayList<>();

    private Check(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Checks that print each verdict on standard output, looked up at print time (the notebook's cell output). */
    public static Check printing() {
        return new Check(line -> System.out.println(line));
    }

    /** Checks that hand each verdict's line to {@code sink} (tests collect them). */
    public static Check to(Consumer<String> sink) {
        return new Check(sink);
    }

    /** A number: a peak, a fleet total, a consistency ratio, a slope. */
    public NumberCheck that(String name, double value) {
        return new NumberCheck(this, name, value);
    }

    /** A vector: weights, standardised values, residuals, an interval {lower, upper}. */
    public VectorCheck that(String name, double[] values) {
        return new VectorCheck(this, name, values == null ? null : values.clone());
    }

    /** A square matrix, such as a repaired pairwise-comparison matrix. */
    public MatrixCheck that(String name, double[][] matrix) {
        return new MatrixCheck(this, name, Numbers.copy(matrix));
    }

    /** Values by key: weights by indicator, rank shifts by province. */
    public MapCheck that(String name, Map<String, ? extends Number> values) {
        return new MapCheck(this, name, values);
    }

    /** Every verdict given so far, in order. */
    public List<Feedback> feedback() {
        return Collections.unmodifiableList(feedback);
    }

    /** The latest verdict, or null before the first check. */
    public Feedback last() {
        return feedback.isEmpty() ? null : feedback.get(feedback.size() - 1);
    }

    /** How many checks passed, for the end of an exercise: {@code 4 of 5 checks pass}. */
    public String summary() {
        long passed = feedback.stream().filter(Feedback::passed).count();
        return passed + " of " + feedback.size() + " checks pass" + (passed == feedback.size() && passed > 0
                ? ": well done." : "; read the hints above, change your code and run the cells again.");
    }

    Feedback record(Feedback verdict) {
        feedback.add(verdict);
        sink.accept(verdict.toString());
        return verdict;
    }
}
