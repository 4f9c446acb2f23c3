package org.suanli.practice;

/** A wrong answer a trainee is likely to give, and the hint that explains it without giving the right one. */
record Mistake<T>(T value, String hint) {
}
