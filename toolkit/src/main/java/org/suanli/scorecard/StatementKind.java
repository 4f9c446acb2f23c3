package org.suanli.scorecard;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of statement in {@code blue_book_2024_facts.json}. The kind decides how a statement is read:
 * a rank set says which provinces occupy a rank range (order inside not asserted), a rank order asserts
 * positions, a threshold a bound, a share a fraction of the national total, a value a stated number.
 */
public enum StatementKind {
    RANK_SET, RANK_ORDER, THRESHOLD, SHARE, VALUE, QUALITATIVE, TYPOLOGY;

    /** The spelling used in the facts file, e.g. {@code rank_set}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the facts file's spelling; an unknown kind is an error naming the kinds that exist. */
    public static StatementKind fromJson(String kind) {
        for (StatementKind k : values()) {
            if (k.jsonName().equals(kind)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown statement kind '" + kind + "'; expected one of "
                + Arrays.stream(values()).map(StatementKind::jsonName).toList());
    }
}
