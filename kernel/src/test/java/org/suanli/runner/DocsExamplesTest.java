package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code suanli} command shown in README.md and docs/*.md runs, so the docs cannot drift from the code.
 *
 * <p>The commands are the lines of fenced code blocks that start with {@code ./suanli} or {@code suanli}, and
 * inline code spans that start with {@code ./suanli}. Each runs in a child JVM on this module's classes (the
 * classes the jar is made of), with a time budget, in a sandbox: a temporary folder holding copies of
 * {@code data/} and {@code notebooks/}, so that outputs (the report, a rewritten data file) never touch the
 * project. The example files the docs name ({@code my.csv}, {@code alice.csv} …) are made there from the shipped
 * ones, as a user would. Commands that cannot run in a test are in {@link #NOT_RUN}, each with its reason, and
 * every entry there must still be in the docs.
 */
class DocsExamplesTest {

    /** Commands that are not run, and why. */
    static final Map<String, String> NOT_RUN = new LinkedHashMap<>();
    static {
        NOT_RUN.put("./suanli install --user --check", "installs into the user's Jupyter; InstallCommandTest covers it "
                + "with a temporary prefix");
        NOT_RUN.put("./suanli install --check", "installs into the user's Jupyter; InstallCommandTest covers it");
        NOT_RUN.put("./suanli install", "installs into the user's Jupyter; InstallCommandTest covers it");
        NOT_RUN.put("./suanli install --prefix /tmp/k && JUPYTER_PATH=/tmp/k/share/jupyter python3 kernel/bench/kernel_bench.py",
                "a benchmark run through Jupyter, minutes long; docs/benchmarks.md reports its numbers");
        NOT_RUN.put("./suanli install && python3 kernel/bench/kernel_bench.py --kernel suanli",
                "a benchmark run through Jupyter, minutes long, and installs into the user's Jupyter");
        NOT_RUN.put("./suanli export NOTEBOOK", "NOTEBOOK is a placeholder; docs/runner.md's "
                + "'./suanli export notebooks/03-ahp.ipynb' runs the same command");
        NOT_RUN.put("suanli         the launcher: builds the jar when sources changed, then runs it",
                "a line of the project layout listing, not a command");
    }

    /** Exit codes other than 0 that a command documents as a result rather than a failure. */
    static final Map<String, Set<Integer>> ALSO_ACCEPTED = Map.of(
            "scorecard", Set.of(1),   // exit 1 when a statement of the book fails: a finding, not an error
            "capacity", Set.of(1),    // exit 1 when a stated figure does not hold
            "diff", Set.of(1));       // exit 1 when the two notebooks differ

    private static final Duration BUDGET = new Duration(600);

    private record Duration(long seconds) {
    }

    /** One example: where it is, and the command line as written. */
    record Example(String file, int line, String command) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + command;
        }
    }

    @TempDir
    Path sandbox;

    static List<Example> examples(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        Pattern inline = Pattern.compile("`(\\./suanli [^`]*)`");
        List<Example> out = new ArrayList<>();
        for (Path file : files) {
            String name = root.relativize(file).toString();
            boolean fenced = false;
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                String s = line.strip();
                if (s.startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    if (s.startsWith("$ ")) {
                        s = s.substring(2);
                    }
                    if (s.startsWith("./suanli") || s.startsWith("suanli ")) {
                        out.add(new Example(name, number, withoutComment(s)));
                    }
                } else {
                    Matcher m = inline.matcher(line);
                    while (m.find()) {
                        out.add(new Example(name, number, m.group(1).strip()));
                    }
                }
            }
        }
        return out;
    }

    /** The command without a trailing shell comment ({@code   # ...}). */
    static String withoutComment(String line) {
        Matcher m = Pattern.compile("\\s+#\\s").matcher(line);
        return (m.find() ? line.substring(0, m.start()) : line).strip();
    }

    @Test
    void theExtractionFindsTheExamplesAndTheAllowListIsCurrent() throws Exception {
        List<Example> all = examples(ProjectFolder.root());
        Set<String> commands = new LinkedHashSet<>();
        all.forEach(e -> commands.add(e.command()));
        assertTrue(commands.contains("./suanli run notebooks/03-ahp.ipynb -p year 2022"), commands.toString());
        assertTrue(commands.contains("suanli ahp data/ahp/panel.csv"), "comments are cut off: " + commands);
        for (String allowed : NOT_RUN.keySet()) {
            assertTrue(commands.contains(allowed), "an allow-list entry no longer in the docs: remove it: " + allowed);
        }
        assertEquals("suanli index --json", withoutComment("suanli index --json   # tidy rows: a, b # c"));
    }

    @Test
    void everyCommandInTheDocsRuns() throws Exception {
        Path root = ProjectFolder.root();
        prepareSandbox(root);
        Set<String> done = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (Example example : examples(root)) {
            if (NOT_RUN.containsKey(example.command()) || !done.add(example.command())) {
                continue;
            }
            String result = run(example);
            ran++;
            if (result != null) {
                failures.add(example + "\n    " + result.replace("\n", "\n    "));
            }
        }
        assertTrue(ran >= 30, "ran " + ran + " commands");
        assertTrue(failures.isEmpty(), failures.size() + " documented command(s) fail:\n" + String.join("\n", failures));
    }

    /** Copies of data/ and notebooks/, and the example files the docs name, made from the shipped ones. */
    private void prepareSandbox(Path root) throws IOException {
        copyTree(root.resolve("data"), sandbox.resolve("data"));
        copyTree(root.resolve("notebooks"), sandbox.resolve("notebooks"));
        Path data = sandbox.resolve("data");
        String override = "year,province,indicator,value,unit,provenance,source\n"
                + "2023,山东,computing_device_output_10k_units,900,万台,official,my provincial yearbook\n";
        Files.writeString(sandbox.resolve("my.csv"), override, StandardCharsets.UTF_8);
        Files.writeString(sandbox.resolve("mine.csv"), override, StandardCharsets.UTF_8);
        Files.copy(data.resolve("ahp/examples/drinks-saaty2008.csv"), sandbox.resolve("A.csv"));
        String scale = "# an illustrative judgment of the three kinds of compute\n"
                + ",basic_compute,intelligent_compute,super_compute\n";
        Files.writeString(sandbox.resolve("alice.csv"), scale + "basic_compute,1,1/2,3\nintelligent_compute,2,1,5\n"
                + "super_compute,1/3,1/5,1\n", StandardCharsets.UTF_8);
        Files.writeString(sandbox.resolve("bob.csv"), scale + "basic_compute,1,1/3,2\nintelligent_compute,3,1,4\n"
                + "super_compute,1/2,1/4,1\n", StandardCharsets.UTF_8);
        Files.copy(data.resolve("ahp/examples/inconsistent-scale.csv"), sandbox.resolve("carol.csv"));
        Files.copy(data.resolve("shipments.csv"), sandbox.resolve("my_shipments.csv"));
        Files.copy(data.resolve("indicators.csv"), sandbox.resolve("my_indicators.csv"));
        Files.copy(data.resolve("blue_book_2024_facts.json"), sandbox.resolve("my_facts.json"));
        Path notebooks = sandbox.resolve("notebooks");
        Files.copy(notebooks.resolve("03-ahp.ipynb"), sandbox.resolve("old.ipynb"));
        Files.copy(notebooks.resolve("02-capacity.ipynb"), sandbox.resolve("a.ipynb"));
        Files.copy(notebooks.resolve("03-ahp.ipynb"), sandbox.resolve("b.ipynb"));
        List<String> rows = Files.readAllLines(data.resolve("indicators.csv"), StandardCharsets.UTF_8);
        List<String> a = new ArrayList<>(List.of(rows.get(0)));
        List<String> b = new ArrayList<>(List.of(rows.get(0)));
        for (String row : rows.subList(1, rows.size())) {
            (row.startsWith("2022,") ? a : b).add(row);
        }
        Files.write(sandbox.resolve("a.csv"), a, StandardCharsets.UTF_8);
        Files.write(sandbox.resolve("b.csv"), b, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Runs one example in the sandbox; null when it did what the docs say, otherwise what went wrong. */
    private String run(Example example) throws Exception {
        List<String> words = words(example.command());
        Path stdout = Files.createTempFile(sandbox, "out", ".txt");
        int redirect = words.indexOf(">");
        if (redirect >= 0) {
            stdout = sandbox.resolve(words.get(redirect + 1));
            words = new ArrayList<>(words.subList(0, redirect));
        }
        ChildSuanli child = ChildSuanli.run(sandbox, BUDGET.seconds(), stdout, words.subList(1, words.size()));
        if (child.timedOut()) {
            return "did not finish within " + BUDGET.seconds() + " s";
        }
        int exit = child.exit();
        String subcommand = words.size() > 1 ? words.get(1) : "";
        if (exit == 0 || ALSO_ACCEPTED.getOrDefault(subcommand, Set.of()).contains(exit)) {
            assertFalse(child.err().contains("\tat org.suanli."), example + " printed a stack trace:\n" + child.err());
            return null;
        }
        return "exit " + exit + "\n" + tail(child.err()) + tail(child.out());
    }

    private static String tail(String text) {
        String[] lines = text.strip().split("\n");
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 6), lines.length))
                + "\n";
    }

    /** Shell-like words: blanks separate them, double or single quotes group. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
            }
        }
        if (any || word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
