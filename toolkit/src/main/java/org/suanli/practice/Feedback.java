package org.suanli.practice;

/**
 * What one self-check said: passed, or a hint that teaches without giving the answer away.
 *
 * @param name    what the trainee computed, as they named it ("weights", "CR")
 * @param passed  whether the value is right within the check's tolerance
 * @param message why it passed, or a hint about the likely mistake
 */
public record Feedback(String name, boolean passed, String message) {

    /** One line as the notebook shows it: {@code ✓ name: message} or {@code ✗ name: hint}. */
    @Override
    public String toString() {
        return (passed ? "✓ " : "✗ ") + name + ": " + message;
    }
}
