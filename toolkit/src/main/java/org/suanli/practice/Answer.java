package org.suanli.practice;

import java.util.function.Supplier;

/** What every kind of answer shares: its name, the checks it reports to, and a guard that never throws. */
abstract class Answer {

    final Check check;
    final String name;

    Answer(Check check, String name) {
        this.check = check;
        this.name = name == null || name.isBlank() ? "answer" : name;
    }

    Feedback pass(String message) {
        return new Feedback(name, true, message);
    }

    Feedback hint(String message) {
        return new Feedback(name, false, message);
    }

    /**
     * Runs a judgment and records its verdict. Whatever goes wrong inside becomes a hint rather than an
     * exception, because an exception would end the trainee's cell.
     */
    void judge(Supplier<Feedback> judgment) {
        Feedback verdict;
        try {
            verdict = missing() ? notYet() : judgment.get();
        } catch (RuntimeException e) {
            verdict = hint("the check could not use this value (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); look at how you computed it");
        }
        check.record(verdict);
    }

    /** Whether the value is still the stub's default (null, or NaN for a number): then nothing else is judged. */
    abstract boolean missing();

    /** A hint for a value the stub left empty. */
    Feedback notYet() {
        return hint("not computed yet (it is still the stub's default); replace the line under // YOUR CODE HERE "
                + "with your computation and run the cell again");
    }
}
