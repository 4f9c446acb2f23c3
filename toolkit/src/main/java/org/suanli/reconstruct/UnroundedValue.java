package org.suanli.reconstruct;

import org.suanli.data.Provenance;

/**
 * One reconstructed value before rounding, with where it came from.
 *
 * @param value      the value in the indicator's unit
 * @param provenance stated (in the book) or reconstructed (by a recipe); official inputs enter only as proxies
 * @param source     the citation or the method and its assumptions, as it will appear in the CSV
 */
public record UnroundedValue(double value, Provenance provenance, String source) {
    public UnroundedValue {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException("bad reconstructed value " + value + " (" + source + ")");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("every value needs a source or method");
        }
    }
}
