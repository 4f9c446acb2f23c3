package org.suanli.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jshell.SourceCodeAnalysis;

/**
 * The engine's help beyond JShell's signatures, kept out of {@link JShellInterpreter} but for three one-line
 * hooks: the Javadoc of a signature ({@link JavadocIndex}), IPython's {@code Name?} as a cell, and the one-line
 * docs of completion candidates ({@code _jupyter_types_experimental}).
 */
final class JavadocHelp {

    /** {@code IndexModel?}, {@code IndexModel.standard?} or {@code model.run()??}: a whole cell asking for help. */
    private static final Pattern HELP = Pattern.compile("\\s*([\\w$][\\w$.]*(?:\\(\\))?)\\s*\\?{1,2}\\s*");

    private JavadocHelp() {
    }

    /** The Javadoc to append to one of JShell's documentation entries, or "" when JShell had its own. */
    static String javadocFor(SourceCodeAnalysis.Documentation d) {
        if (d.javadoc() != null && !d.javadoc().isBlank()) {
            return "";
        }
        return JavadocIndex.shared().forSignature(d.signature());
    }

    /** The name a {@code Name?} cell asks about, or null when the cell is code. */
    static String helpName(String cell) {
        Matcher m = HELP.matcher(cell);
        return m.matches() ? m.group(1).replaceFirst("\\(\\)$", "") : null;
    }

    /**
     * Answers a {@code Name?} cell with what Shift-Tab would show, as the cell's output; for {@code Type.member}
     * that JShell does not resolve (an instance method named through its type), the index's own entries.
     */
    static void answer(String name, Interpreter engine, CellRun run) {
        InspectReply help = engine.inspect(name, name.length(), 1);
        if (help.found() && help.data() != null) {
            run.display(help.data());
            return;
        }
        int dot = name.lastIndexOf('.');
        List<JavadocIndex.Doc> docs = dot < 0 ? List.of()
                : JavadocIndex.shared().members(name.substring(0, dot), name.substring(dot + 1));
        if (!docs.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (JavadocIndex.Doc d : docs) {
                text.append(text.length() > 0 ? "\n\n" : "").append(name.substring(0, dot)).append(": ")
                        .append(d.signature()).append(d.text().isEmpty() ? "" : "\n" + d.text());
            }
            run.display(DisplayData.text(text.toString()));
            return;
        }
        run.display(DisplayData.text("No help for " + name + ": it is not a name the session knows (check the spelling "
                + "and the imports)."));
    }

    /** The expression that ends {@code code}: {@code IndexModel.standard()} of {@code var m = IndexModel.standard()}. */
    static String trailingExpression(String code) {
        int depth = 0;
        int i = code.length();
        while (i > 0) {
            char c = code.charAt(i - 1);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && !(Character.isJavaIdentifierPart(c) || c == '.')) {
                break;
            }
            i--;
        }
        return code.substring(i).strip();
    }

    /**
     * Jupyter's {@code _jupyter_types_experimental} for completions after {@code qualifier.}: for each match, its
     * kind and, when the toolkit documents it, its signature with the first sentence of its Javadoc.
     *
     * @param analysis  JShell's analysis
     * @param snippet   the snippet being completed
     * @param anchor    where the matches start in the snippet
     * @param offset    the snippet's offset in the request's code
     * @param matches   the matches, in order
     */
    static List<Map<String, Object>> types(SourceCodeAnalysis analysis, String snippet, int anchor, int offset,
                                           List<String> matches) {
        String owner = null;
        if (anchor > 0 && snippet.charAt(anchor - 1) == '.') {
            String qualifier = trailingExpression(snippet.substring(0, anchor - 1));
            try {
                owner = analysis.analyzeType(qualifier, qualifier.length());
            } catch (RuntimeException e) {
                owner = null;
            }
            if (owner == null || owner.isBlank()) {
                Matcher type = Pattern.compile("([A-Z][\\w$]*)$").matcher(qualifier);
                owner = type.find() ? type.group(1) : null; // a static call on a type name
            }
        }
        List<Map<String, Object>> types = new ArrayList<>();
        for (String match : matches) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("start", offset + anchor);
            t.put("end", offset + snippet.length());
            t.put("text", match);
            boolean method = match.endsWith("(") || match.endsWith("()");
            t.put("type", method ? "method" : Character.isUpperCase(match.isEmpty() ? 'a' : match.charAt(0)) ? "class" : "field");
            String name = match.replaceFirst("\\(\\)?$", "");
            List<JavadocIndex.Doc> docs = owner == null ? List.of() : JavadocIndex.shared().members(owner, name);
            if (!docs.isEmpty()) {
                JavadocIndex.Doc doc = docs.get(0);
                String first = doc.firstSentence();
                t.put("signature", doc.signature() + (first.isEmpty() ? "" : " — " + first));
            } else {
                t.put("signature", "");
            }
            types.add(t);
        }
        return types;
    }
}
