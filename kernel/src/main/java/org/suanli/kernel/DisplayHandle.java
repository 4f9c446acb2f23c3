package org.suanli.kernel;

/**
 * What {@code display(obj)} returns: the display's id, to update it later in place (a progress figure, a
 * chart redrawn in a loop). A cell whose last expression is a {@code display(...)} call shows no extra result.
 */
public record DisplayHandle(String id) {

    /** Replaces the displayed output with {@code value}, rendered the same way. */
    public void update(Object value) {
        Display.updateDisplay(id, value);
    }

    @Override
    public String toString() {
        return "display " + id;
    }
}
