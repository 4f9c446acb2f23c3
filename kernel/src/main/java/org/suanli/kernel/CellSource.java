package org.suanli.kernel;

/**
 * The text a snippet came from and how to name it in messages ({@code cell 4}, {@code analysis.jsh}), so
 * errors point at the user's own line and column instead of JShell's snippet ids.
 */
record CellSource(String label, String text) {

    /** 1-based line of a char offset. */
    int lineOf(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Offset of the first char of the line holding {@code offset}. */
    int lineStart(int offset) {
        int o = Math.min(offset, text.length());
        int i = text.lastIndexOf('\n', o - 1);
        return i + 1;
    }

    /** The text of the line holding {@code offset}, without its newline. */
    String lineText(int offset) {
        int s = lineStart(offset);
        int e = text.indexOf('\n', s);
        return text.substring(s, e < 0 ? text.length() : e).replace("\r", "");
    }

    /** Where a snippet starts: its source and offset. */
    record Origin(CellSource source, int start) {
        /**
         * The line JShell calls line 1 in stack traces: JShell compiles a snippet from its first token, dropping
         * the whitespace and comments the splitter leaves at its front.
         */
        int firstLine() {
            return source.lineOf(SnippetText.codeStart(source.text(), start));
        }
    }
}
