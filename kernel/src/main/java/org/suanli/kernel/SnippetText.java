package org.suanli.kernel;

/**
 * The text JShell is given for one snippet of a cell: from its first character of code on (whitespace and
 * comments in front dropped), and an import on one line.
 *
 * <p>Why an import must not span lines: JShell copies the text of every live import verbatim into the header
 * of every class it compiles afterwards. A line break in it (the {@code "\n"} left in front of the second
 * import of a cell, a comment, a name broken over two lines) moves every later class body one line down. A
 * wildcard import makes JShell recompile every earlier snippet that uses a simple name (a type such as
 * {@code String}, {@code Integer}); their class files now differ in their line-number tables only, so JShell
 * asks the execution engine to redefine them. JShell's in-process engine cannot redefine a class, so JShell
 * replaces each one by a new class whose static field holds the default value: every earlier object
 * variable became {@code null} (issue 17). jshell's own JDI engine redefines them in place, which is why
 * plain {@code jshell} kept the values.
 *
 * @param skipped chars of the original snippet before {@link #text} starts (whitespace and comments), for
 *                mapping positions back to the cell
 * @param text    what to hand to {@code JShell.eval}
 */
record SnippetText(int skipped, String text) {

    /** The text to evaluate for {@code snippet}, a complete snippet as JShell's completion analysis cut it. */
    static SnippetText of(String snippet) {
        int code = codeStart(snippet, 0);
        if (code >= snippet.length()) {
            return new SnippetText(0, snippet); // only comments: JShell says there is nothing to run
        }
        if (!startsWithKeyword(snippet, code, "import")) {
            // Comments in front mean nothing to JShell (it masks them), and line 1 is then the first line of code.
            return new SnippetText(code, snippet.substring(code));
        }
        String imp = snippet.substring(code);
        if (imp.indexOf('\n') < 0 && imp.indexOf('\r') < 0) {
            return new SnippetText(code, imp);
        }
        String canonical = canonicalImport(imp);
        return new SnippetText(code, canonical != null ? canonical : imp);
    }

    /** Index of the first char at or after {@code from} that is neither whitespace nor inside a comment. */
    static int codeStart(String t, int from) {
        int i = from;
        while (i < t.length()) {
            if (Character.isWhitespace(t.charAt(i))) {
                i++;
            } else if (t.startsWith("//", i)) {
                int nl = t.indexOf('\n', i);
                i = nl < 0 ? t.length() : nl + 1;
            } else if (t.startsWith("/*", i)) {
                int end = t.indexOf("*/", i + 2);
                i = end < 0 ? t.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean startsWithKeyword(String t, int at, String word) {
        return t.startsWith(word, at) && (at + word.length() == t.length()
                || !Character.isJavaIdentifierPart(t.charAt(at + word.length())));
    }

    /**
     * {@code import [static] a.b.C;} with every comment and whitespace inside the name removed (a qualified name
     * has no other use for them), or null when {@code imp} is not a plain import (then javac will say why).
     */
    static String canonicalImport(String imp) {
        StringBuilder tokens = new StringBuilder();
        int i = 0;
        while (i < imp.length()) {
            int next = codeStart(imp, i);
            if (next > i) {
                tokens.append(' ');
                i = next;
                continue;
            }
            tokens.append(imp.charAt(i++));
        }
        String t = tokens.toString().strip();
        if (!t.startsWith("import ") || !t.endsWith(";")) {
            return null;
        }
        String body = t.substring("import ".length(), t.length() - 1).strip();
        boolean isStatic = body.startsWith("static ");
        if (isStatic) {
            body = body.substring("static ".length());
        }
        String name = body.replaceAll("\\s+", "");
        if (!name.matches("[\\p{L}\\p{N}_$]+(\\.[\\p{L}\\p{N}_$]+)*(\\.\\*)?")) {
            return null;
        }
        return "import " + (isStatic ? "static " : "") + name + ";";
    }
}
