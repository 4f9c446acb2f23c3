package org.suanli.kernel;

import java.util.Locale;

/**
 * Whether a console should run the code on Enter ({@code is_complete_reply}).
 *
 * @param indent for INCOMPLETE: the indentation to put on the next line (may be empty); else ""
 */
public record IsCompleteReply(Status status, String indent) {
    public IsCompleteReply {
        indent = indent == null ? "" : indent;
    }

    /** Jupyter's four answers; {@code wireName()} is the protocol string. */
    public enum Status {
        COMPLETE, INCOMPLETE, INVALID, UNKNOWN;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
