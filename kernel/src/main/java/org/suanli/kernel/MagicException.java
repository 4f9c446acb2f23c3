package org.suanli.kernel;

/** A magic that cannot do what it was asked; the message says what to do instead. */
final class MagicException extends Exception {
    private static final long serialVersionUID = 1L;

    MagicException(String message) {
        super(message);
    }

    MagicException(String message, Throwable cause) {
        super(message, cause);
    }
}
