package org.suanli.runner;

/**
 * A notebook could not be read, run or written. The message is for people: it names the file and, where it
 * can, the cell and line, and says what to do.
 */
public class NotebookException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotebookException(String message) {
        super(message);
    }

    public NotebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
