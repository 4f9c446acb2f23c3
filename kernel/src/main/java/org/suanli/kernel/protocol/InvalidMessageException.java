package org.suanli.kernel.protocol;

/** A message that cannot be accepted: wrong frames, bad signature, or JSON that is not what it should be. */
final class InvalidMessageException extends Exception {
    InvalidMessageException(String message) {
        super(message);
    }
}
