package org.suanli.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A piece of a cell: Java code, a line magic ({@code %maven …}) or a cell magic ({@code %%time} and the body
 * below it). Offsets are into the cell's text, so errors keep the user's line numbers.
 *
 * @param text       the code, the magic line (without leading blanks), or the cell magic's first line
 * @param offset     where {@code text} starts in the cell
 * @param body       a cell magic's body (the rest of the cell), else null
 * @param bodyOffset where the body starts
 */
record Segment(Kind kind, String text, int offset, String body, int bodyOffset) {

    enum Kind { CODE, LINE_MAGIC, CELL_MAGIC }

    /** The magic's name without its {@code %} or {@code %%}, e.g. {@code maven}. */
    String magicName() {
        String t = text.strip().replaceFirst("^%%?", "");
        int sp = indexOfSpace(t);
        return sp < 0 ? t : t.substring(0, sp);
    }

    /** Everything after the magic's name, stripped. */
    String magicArgs() {
        String t = text.strip().replaceFirst("^%%?", "");
        int sp = indexOfSpace(t);
        return sp < 0 ? "" : t.substring(sp).strip();
    }

    private static int indexOfSpace(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Splits {@code text} (which starts at {@code base} in its cell). A line starting with {@code %} is a magic
     * only where a statement may start ({@code atBoundary} of the code collected so far), so the Java
     * remainder operator at the start of a continuation line stays Java.
     */
    static List<Segment> split(String text, int base, Predicate<String> atBoundary) {
        List<Segment> out = new ArrayList<>();
        int firstContent = 0;
        while (firstContent < text.length() && Character.isWhitespace(text.charAt(firstContent))) {
            firstContent++;
        }
        if (text.startsWith("%%", firstContent)) {
            int nl = text.indexOf('\n', firstContent);
            String first = nl < 0 ? text.substring(firstContent) : text.substring(firstContent, nl);
            String body = nl < 0 ? "" : text.substring(nl + 1);
            out.add(new Segment(Kind.CELL_MAGIC, first.strip(), base + firstContent, body, base + (nl < 0 ? text.length() : nl + 1)));
            return out;
        }
        StringBuilder pending = new StringBuilder();
        int pendingStart = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(pos, end);
            String stripped = line.strip();
            if (stripped.startsWith("%") && atBoundary.test(pending.toString())) {
                if (!pending.toString().isBlank()) {
                    out.add(new Segment(Kind.CODE, pending.toString(), base + pendingStart, null, 0));
                }
                int lead = line.indexOf('%');
                out.add(new Segment(Kind.LINE_MAGIC, stripped, base + pos + lead, null, 0));
                pending.setLength(0);
                pendingStart = end;
            } else {
                if (pending.length() == 0) {
                    pendingStart = pos;
                }
                pending.append(line);
            }
            if (nl < 0) {
                break;
            }
            pos = end;
        }
        if (!pending.toString().isBlank()) {
            out.add(new Segment(Kind.CODE, pending.toString(), base + pendingStart, null, 0));
        }
        return out;
    }
}
