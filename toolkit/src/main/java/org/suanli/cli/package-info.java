/**
 * The toolkit's {@code suanli} commands (picocli): validate, scorecard, reconstruct, capacity, ahp, index,
 * economy. The kernel module adds its own commands (run, check, install, kernel) to this package.
 *
 * <p>Floor: the top one; it may use every package of the toolkit, and none uses it.
 */
package org.suanli.cli;
