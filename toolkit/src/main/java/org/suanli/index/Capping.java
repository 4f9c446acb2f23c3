package org.suanli.index;

/** One value that winsorisation changed: where it was, what it was and what it became. */
public record Capping(int year, String province, String indicator, double original, double capped) {
}
