package org.suanli.runner;

import java.util.Set;

/**
 * Colours Java (JShell) cell source for the HTML report: keywords, literals, strings (text blocks too),
 * comments, annotations, type names, and cell magics ({@code %maven}, {@code %%time}).
 *
 * <p>A lexer, not a parser: it only needs to tell tokens apart, and it must never lose or reorder a
 * character, whatever the input (unterminated strings and comments included), because the page shows the
 * code people will copy.
 */
final class JavaHighlighter {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "break", "case", "catch", "class", "const", "continue", "default", "do", "else",
            "enum", "extends", "final", "finally", "for", "goto", "if", "implements", "import", "instanceof",
            "interface", "native", "new", "package", "private", "protected", "public", "return", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "volatile", "while", "var", "record", "yield", "sealed", "permits", "non-sealed");
    private static final Set<String> TYPES = Set.of(
            "boolean", "byte", "char", "short", "int", "long", "float", "double", "void");
    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private JavaHighlighter() {
    }

    /** HTML for the source: escaped text with {@code <span class="tok-…">} around tokens. */
    static String highlight(String source) {
        StringBuilder out = new StringBuilder(source.length() * 2);
        int i = 0;
        int n = source.length();
        boolean lineStart = true;
        while (i < n) {
            char c = source.charAt(i);
            if (lineStart && c == '%') {
                int end = lineEnd(source, i);
                span(out, "tok-magic", source.substring(i, end));
                i = end;
                continue;
            }
            if (c == '\n') {
                out.append('\n');
                lineStart = true;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                out.append(c);
                i++;
                continue;
            }
            lineStart = false;
            int end;
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                end = lineEnd(source, i);
                span(out, "tok-comment", source.substring(i, end));
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int close = source.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                span(out, "tok-comment", source.substring(i, end));
            } else if (source.startsWith("\"\"\"", i)) {
                end = textBlockEnd(source, i + 3);
                span(out, "tok-string", source.substring(i, end));
            } else if (c == '"' || c == '\'') {
                end = quotedEnd(source, i + 1, c);
                span(out, "tok-string", source.substring(i, end));
            } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(source.charAt(i + 1))) {
                end = identifierEnd(source, i + 1);
                span(out, "tok-annotation", source.substring(i, end));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
                end = numberEnd(source, i);
                span(out, "tok-number", source.substring(i, end));
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifierEnd(source, i);
                String word = source.substring(i, end);
                if (KEYWORDS.contains(word)) {
                    span(out, "tok-keyword", word);
                } else if (TYPES.contains(word)) {
                    span(out, "tok-type", word);
                } else if (LITERALS.contains(word)) {
                    span(out, "tok-literal", word);
                } else if (Character.isUpperCase(word.charAt(0))) {
                    span(out, "tok-class", word);
                } else {
                    HtmlText.escape(word, out);
                }
            } else {
                end = i + 1;
                HtmlText.escape(String.valueOf(c), out);
            }
            i = end;
        }
        return out.toString();
    }

    private static void span(StringBuilder out, String cssClass, String text) {
        // Tokens that span lines (comments, text blocks) are closed and reopened at each newline, so that
        // every line of the listing stays balanced HTML.
        String[] lines = text.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                out.append('\n');
            }
            if (!lines[k].isEmpty()) {
                out.append("<span class=\"").append(cssClass).append("\">");
                HtmlText.escape(lines[k], out);
                out.append("</span>");
            }
        }
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }

    private static int quotedEnd(String s, int from, char quote) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                return i;
            }
            i++;
        }
        return s.length();
    }

    private static int textBlockEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (s.startsWith("\"\"\"", i)) {
                return i + 3;
            }
            i++;
        }
        return s.length();
    }

    private static int identifierEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int numberEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                i++;
            } else if ((c == '+' || c == '-') && i > from && "eEpP".indexOf(s.charAt(i - 1)) >= 0
                    && !s.startsWith("0x", from) || (c == '+' || c == '-') && i > from
                    && "pP".indexOf(s.charAt(i - 1)) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return Math.max(i, from + 1);
    }
}
