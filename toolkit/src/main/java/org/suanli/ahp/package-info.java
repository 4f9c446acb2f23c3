/**
 * The Analytic Hierarchy Process: pairwise matrices, priorities, consistency, diagnostics of inconsistent
 * judgments, expert panels and the weights of the whole framework.
 *
 * <p>Floor: above {@code data}, beside {@code capacity}; {@code index} takes its weights from here.
 */
package org.suanli.ahp;
