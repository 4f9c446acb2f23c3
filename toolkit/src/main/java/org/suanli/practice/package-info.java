/**
 * Self-checks for the exercise notebooks ({@link org.suanli.practice.Check}): each answer gets ✓ or a hint computed
 * from the usual mistakes of that step, and never an exception, so a trainee's variables survive a wrong answer.
 *
 * <p>Floor: on top of the stages it checks (capacity, ahp, index, economy), beside {@code analysis}; no stage uses
 * it.
 */
package org.suanli.practice;
