package org.suanli.index;

/** One missing value that a missing-value policy filled in, and how. */
public record Imputation(int year, String province, String indicator, double value, String method) {
}
