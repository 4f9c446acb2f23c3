package org.suanli.kernel;

import java.util.List;

/**
 * Completion candidates for {@code complete_reply}: the text between {@code cursorStart} and
 * {@code cursorEnd} (char indices into the request's code) is to be replaced by one of {@code matches}.
 */
public record CompleteReply(List<String> matches, int cursorStart, int cursorEnd) {
    public CompleteReply {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
