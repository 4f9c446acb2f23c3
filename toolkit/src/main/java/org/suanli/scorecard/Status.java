package org.suanli.scorecard;

import java.util.Locale;

/** The outcome of checking one statement. */
public enum Status {
    /** The computed value satisfies the statement. */
    HOLDS,
    /** The computed value contradicts the statement; the verdict shows both. */
    FAILS,
    /** Nothing that can check it is available yet (the verdict says what is missing). */
    NOT_EVALUATED;

    /** The JSON spelling: {@code holds}, {@code fails}, {@code not_evaluated}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The readable spelling used in the text table. */
    public String label() {
        return switch (this) {
            case HOLDS -> "holds";
            case FAILS -> "FAILS";
            case NOT_EVALUATED -> "not evaluated yet";
        };
    }
}
