package org.suanli.data;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a number comes from. The project's rule is that every value says so: a reviewer must be able to tell an
 * NBS figure from one the blue book states and from one we reconstructed.
 */
public enum Provenance {
    /** Published by an official statistical source, cited in the row's source. */
    OFFICIAL,
    /**
     * A public copy of an official statistic (a news reprint, a third-party export) that has not been checked
     * against the publisher's own release or a second copy; the source names the original publisher and where the
     * copy is (its URL, or repository and commit), see {@link #SECONDARY_PUBLISHER_MARK}.
     */
    SECONDARY,
    /** Stated in the blue book itself (its text, a quote or a figure). */
    STATED,
    /** Derived by a documented, reproducible method whose name and assumptions are in the row's source. */
    RECONSTRUCTED;

    /** A secondary row's source names the statistic's original publisher after this mark. */
    public static final String SECONDARY_PUBLISHER_MARK = "original publisher:";

    /** The lower-case word the CSV files use. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Provenance> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Provenance p : values()) {
            if (p.csvName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
