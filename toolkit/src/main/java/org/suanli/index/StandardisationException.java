package org.suanli.index;

/** A standardisation or index computation that cannot be done as asked; the message says why and what to change. */
public class StandardisationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public StandardisationException(String message) {
        super(message);
    }
}
