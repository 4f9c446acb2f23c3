package org.suanli.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns JShell's diagnostics and exceptions into messages for people: {@code cell 3, line 2, column 9}, the
 * source line with a caret, stack traces cut down to the user's code. JShell reports positions relative to a
 * snippet and stack frames as {@code #12:3}; the {@link CellSource.Origin} map translates both.
 */
final class ErrorFormatter {

    /** JShell's wrapper class names, which mean nothing to the user. */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$\\d+[A-Z]?\\$?\\.?");
    /** A JShell temporary's name ({@code $3}), which Suanli does not keep. */
    private static final Pattern TEMPORARY = Pattern.compile("\\$\\d+");
    private static final int MAX_LIBRARY_FRAMES = 8;

    private final Map<String, CellSource.Origin> origins;

    ErrorFormatter(Map<String, CellSource.Origin> origins) {
        this.origins = origins;
    }

    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String m = WRAPPER.matcher(message).replaceAll("");
        // JShell's wrapper class has no name, so javac says "location: class " — say nothing instead.
        return m.replaceAll("(?m)^\\s*location: class\\s*$\\n?", "").stripTrailing();
    }

    /** A compile error, located in the cell. */
    ErrorInfo compileError(List<Diag> diags, CellSource.Origin origin) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : diags) {
            if (!d.isError()) {
                continue;
            }
            long p = d.getPosition() >= 0 ? d.getPosition() : d.getStartPosition();
            int offset = (int) Math.max(0, Math.min(origin.source().text().length(), origin.start() + Math.max(0, p)));
            CellSource src = origin.source();
            int line = src.lineOf(offset);
            int col = offset - src.lineStart(offset) + 1;
            String msg = clean(d.getMessage(Locale.ROOT));
            String[] msgLines = msg.split("\n");
            String header = src.label() + ", line " + line + ", column " + col + ": " + msgLines[0];
            if (first == null) {
                first = header;
            }
            lines.add(header);
            for (int i = 1; i < msgLines.length; i++) {
                lines.add("    " + msgLines[i].strip());
            }
            String text = src.lineText(offset);
            lines.add("    " + text);
            lines.add("    " + caretPad(text, col - 1) + "^");
            String temporary = temporaryNamed(msg, src.text(), offset);
            if (temporary != null) {
                lines.add("    note: Suanli does not keep JShell's " + temporary + "-style temporaries (each one would slow"
                        + " every later cell); the result of cell N is out(N), as shown by Out[N]");
            }
        }
        if (first == null) {
            first = origin.source().label() + ", line " + origin.firstLine() + ": this code could not be compiled";
            lines.add(first);
        }
        return new ErrorInfo("CompilationError", first, lines);
    }

    /** The {@code $N} name a "cannot find symbol" error is about, or null. */
    static String temporaryNamed(String message, String source, int offset) {
        if (!message.contains("cannot find symbol")) {
            return null;
        }
        Matcher m = TEMPORARY.matcher(source);
        while (m.find()) {
            if (m.start() <= offset && offset <= m.end() || message.contains("variable " + m.group())) {
                return m.group();
            }
        }
        return null;
    }

    /** Spaces (tabs kept) up to column {@code n} of {@code text}, so the caret lines up under the error. */
    private static String caretPad(String text, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return sb.toString();
    }

    /** Where the innermost user frame of {@code e} is, e.g. {@code cell 4, line 2}, or null. */
    String where(JShellException e) {
        for (StackTraceElement st : e.getStackTrace()) {
            String w = userLocation(st);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** A runtime exception with its trace cut to user code. */
    ErrorInfo runtimeError(JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            String name = u.getSnippet().name();
            String msg = name + " cannot be used yet: it refers to something not defined (define it first, then re-run)";
            return new ErrorInfo("UnresolvedReference", msg, List.of("UnresolvedReference: " + msg));
        }
        List<String> lines = new ArrayList<>();
        String cls = exceptionClass(e);
        String msg = e.getMessage();
        appendTrace(lines, e, "");
        return new ErrorInfo(cls, msg == null ? "" : clean(msg), lines);
    }

    static String exceptionClass(Throwable e) {
        if (e instanceof EvalException ee) {
            return ee.getExceptionClassName();
        }
        return e.getClass().getName();
    }

    private void appendTrace(List<String> lines, Throwable e, String prefix) {
        String cls = exceptionClass(e);
        String msg = e.getMessage();
        lines.add(prefix + cls + (msg == null ? "" : ": " + clean(msg)));
        StackTraceElement[] trace = e.getStackTrace();
        int lastUser = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isUser(trace[i])) {
                lastUser = i;
            }
        }
        int end = lastUser >= 0 ? lastUser + 1 : trace.length;
        List<String> frames = new ArrayList<>();
        int libraryRun = 0;
        int skipped = 0;
        for (int i = 0; i < end; i++) {
            StackTraceElement st = trace[i];
            if (isInternal(st)) {
                continue;
            }
            if (isUser(st)) {
                if (skipped > 0) {
                    frames.add("\t… " + skipped + " more library frames");
                    skipped = 0;
                }
                libraryRun = 0;
                frames.add("\tat " + describeUser(st));
            } else if (libraryRun++ < MAX_LIBRARY_FRAMES) {
                frames.add("\tat " + st);
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            frames.add("\t… " + skipped + " more library frames");
        }
        collapseRepeats(frames, lines);
        if (e.getCause() != null && e.getCause() != e) {
            appendTrace(lines, e.getCause(), "Caused by: ");
        }
    }

    /** Deep recursion gives a thousand equal lines; show runs of equal lines once with a count. */
    private static void collapseRepeats(List<String> frames, List<String> out) {
        int i = 0;
        while (i < frames.size()) {
            int j = i + 1;
            while (j < frames.size() && frames.get(j).equals(frames.get(i))) {
                j++;
            }
            out.add(frames.get(i));
            if (j - i > 1) {
                out.add("\t… the line above repeats " + (j - i - 1) + " more times");
            }
            i = j;
        }
    }

    private static boolean isUser(StackTraceElement st) {
        String f = st.getFileName();
        return f != null && f.startsWith("#");
    }

    private static boolean isInternal(StackTraceElement st) {
        String c = st.getClassName();
        return c.startsWith("jdk.internal.reflect.") || c.startsWith("java.lang.reflect.")
                || c.startsWith("jdk.jshell.") || c.startsWith("org.suanli.kernel.SuanliExecutionControl")
                || c.equals("java.lang.Thread");
    }

    private String userLocation(StackTraceElement st) {
        if (!isUser(st)) {
            return null;
        }
        CellSource.Origin o = origins.get(st.getFileName().substring(1));
        if (o == null) {
            return "line " + st.getLineNumber();
        }
        int line = o.firstLine() + Math.max(1, st.getLineNumber()) - 1;
        return o.source().label() + ", line " + line;
    }

    private String describeUser(StackTraceElement st) {
        String where = userLocation(st);
        String cls = WRAPPER.matcher(st.getClassName()).replaceAll("");
        if (cls.startsWith("REPL.")) {
            cls = cls.substring(5);
        }
        String method = st.getMethodName();
        if (method.equals("do_it$") || method.isEmpty()) {
            method = "";
        } else if (method.startsWith("lambda$")) {
            method = "lambda";
        }
        String name = cls.isEmpty() ? method : method.isEmpty() ? cls : cls + "." + method;
        return name.isEmpty() ? where : name + " (" + where + ")";
    }
}
