package org.suanli.kernel;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.sun.source.util.JavacTask;

import jdk.jshell.SourceCodeAnalysis;


/**
 * Answers {@code is_complete}. JShell's {@code analyzeCompletion} knows whether a snippet is finished but
 * calls {@code int 1x = 3;} complete; a console would then run it and show a compile error instead of telling
 * the user at once. So finished snippets are also parsed (parse only, no attribution, so an unknown name is
 * still "complete") in the shapes a JShell snippet may take: statements, class members, an expression, an
 * import.
 */
final class CompletenessCheck {

    private CompletenessCheck() {
    }

    static IsCompleteReply check(SourceCodeAnalysis sca, String code, Magics magics) {
        if (code.isBlank()) {
            return new IsCompleteReply(IsCompleteReply.Status.COMPLETE, "");
        }
        String stripped = code.stripLeading();
        if (stripped.startsWith("%%")) {
            String name = stripped.substring(2).split("\\s", 2)[0];
            if (!magics.isCellMagic(name)) {
                return new IsCompleteReply(IsCompleteReply.Status.INVALID, "");
            }
            // As in IPython: a cell magic's body ends with an empty line.
            boolean ended = code.endsWith("\n\n") || code.endsWith("\n\r\n") || !code.contains("\n");
            return ended && code.contains("\n") ? new IsCompleteReply(IsCompleteReply.Status.COMPLETE, "")
                    : new IsCompleteReply(IsCompleteReply.Status.INCOMPLETE, "");
        }
        StringBuilder java = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("%") && !t.startsWith("%%")) {
                String name = t.substring(1).split("\\s", 2)[0];
                if (!magics.isLineMagic(name)) {
                    return new IsCompleteReply(IsCompleteReply.Status.INVALID, "");
                }
                java.append('\n');
            } else {
                java.append(line).append('\n');
            }
        }
        String rest = java.toString();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo ci = sca.analyzeCompletion(rest);
            SourceCodeAnalysis.Completeness c = ci.completeness();
            if (c == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE || c == SourceCodeAnalysis.Completeness.CONSIDERED_INCOMPLETE) {
                return new IsCompleteReply(IsCompleteReply.Status.INCOMPLETE, indent(code));
            }
            if (c == SourceCodeAnalysis.Completeness.UNKNOWN || ci.source() == null) {
                return new IsCompleteReply(IsCompleteReply.Status.INVALID, "");
            }
            if (!parses(ci.source())) {
                return new IsCompleteReply(IsCompleteReply.Status.INVALID, "");
            }
            if (ci.remaining().length() >= rest.length()) {
                break;
            }
            rest = ci.remaining();
        }
        return new IsCompleteReply(IsCompleteReply.Status.COMPLETE, "");
    }

    /** Four spaces per open brace or bracket at the end of {@code code} (strings and comments skipped). */
    static String indent(String code) {
        int depth = 0;
        boolean inString = false;
        boolean inChar = false;
        boolean lineComment = false;
        boolean blockComment = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            if (lineComment) {
                lineComment = c != '\n';
            } else if (blockComment) {
                if (c == '*' && next == '/') {
                    blockComment = false;
                    i++;
                }
            } else if (inString || inChar) {
                if (c == '\\') {
                    i++;
                } else if ((inString && c == '"') || (inChar && c == '\'')) {
                    inString = false;
                    inChar = false;
                }
            } else if (c == '/' && next == '/') {
                lineComment = true;
            } else if (c == '/' && next == '*') {
                blockComment = true;
            } else if (c == '"') {
                inString = true;
            } else if (c == '\'') {
                inChar = true;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return "    ".repeat(depth);
    }

    /** Whether javac can parse {@code snippet} in one of the shapes JShell accepts. */
    static boolean parses(String snippet) {
        String noSemi = snippet.strip();
        while (noSemi.endsWith(";")) {
            noSemi = noSemi.substring(0, noSemi.length() - 1).stripTrailing();
        }
        List<String> shapes = new ArrayList<>();
        shapes.add("class W$ { void m$() throws Throwable {\n" + snippet + "\n} }");
        shapes.add("class W$ {\n" + snippet + "\n}");
        shapes.add("class W$ { Object v$ = (\n" + noSemi + "\n); }");
        shapes.add(snippet + "\nclass W$ {}");
        for (String s : shapes) {
            if (parseErrors(s) == 0) {
                return true;
            }
        }
        return false;
    }

    private static int parseErrors(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return 0; // no compiler: cannot tell, so do not call it invalid
        }
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///W$.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try {
            JavacTask task = (JavacTask) javac.getTask(null, null, diags, List.of("-proc:none"), null, List.of(file));
            task.parse();
        } catch (Exception e) {
            return 1;
        }
        int n = 0;
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                n++;
            }
        }
        return n;
    }
}
