package org.suanli.kernel;

import java.util.List;
import java.util.Map;

/**
 * Completion candidates for {@code complete_reply}: the text between {@code cursorStart} and
 * {@code cursorEnd} (char indices into the request's code) is to be replaced by one of {@code matches}.
 * {@code types} is Jupyter's {@code metadata._jupyter_types_experimental}: per match its start, end, text, type
 * and signature (with the first sentence of its Javadoc); it may be empty.
 */
public record CompleteReply(List<String> matches, int cursorStart, int cursorEnd, List<Map<String, Object>> types) {
    public CompleteReply {
        matches = matches == null ? List.of() : List.copyOf(matches);
        types = types == null ? List.of() : List.copyOf(types);
    }

    public CompleteReply(List<String> matches, int cursorStart, int cursorEnd) {
        this(matches, cursorStart, cursorEnd, List.of());
    }
}
