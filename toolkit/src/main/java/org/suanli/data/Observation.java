package org.suanli.data;

/**
 * One value of one variable for one province and year, with where it came from. This is a row of the long-form
 * data files; keeping provenance on the value itself is what lets every later table say where its inputs came
 * from.
 */
public record Observation(int year, Province province, String indicator, double value, String unit,
                          Provenance provenance, String source) {

    /** The identity of a value: a file may hold one value per (year, province, indicator). */
    public Key key() {
        return new Key(year, province, indicator);
    }

    /** The identity of a value. */
    public record Key(int year, Province province, String indicator) {
    }
}
