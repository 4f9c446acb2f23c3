package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Differential test of the engine against JShell itself (issue 17): random sequences of cells, from a fixed seed,
 * run through the engine ({@link JShellInterpreter}, cell by cell as the kernel and the runner run them) and
 * through a plain {@link JShell}, the oracle. After every cell, both must agree on whether the cell failed and on
 * every live variable: its name, declared type and value (JShell's own rendering).
 *
 * <p>The oracle splits a cell the way the {@code jshell} tool does (JShell's completion analysis, each snippet
 * trimmed) and runs it in JShell's local execution engine, as the brief allows. The two are kept warm and reset
 * between sequences by dropping every snippet the sequence made, because a fresh JShell per sequence would cost
 * about a second each.
 *
 * <p>On a difference the sequence is shrunk (delta debugging over cells) and the shortest sequence that still
 * differs is printed.
 *
 * <p>Intended differences, not compared:
 * <ul>
 * <li>JShell's {@code $N} temporaries: the engine drops them when their cell ends (results are {@code out(N)}),
 *     because every live one is compiled into every later snippet (docs/kernel-engine.md). Variables whose name
 *     starts with {@code $} are left out, and the generator never refers to {@code $N}.</li>
 * <li>The display API ({@code display}, {@code html}, {@code out}, …) is statically imported in the engine only;
 *     the generator uses none of its names.</li>
 * <li>Identity hash codes and JShell's wrapper class numbers ({@code $JShell$12B}) are masked in values: they
 *     differ between any two JShell instances.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JShellDifferentialTest {

    static final long SEED = Long.getLong("suanli.diff.seed", 20261204L);
    static final int SEQUENCES = Integer.getInteger("suanli.diff.sequences", 100);

    private JShellInterpreter engine;
    private Subject engineSubject;
    private Subject oracle;

    @BeforeAll
    void start() {
        engine = new JShellInterpreter(EngineOptions.defaults());
        engine.awaitReady();
        engineSubject = new EngineSubject(engine);
        oracle = new PlainJShell(true);
    }

    @AfterAll
    void stop() {
        engine.shutdown();
        oracle.close();
    }

    /** The issue's own example, through the engine as a notebook runs it. */
    @Test
    void twoWildcardImportsInOneCellKeepEarlierObjectVariables() {
        List<String> cells = List.of(
                "String a = \"A\"; java.util.List<Integer> l = java.util.List.of(1, 2); int n = 5;",
                "import java.time.*;\nimport java.text.*;\nSystem.out.println(a + \" \" + l + \" \" + n);");
        RecordingSink first = new RecordingSink();
        engine.execute(ExecuteRequest.of(cells.get(0)), first);
        RecordingSink second = new RecordingSink();
        engine.execute(ExecuteRequest.of(cells.get(1)), second);
        assertEquals("A [1, 2] 5\n", second.stdout());
        assertEquals(null, compare(cells, engineSubject, oracle));
    }

    /** The generated suite: every cell of every sequence must leave both with the same variables. */
    @Test
    void randomCellSequencesLeaveTheSameVariablesAsJShell() {
        Random random = new Random(SEED);
        Generator gen = new Generator(random);
        int cells = 0;
        for (int i = 0; i < SEQUENCES; i++) {
            List<String> seq = gen.sequence(i);
            cells += seq.size();
            Divergence d = compare(seq, engineSubject, oracle);
            if (d != null) {
                List<String> shortest = shrink(seq, engineSubject, oracle);
                fail("sequence " + i + " (seed " + SEED + ") differs from JShell: " + d + "\nshortest reproducing sequence ("
                        + shortest.size() + " cells):\n" + render(shortest) + "\n" + compare(shortest, engineSubject, oracle));
            }
        }
        System.out.println("JShellDifferentialTest: " + SEQUENCES + " sequences, " + cells + " cells, snippet kinds "
                + gen.kindsUsed + ", no difference");
        assertEquals(EnumSet.allOf(Kind.class), gen.kindsUsed, "every kind of snippet was generated");
    }

    /**
     * The harness finds the old fault: a subject fed snippets as the engine fed them before issue 17 (the
     * splitter's text, line breaks in front included) differs from the oracle, and the shrinker cuts the
     * sequence down to the declaration and the cell of imports.
     */
    @Test
    void theHarnessFindsAndShrinksTheOldImportFault() {
        Subject old = new PlainJShell(false);
        try {
            List<String> seq = List.of("int k = 1;", "String a = \"A\";", "double d = 2.5;",
                    "import java.time.*;\nimport java.text.*;", "k + 1");
            Divergence d = compare(seq, old, oracle);
            assertNotNull(d, "the untrimmed split must lose 'a'");
            assertTrue(d.toString().contains("String a"), d.toString());
            List<String> shortest = shrink(seq, old, oracle);
            assertEquals(List.of("String a = \"A\";", "import java.time.*;\nimport java.text.*;"), shortest);
        } finally {
            old.close();
        }
    }

    // ------------------------------------------------------------------------------------------ comparison

    record Divergence(int cell, String cellText, String what) {
        @Override
        public String toString() {
            return "after cell " + (cell + 1) + " [" + cellText.replace("\n", "\\n") + "]: " + what;
        }
    }

    /** Runs {@code cells} through both subjects from a clean state; the first difference, or null. */
    static Divergence compare(List<String> cells, Subject a, Subject b) {
        a.reset();
        b.reset();
        for (int i = 0; i < cells.size(); i++) {
            boolean okA = a.run(cells.get(i));
            boolean okB = b.run(cells.get(i));
            if (okA != okB) {
                return new Divergence(i, cells.get(i), "the cell " + (okA ? "ran" : "failed") + " in the engine but "
                        + (okB ? "ran" : "failed") + " in JShell");
            }
            Map<String, String> va = a.variables();
            Map<String, String> vb = b.variables();
            if (!va.equals(vb)) {
                return new Divergence(i, cells.get(i), "engine " + va + " but JShell " + vb);
            }
        }
        return null;
    }

    /** Delta debugging over cells: drops chunks, then single cells, while the sequence still differs. */
    static List<String> shrink(List<String> cells, Subject a, Subject b) {
        List<String> current = new ArrayList<>(cells);
        Divergence d = compare(current, a, b);
        if (d == null) {
            return current;
        }
        current = new ArrayList<>(current.subList(0, d.cell() + 1));
        int chunk = Math.max(1, current.size() / 2);
        while (chunk >= 1) {
            boolean removed = false;
            for (int start = 0; start + chunk <= current.size() && current.size() > 1; ) {
                List<String> candidate = new ArrayList<>(current);
                candidate.subList(start, start + chunk).clear();
                if (!candidate.isEmpty() && compare(candidate, a, b) != null) {
                    current = candidate;
                    removed = true;
                } else {
                    start++;
                }
            }
            if (!removed) {
                chunk /= 2;
            }
        }
        a.reset();
        b.reset();
        return current;
    }

    static String render(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append("  [").append(i + 1).append("] ").append(cells.get(i).replace("\n", "\n      ")).append('\n');
        }
        return sb.toString();
    }

    private static final Pattern LAMBDA = Pattern.compile("\\$\\$Lambda[^@\\s]*");
    private static final Pattern WRAPPER = Pattern.compile("\\$JShell\\$\\d+[A-Z]*");
    private static final Pattern HASH = Pattern.compile("@[0-9a-f]{1,8}\\b");

    /** A value with what differs between any two JShells masked: hash codes, lambda and wrapper class names. */
    static String mask(String value) {
        String v = LAMBDA.matcher(value).replaceAll("\\$\\$Lambda");
        v = WRAPPER.matcher(v).replaceAll("\\$JShell\\$N");
        return HASH.matcher(v).replaceAll("@H");
    }

    /** Every live variable but {@code $N}: "type name" → masked value. */
    static Map<String, String> variablesOf(JShell js) {
        Map<String, String> out = new TreeMap<>();
        js.variables().filter(v -> js.status(v).isActive()).forEach(v -> {
            if (v.name().startsWith("$")) {
                return; // intended: the engine drops JShell's temporaries
            }
            String value;
            try {
                value = js.status(v) == Snippet.Status.VALID ? mask(js.varValue(v)) : "<" + js.status(v) + ">";
            } catch (RuntimeException e) {
                value = "<" + e.getClass().getSimpleName() + ">";
            }
            out.put(v.typeName() + " " + v.name(), value);
        });
        return out;
    }

    // ------------------------------------------------------------------------------------------ subjects

    interface Subject extends AutoCloseable {
        /** Runs one cell; whether it ran without error. */
        boolean run(String cell);

        Map<String, String> variables();

        /** Back to the state after start-up: every snippet a sequence made is dropped. */
        void reset();

        @Override
        void close();
    }

    /** The engine, cell by cell as the kernel runs them. */
    static final class EngineSubject implements Subject {
        private final JShellInterpreter engine;
        private final Set<Snippet> startUp;

        EngineSubject(JShellInterpreter engine) {
            this.engine = engine;
            this.startUp = Set.copyOf(engine.session().jshell().snippets().toList());
        }

        @Override
        public boolean run(String cell) {
            RecordingSink sink = new RecordingSink();
            ExecuteReply reply = engine.execute(ExecuteRequest.of(cell), sink);
            return reply.status() == ExecuteReply.Status.OK;
        }

        @Override
        public Map<String, String> variables() {
            return variablesOf(engine.session().jshell());
        }

        @Override
        public void reset() {
            dropAllBut(engine.session().jshell(), startUp);
        }

        @Override
        public void close() {
            engine.shutdown();
        }
    }

    /**
     * A plain JShell in its local execution engine, with the engine's default imports (not the display API).
     * {@code trimmed}: each snippet trimmed as the {@code jshell} tool evaluates it (the oracle); otherwise the
     * splitter's text as it is, which is how the engine fed JShell before issue 17.
     */
    static final class PlainJShell implements Subject {
        private final JShell js;
        private final SourceCodeAnalysis sca;
        private final boolean trimmed;
        private final Set<Snippet> startUp;

        PlainJShell(boolean trimmed) {
            this.trimmed = trimmed;
            this.js = JShell.builder().executionEngine("local").out(System.out).err(System.err).build();
            this.sca = js.sourceCodeAnalysis();
            for (String imp : JShellInterpreter.START_UP) {
                if (!imp.contains("org.suanli")) {
                    js.eval(imp);
                }
            }
            this.startUp = Set.copyOf(js.snippets().toList());
        }

        @Override
        public boolean run(String cell) {
            String rest = cell;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo ci = sca.analyzeCompletion(rest);
                String src;
                if (ci.completeness().isComplete() && ci.source() != null && ci.remaining().length() < rest.length()) {
                    src = ci.source();
                    rest = ci.remaining();
                } else {
                    src = rest;
                    rest = "";
                }
                if (trimmed) {
                    src = withoutLeadingComments(src.strip());
                }
                if (src.isEmpty()) {
                    continue;
                }
                for (SnippetEvent e : js.eval(src)) {
                    if (e.causeSnippet() == null && (e.status() == Snippet.Status.REJECTED || e.exception() != null)) {
                        return false; // like the jshell tool and the engine: the rest of the input is dropped
                    }
                }
            }
            return true;
        }

        @Override
        public Map<String, String> variables() {
            return variablesOf(js);
        }

        @Override
        public void reset() {
            dropAllBut(js, startUp);
        }

        @Override
        public void close() {
            js.close();
        }
    }

    /**
     * An import after a comment that spans lines ({@code /* … *\/ import java.text.*;}) resets earlier variables in
     * JShell's local engine, as described in {@link SnippetText}, but not in the {@code jshell} tool's JDI engine
     * (tried on Java 17 and 25: the variables keep their values there). The oracle stands for the tool, so it
     * drops comments in front of a snippet, which mean nothing to JShell.
     */
    static String withoutLeadingComments(String src) {
        String s = src;
        while (s.startsWith("/*") || s.startsWith("//")) {
            int end = s.startsWith("/*") ? s.indexOf("*/") + 2 : s.indexOf('\n') + 1;
            if (end <= 1) {
                return "";
            }
            s = s.substring(end).strip();
        }
        return s;
    }

    static void dropAllBut(JShell js, Set<Snippet> keep) {
        List<Snippet> all = new ArrayList<>(js.snippets().toList());
        java.util.Collections.reverse(all); // newest first, so that nothing is recompiled for a dependent about to go
        for (Snippet s : all) {
            if (!keep.contains(s) && js.status(s).isActive()) {
                js.drop(s);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ generator

    /** The kinds of snippet the generator writes. */
    enum Kind {
        PRIMITIVE, OBJECT, ARRAY, VAR, GENERIC, REDEFINE_VARIABLE, ASSIGN, SINGLE_IMPORT, WILDCARD_IMPORT,
        STATIC_IMPORT, METHOD, REDEFINE_METHOD, CLASS, REDEFINE_CLASS, RECORD, ENUM, INTERFACE, EXPRESSION,
        STATEMENT, COMPILE_ERROR, RUNTIME_ERROR, FAILING_INITIALISER, COMMENT
    }

    /** Random cells of 1-4 snippets each, from names this sequence declared. */
    static final class Generator {
        private final Random r;
        final Set<Kind> kindsUsed = EnumSet.noneOf(Kind.class);
        private final List<String> ints = new ArrayList<>();
        private final List<String> strings = new ArrayList<>();
        private final List<String> methods = new ArrayList<>();
        private final List<String> classes = new ArrayList<>();
        private final List<String> records = new ArrayList<>();
        private final List<String> enums = new ArrayList<>();
        private final List<String> interfaces = new ArrayList<>();
        private int next;

        Generator(Random r) {
            this.r = r;
        }

        List<String> sequence(int index) {
            ints.clear();
            strings.clear();
            methods.clear();
            classes.clear();
            records.clear();
            enums.clear();
            interfaces.clear();
            int n = 3 + r.nextInt(6);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int snippets = 1 + r.nextInt(4);
                List<String> parts = new ArrayList<>();
                for (int j = 0; j < snippets; j++) {
                    parts.add(snippet());
                }
                String sep = r.nextInt(4) == 0 ? " " : "\n";
                cells.add(String.join(sep, parts));
            }
            return cells;
        }

        private String name(String prefix) {
            return prefix + (next++);
        }

        private String pick(List<String> names, String fallback) {
            return names.isEmpty() ? fallback : names.get(r.nextInt(names.size()));
        }

        private String intExpr() {
            return switch (r.nextInt(4)) {
                case 0 -> Integer.toString(r.nextInt(100));
                case 1 -> pick(ints, "7") + " + " + r.nextInt(10);
                case 2 -> methods.isEmpty() ? "3 * 4" : pick(methods, "") + "(" + r.nextInt(5) + ")";
                default -> "\"" + pick(strings, "abc") + "\".length()";
            };
        }

        private String snippet() {
            Kind k = Kind.values()[r.nextInt(Kind.values().length)];
            kindsUsed.add(k);
            switch (k) {
                case PRIMITIVE: {
                    String t = List.of("int", "long", "double", "boolean", "char").get(r.nextInt(5));
                    String v = name("p");
                    String init = switch (t) {
                        case "int" -> intExpr();
                        case "long" -> "(long) " + intExpr() + " * 1000000007L";
                        case "double" -> intExpr() + " / 3.0";
                        case "boolean" -> intExpr() + " > 10";
                        default -> "'" + (char) ('a' + r.nextInt(26)) + "'";
                    };
                    if (t.equals("int")) {
                        ints.add(v);
                    }
                    return t + " " + v + " = " + init + ";";
                }
                case OBJECT: {
                    String v = name("o");
                    switch (r.nextInt(4)) {
                        case 0:
                            strings.add(v);
                            return "String " + v + " = \"s\" + " + intExpr() + ";";
                        case 1:
                            return "Integer " + v + " = Integer.valueOf(" + intExpr() + ");";
                        case 2:
                            return "java.util.List<Integer> " + v + " = java.util.List.of(" + intExpr() + ", 2);";
                        default:
                            return "StringBuilder " + v + " = new StringBuilder(\"sb\").append(" + intExpr() + ");";
                    }
                }
                case ARRAY: {
                    String v = name("arr");
                    return r.nextBoolean() ? "int[] " + v + " = {" + intExpr() + ", 2, 3};"
                            : "String[][] " + v + " = {{\"x\"}, {\"y\", \"z\"}};";
                }
                case VAR: {
                    String v = name("v");
                    return switch (r.nextInt(3)) {
                        case 0 -> "var " + v + " = " + intExpr() + ";";
                        case 1 -> "var " + v + " = new ArrayList<String>(List.of(\"q\"));";
                        default -> "var " + v + " = Map.entry(\"k\", " + intExpr() + ");";
                    };
                }
                case GENERIC: {
                    String v = name("g");
                    return r.nextBoolean()
                            ? "Map<String, List<Integer>> " + v + " = new TreeMap<>(Map.of(\"a\", List.of(1, " + intExpr() + ")));"
                            : "Optional<String> " + v + " = Optional.of(\"o\" + " + intExpr() + ");";
                }
                case REDEFINE_VARIABLE: {
                    if (strings.isEmpty() && ints.isEmpty()) {
                        return "int " + name("p") + " = 1;";
                    }
                    String v = r.nextBoolean() && !strings.isEmpty() ? pick(strings, "") : pick(ints, "");
                    return r.nextBoolean() ? "long " + v + " = " + r.nextInt(50) + "L;" : "String " + v + " = \"re\" + " + r.nextInt(9) + ";";
                }
                case ASSIGN:
                    return ints.isEmpty() ? "int " + name("p") + " = 2;" : pick(ints, "") + " += " + r.nextInt(9) + ";";
                case SINGLE_IMPORT:
                    return List.of("import java.time.LocalDate;", "import java.text.DecimalFormat;",
                            "import java.util.concurrent.atomic.AtomicInteger;", "import java.awt.List;").get(r.nextInt(4));
                case WILDCARD_IMPORT:
                    return List.of("import java.time.*;", "import java.text.*;", "import java.sql.*;",
                            "import java.util.zip.*;", "import java.beans.*;", "/* two lines\n */ import java.nio.charset.*;")
                            .get(r.nextInt(6));
                case STATIC_IMPORT:
                    return List.of("import static java.lang.Math.*;", "import static java.lang.Math.max;",
                            "import static java.util.Map.entry;").get(r.nextInt(3));
                case METHOD: {
                    String m = name("f");
                    methods.add(m);
                    return "int " + m + "(int x) { return x * 2 + " + r.nextInt(9) + "; }";
                }
                case REDEFINE_METHOD: {
                    if (methods.isEmpty()) {
                        return "static <T> List<T> " + name("gm") + "(T t) { return List.of(t, t); }";
                    }
                    String m = pick(methods, "");
                    return r.nextBoolean() ? "int " + m + "(int x) { return x - " + r.nextInt(9) + "; }"
                            : "long " + m + "(int x) { return x * 10L; }";
                }
                case CLASS: {
                    String c = name("C");
                    classes.add(c);
                    return "class " + c + " { int v = " + r.nextInt(9) + "; public String toString() { return \"" + c + ":\" + v; } }\n"
                            + c + " " + name("obj") + " = new " + c + "();";
                }
                case REDEFINE_CLASS: {
                    if (classes.isEmpty()) {
                        return "class " + name("C") + " {}";
                    }
                    String c = pick(classes, "");
                    return "class " + c + " { int v = " + r.nextInt(9) + "; public String toString() { return \"new " + c + ":\" + v; } }";
                }
                case RECORD: {
                    String c = name("R");
                    records.add(c);
                    return "record " + c + "(int a, String b) {}\n" + c + " " + name("rec") + " = new " + c + "(" + intExpr() + ", \"b\");";
                }
                case ENUM: {
                    String c = name("E");
                    enums.add(c);
                    return "enum " + c + " { RED, GREEN }\n" + c + " " + name("en") + " = " + c + ".GREEN;";
                }
                case INTERFACE: {
                    String c = name("I");
                    interfaces.add(c);
                    return "interface " + c + " { int f(); default String g() { return \"g\" + f(); } }\n"
                            + "String " + name("ig") + " = ((" + c + ") () -> " + r.nextInt(9) + ").g();";
                }
                case EXPRESSION:
                    return switch (r.nextInt(3)) {
                        case 0 -> intExpr();
                        case 1 -> "\"" + pick(strings, "t") + "\" + " + intExpr();
                        default -> records.isEmpty() ? "List.of(1, 2).size()" : "new " + pick(records, "") + "(1, \"e\")";
                    };
                case STATEMENT:
                    return ints.isEmpty() ? "System.out.print(\"\");"
                            : "for (int i = 0; i < 3; i++) { " + pick(ints, "") + " += i; }";
                case COMPILE_ERROR:
                    return r.nextBoolean() ? "int " + name("bad") + " = \"text\";" : "undefinedName" + next++ + " + 1";
                case RUNTIME_ERROR:
                    return r.nextBoolean() ? "Integer.parseInt(\"x\" + " + intExpr() + ");" : "List.of(1).get(" + (2 + r.nextInt(3)) + ")";
                case FAILING_INITIALISER:
                    return "int " + name("z") + " = " + intExpr() + " + Integer.parseInt(\"\");";
                default:
                    return "// a comment line " + r.nextInt(9);
            }
        }
    }
}
