/**
 * The composite index: standardisation, imputation, aggregation, weights (from {@code ahp} or given), ranks,
 * tiers and the checks of the book's index statements.
 *
 * <p>Floor: above {@code ahp} and {@code data}; {@code economy} and {@code charts} use its results.
 */
package org.suanli.index;
