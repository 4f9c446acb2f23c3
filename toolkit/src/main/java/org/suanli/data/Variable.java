package org.suanli.data;

/**
 * A variable a data file may carry: one of the framework's 14 indicators, or an economic variable such as GDP
 * that the analysis relates the index to but that is not part of the index.
 *
 * @param key       the key data files use in their {@code indicator} column
 * @param nameZh    Chinese name
 * @param nameEn    English name
 * @param unit      the unit every value of this variable must be given in
 * @param source    the published source or the book's 附件二 entry
 * @param indicator true for the framework's third-level indicators
 */
public record Variable(String key, String nameZh, String nameEn, String unit, String source, boolean indicator) {
}
