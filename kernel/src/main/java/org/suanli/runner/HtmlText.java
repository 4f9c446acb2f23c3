package org.suanli.runner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML escaping, and ANSI colour codes (which tracebacks carry) turned into styled spans. */
final class HtmlText {

    private static final Pattern SGR = Pattern.compile("\u001B\\[([0-9;]*)m");
    private static final Pattern OTHER_ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-ln-z]|\u001B[()][A-Z0-9]");

    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /**
     * Escaped text in which ANSI SGR codes (colours, bold) become spans with classes {@code ansi-red},
     * {@code ansi-bold} and so on; other terminal codes are dropped.
     */
    static String ansiToHtml(String text) {
        String cleaned = OTHER_ESCAPES.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(cleaned.length() + 32);
        Matcher m = SGR.matcher(cleaned);
        int last = 0;
        String fg = null;
        boolean bold = false;
        boolean open = false;
        while (m.find()) {
            escape(cleaned.substring(last, m.start()), out);
            last = m.end();
            String codes = m.group(1).isEmpty() ? "0" : m.group(1);
            for (String code : codes.split(";")) {
                int value;
                try {
                    value = Integer.parseInt(code);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (value == 0) {
                    fg = null;
                    bold = false;
                } else if (value == 1) {
                    bold = true;
                } else if (value == 22) {
                    bold = false;
                } else if (value == 39) {
                    fg = null;
                } else if (value >= 30 && value <= 37) {
                    fg = COLOURS[value - 30];
                } else if (value >= 90 && value <= 97) {
                    fg = COLOURS[value - 90];
                    bold = true;
                }
            }
            if (open) {
                out.append("</span>");
                open = false;
            }
            if (fg != null || bold) {
                out.append("<span class=\"");
                if (fg != null) {
                    out.append("ansi-").append(fg);
                }
                if (bold) {
                    out.append(fg != null ? " " : "").append("ansi-bold");
                }
                out.append("\">");
                open = true;
            }
        }
        escape(cleaned.substring(last), out);
        if (open) {
            out.append("</span>");
        }
        return out.toString();
    }

    /** Text with ANSI codes removed (for plain-text messages and comparisons). */
    static String stripAnsi(String text) {
        return OTHER_ESCAPES.matcher(SGR.matcher(text).replaceAll("")).replaceAll("");
    }

    private static final String[] COLOURS = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};
}
