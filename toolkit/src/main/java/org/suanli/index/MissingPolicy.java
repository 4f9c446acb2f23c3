package org.suanli.index;

/**
 * What to do when an indicator has no value for a province and year. There is deliberately no "treat as zero":
 * a zero would rank a province last on an indicator nobody measured. The three options are the Handbook's
 * (§3): refuse (the default: the user decides), impute by a named method (reported value by value), or drop the
 * indicator (its weight goes to its siblings, reported).
 */
public sealed interface MissingPolicy {

    String label();

    /** Stop, naming every missing (year, province, indicator). */
    record Refuse() implements MissingPolicy {
        @Override
        public String label() {
            return "refuse";
        }
    }

    /** Fill each gap by the named method; every filled value is listed in the result. */
    record Impute(ImputeMethod method) implements MissingPolicy {
        public Impute {
            if (method == null) {
                throw new IllegalArgumentException("an imputation needs a method (MEAN, MEDIAN, MINIMUM or PREVIOUS_YEAR)");
            }
        }

        @Override
        public String label() {
            return "impute by " + method.description();
        }
    }

    /** Remove every indicator with a gap in any year; its siblings' weights are rescaled to sum to 1. */
    record DropIndicator() implements MissingPolicy {
        @Override
        public String label() {
            return "drop the indicator";
        }
    }

    /** Named imputation methods. Single imputation understates uncertainty; the Handbook says so, and so do we. */
    enum ImputeMethod {
        /** The mean of the other provinces in the same year (unconditional mean substitution). */
        MEAN("the cross-province mean of the same year"),
        /** The median of the other provinces in the same year; robust to a leader like Beijing. */
        MEDIAN("the cross-province median of the same year"),
        /** The smallest observed value of the same year: a cautious choice for "not reported, probably small". */
        MINIMUM("the smallest observed value of the same year"),
        /** The same province's value in the previous year (last observation carried forward). */
        PREVIOUS_YEAR("the province's own previous-year value");

        private final String description;

        ImputeMethod(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    static MissingPolicy refuse() {
        return new Refuse();
    }

    static MissingPolicy impute(ImputeMethod method) {
        return new Impute(method);
    }

    static MissingPolicy dropIndicator() {
        return new DropIndicator();
    }
}
