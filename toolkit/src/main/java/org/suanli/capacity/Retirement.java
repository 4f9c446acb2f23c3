package org.suanli.capacity;

import java.util.Locale;

/**
 * Which share of the servers shipped {@code age} years before the evaluation year still count. The blue book's
 * rule is a hard window: servers of the last six years count in full, older ones not at all
 * ("∑近六年"). Other rules let an analyst ask how much that choice matters.
 */
public interface Retirement {

    /**
     * Fraction (0..1) of a cohort that still counts at the given age (0 = shipped in the evaluation year), for
     * a window of {@code window} years. Ages at or beyond the window always count 0.
     */
    double survival(int age, int window);

    /** Short description for tables and notebooks. */
    String describe();

    /** The book's rule: everything inside the window counts in full. */
    static Retirement window() {
        return new Retirement() {
            @Override
            public double survival(int age, int window) {
                return age >= 0 && age < window ? 1.0 : 0.0;
            }

            @Override
            public String describe() {
                return "hard window (book rule): age < window counts 100%";
            }
        };
    }

    /**
     * Straight-line retirement: a cohort loses an equal share each year and is gone at the window's end
     * (age 0 → 100%, age window−1 → 1/window).
     */
    static Retirement linear() {
        return new Retirement() {
            @Override
            public double survival(int age, int window) {
                return age >= 0 && age < window ? (window - age) / (double) window : 0.0;
            }

            @Override
            public String describe() {
                return "linear: (window − age) / window";
            }
        };
    }

    /** A constant annual retirement rate inside the window: survival = (1 − rate)^age. */
    static Retirement annualRate(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("annual retirement rate must be in [0, 1), got " + rate);
        }
        return new Retirement() {
            @Override
            public double survival(int age, int window) {
                return age >= 0 && age < window ? Math.pow(1 - rate, age) : 0.0;
            }

            @Override
            public String describe() {
                return String.format(Locale.ROOT, "annual retirement %.1f%% inside the window", rate * 100);
            }
        };
    }
}
