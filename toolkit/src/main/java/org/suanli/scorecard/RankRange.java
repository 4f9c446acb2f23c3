package org.suanli.scorecard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of ranks, 1-based and inclusive, as the facts file writes them ("1-6", "5", "within 1-10 (data
 * openness)"). {@code within} marks a range the listed provinces lie inside without filling it.
 */
public record RankRange(int from, int to, boolean within) {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-\\s*(\\d+))?");

    public RankRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("Bad rank range " + from + "-" + to);
        }
    }

    /** The number of rank slots in the range. */
    public int size() {
        return to - from + 1;
    }

    /** Reads the first range in the text; empty if there is none. */
    public static Optional<RankRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return Optional.of(new RankRange(from, to, text.strip().startsWith("within")));
    }

    @Override
    public String toString() {
        return (within ? "within " : "") + (from == to ? "rank " + from : "ranks " + from + "-" + to);
    }
}
