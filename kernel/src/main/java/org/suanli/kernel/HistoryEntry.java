package org.suanli.kernel;

/**
 * One input of this session's history ({@code history_reply} entries are {@code [session, line, input]}).
 *
 * @param session       the session number (1 for the running kernel; history is not persisted)
 * @param line          the cell's execution count
 * @param input         the cell's source as the user typed it (magics included)
 * @param output        the text/plain of its execute_result, or null
 */
public record HistoryEntry(int session, int line, String input, String output) {
}
