package org.suanli.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one exercise source into its student and instructor versions, with nbgrader's markers.
 *
 * <ul>
 *   <li>Code: the lines between {@code // BEGIN SOLUTION} and {@code // END SOLUTION} are the answer. The
 *   student gets {@code // YOUR CODE HERE} and a stub that compiles, so the notebook still runs and the checks
 *   print hints: the region's {@code // STUB: code} lines if it has any, otherwise each declaration of the region
 *   with a default value ({@code double[] w = null;}, {@code double cr = Double.NaN;}). The instructor gets the
 *   answer without the markers and stub lines.</li>
 *   <li>Code between {@code // BEGIN HIDDEN CHECKS} and {@code // END HIDDEN CHECKS} is left out of the student
 *   version, and kept (without markers) in the instructor's.</li>
 *   <li>Markdown: {@code <!-- BEGIN SOLUTION -->} … {@code <!-- END SOLUTION -->} becomes
 *   {@value #ANSWER_HERE} for the student.</li>
 * </ul>
 * Both versions have no outputs, so a build is a pure function of the source.
 */
public final class ExerciseBuilder {

    static final String YOUR_CODE_HERE = "// YOUR CODE HERE";
    static final String ANSWER_HERE = "*YOUR ANSWER HERE*";

    private static final Pattern BEGIN_SOLUTION = Pattern.compile("^(\\s*)//\\s*BEGIN SOLUTION\\s*$");
    private static final Pattern END_SOLUTION = Pattern.compile("^\\s*//\\s*END SOLUTION\\s*$");
    private static final Pattern BEGIN_HIDDEN = Pattern.compile("^\\s*//\\s*BEGIN HIDDEN CHECKS\\s*$");
    private static final Pattern END_HIDDEN = Pattern.compile("^\\s*//\\s*END HIDDEN CHECKS\\s*$");
    private static final Pattern STUB = Pattern.compile("^(\\s*)//\\s*STUB:\\s?(.*)$");
    private static final Pattern MD_BEGIN = Pattern.compile("^\\s*<!--\\s*BEGIN SOLUTION\\s*-->\\s*$");
    private static final Pattern MD_END = Pattern.compile("^\\s*<!--\\s*END SOLUTION\\s*-->\\s*$");
    /** A declaration at the start of a line: optional final, a type (generics, arrays), a name, then = or ;. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^(\\s*)(?:final\\s+)?([A-Za-z_][\\w.]*(?:<[^=;()]*>)?(?:\\s*\\[\\s*\\])*)\\s+([A-Za-z_]\\w*)\\s*(?:=|;)");

    private ExerciseBuilder() {
    }

    /** The two versions of one exercise. */
    public record Versions(Notebook student, Notebook instructor) {
    }

    /**
     * Builds both versions.
     *
     * @throws NotebookException naming the cell and line of an unbalanced marker, or of a solution region whose
     *                           stub cannot be derived (give it a {@code // STUB:} line)
     */
    public static Versions build(Notebook source) throws NotebookException {
        Notebook student = source.copy();
        Notebook instructor = source.copy();
        List<Cell> sourceCells = source.cells();
        List<Cell> studentCells = student.cells();
        List<Cell> instructorCells = instructor.cells();
        for (int i = 0; i < sourceCells.size(); i++) {
            Cell cell = sourceCells.get(i);
            String text = cell.source();
            String where = source.origin() + ", cell " + cell.number();
            if (cell.isCode()) {
                studentCells.get(i).setSource(code(text, where, true));
                instructorCells.get(i).setSource(code(text, where, false));
            } else if (cell.isMarkdown()) {
                studentCells.get(i).setSource(markdown(text, where, true));
                instructorCells.get(i).setSource(markdown(text, where, false));
            }
            studentCells.get(i).clearOutputs();
            instructorCells.get(i).clearOutputs();
        }
        return new Versions(student, instructor);
    }

    private enum Region { NONE, SOLUTION, HIDDEN }

    static String code(String text, String where, boolean forStudent) throws NotebookException {
        List<String> out = new ArrayList<>();
        Region region = Region.NONE;
        int regionLine = 0;
        String indent = "";
        List<String> answer = new ArrayList<>();
        List<String> stubs = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int lineNumber = n + 1;
            Matcher begin = BEGIN_SOLUTION.matcher(line);
            if (begin.matches() || BEGIN_HIDDEN.matcher(line).matches()) {
                if (region != Region.NONE) {
                    throw new NotebookException(where + ", line " + lineNumber + ": a region begins inside the "
                            + "region opened on line " + regionLine + "; close that one first.");
                }
                region = begin.matches() ? Region.SOLUTION : Region.HIDDEN;
                regionLine = lineNumber;
                indent = begin.matches() ? begin.group(1) : "";
                answer.clear();
                stubs.clear();
                continue;
            }
            boolean endSolution = END_SOLUTION.matcher(line).matches();
            boolean endHidden = END_HIDDEN.matcher(line).matches();
            if (endSolution || endHidden) {
                if (region != (endSolution ? Region.SOLUTION : Region.HIDDEN)) {
                    throw new NotebookException(where + ", line " + lineNumber + ": \"" + line.strip()
                            + "\" has no matching BEGIN" + (region == Region.NONE ? "" : " (the open region, from line "
                            + regionLine + ", is " + (region == Region.SOLUTION ? "a solution" : "hidden checks")
                            + ")") + ".");
                }
                if (region == Region.SOLUTION) {
                    if (forStudent) {
                        out.add(indent + YOUR_CODE_HERE);
                        out.addAll(stubs.isEmpty() ? derivedStubs(answer, where, regionLine) : stubs);
                    } else {
                        out.addAll(answer);
                    }
                } else if (!forStudent) {
                    out.addAll(answer);
                }
                region = Region.NONE;
                continue;
            }
            if (region == Region.NONE) {
                out.add(line);
                continue;
            }
            Matcher stub = STUB.matcher(line);
            if (region == Region.SOLUTION && stub.matches()) {
                stubs.add(stub.group(1) + stub.group(2));
            } else {
                answer.add(line);
            }
        }
        if (region != Region.NONE) {
            throw new NotebookException(where + ", line " + regionLine + ": the "
                    + (region == Region.SOLUTION ? "solution" : "hidden checks") + " region is never closed; add \"// END "
                    + (region == Region.SOLUTION ? "SOLUTION" : "HIDDEN CHECKS") + "\".");
        }
        return String.join("\n", out);
    }

    /** One stub per declaration at the region's top level, with the default value of its type. */
    private static List<String> derivedStubs(List<String> answer, String where, int regionLine)
            throws NotebookException {
        List<String> stubs = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < answer.size(); i++) {
            String line = answer.get(i);
            if (depth == 0) {
                Matcher m = DECLARATION.matcher(line);
                if (m.find() && !isKeyword(m.group(2))) {
                    String type = m.group(2).replaceAll("\\s+", "");
                    if (type.equals("var")) {
                        throw new NotebookException(where + ", line " + (regionLine + 1 + i) + ": a stub for \"var "
                                + m.group(3) + "\" cannot be derived, since its type is not written; give the "
                                + "region a line \"// STUB: TYPE " + m.group(3) + " = DEFAULT;\".");
                    }
                    stubs.add(m.group(1) + type + " " + m.group(3) + " = " + defaultValue(type) + ";");
                }
            }
            depth += braces(line);
        }
        if (stubs.isEmpty()) {
            throw new NotebookException(where + ", line " + regionLine + ": the solution declares nothing the student "
                    + "version could keep; give the region a \"// STUB: ...\" line (for example a comment or a "
                    + "default value).");
        }
        return stubs;
    }

    private static boolean isKeyword(String word) {
        return switch (word) {
            case "return", "else", "new", "throw", "case", "yield", "import" -> true;
            default -> false;
        };
    }

    private static int braces(String line) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            } else if (!quoted && (c == '{' || c == '(')) {
                depth++;
            } else if (!quoted && (c == '}' || c == ')')) {
                depth--;
            }
        }
        return depth;
    }

    static String defaultValue(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "double" -> "Double.NaN";
            case "float" -> "Float.NaN";
            case "int", "long", "short", "byte" -> "0";
            case "boolean" -> "false";
            case "char" -> "'?'";
            default -> "null";
        };
    }

    static String markdown(String text, String where, boolean forStudent) throws NotebookException {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        int opened = 0;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (MD_BEGIN.matcher(line).matches()) {
                if (inside) {
                    throw new NotebookException(where + ", line " + (n + 1) + ": a solution begins inside the one "
                            + "opened on line " + opened + ".");
                }
                inside = true;
                opened = n + 1;
                if (forStudent) {
                    out.add(ANSWER_HERE);
                }
            } else if (MD_END.matcher(line).matches()) {
                if (!inside) {
                    throw new NotebookException(where + ", line " + (n + 1) + ": \"<!-- END SOLUTION -->\" has no "
                            + "matching BEGIN.");
                }
                inside = false;
            } else if (!inside || !forStudent) {
                out.add(line);
            }
        }
        if (inside) {
            throw new NotebookException(where + ", line " + opened + ": the solution is never closed; add "
                    + "\"<!-- END SOLUTION -->\".");
        }
        return String.join("\n", out);
    }
}
