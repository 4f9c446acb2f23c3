/**
 * The index against the economy: regressions on GDP and the digital economy with their diagnostics, growth,
 * the provincial typology and the checks of the book's economy statements.
 *
 * <p>Floor: above {@code index}; only {@code charts} and the top floors use it.
 */
package org.suanli.economy;
