package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped exercises: the committed student versions are exactly what {@code suanli exercises build} makes
 * of the sources; every check of the instructor versions passes; the untouched student versions run to the end
 * and print hints; and {@code suanli run notebooks/exercises} exits 0.
 */
class ExercisesTest {

    private static final Pattern CHECK_CALL = Pattern.compile("check\\.that\\(");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) of (\\d+) checks pass");

    static Path root;
    static Path sources;

    @TempDir
    Path dir;

    @BeforeAll
    static void findProject() {
        root = ProjectFolder.root();
        sources = root.resolve("notebooks/exercises/source");
    }

    private static List<Path> sourceFiles() throws IOException {
        try (Stream<Path> files = Files.list(sources)) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @Test
    void atLeastFiveExercisesAndTheCommittedStudentVersionsAreWhatTheBuildMakes() throws Exception {
        assertTrue(sourceFiles().size() >= 5, "at least five exercises: " + sourceFiles());
        CliRun check = CliRun.of("exercises", "build", sources.toString(), "--check",
                "--instructor-dir", dir.resolve("unused").toString());
        assertEquals(0, check.exit(), check.toString());
        assertEquals(sourceFiles().size(), check.out().lines().filter(l -> l.startsWith("up to date: ")).count(),
                check.toString());
        assertFalse(Files.exists(dir.resolve("unused")), "--check writes nothing");

        // a stale student version is found, named, and the exit status is 1
        Path copySources = dir.resolve("ex/source");
        Files.createDirectories(copySources);
        Path first = sourceFiles().get(0);
        Files.copy(first, copySources.resolve(first.getFileName()));
        Files.writeString(dir.resolve("ex").resolve(first.getFileName()), "{}", StandardCharsets.UTF_8);
        CliRun stale = CliRun.of("exercises", "build", copySources.toString(), "--check");
        assertEquals(1, stale.exit(), stale.toString());
        assertTrue(stale.err().contains("STALE ") && stale.err().contains("run 'suanli exercises build'"), stale.toString());
    }

    @Test
    void instructorVersionsPassEveryCheckAndStudentVersionsRunAndPrintHints() throws Exception {
        Path students = dir.resolve("student");
        Path instructors = dir.resolve("instructor");
        CliRun build = CliRun.of("exercises", "build", sources.toString(), "--student-dir", students.toString(),
                "--instructor-dir", instructors.toString());
        assertEquals(0, build.exit(), build.toString());

        ChildSuanli instructorRun = ChildSuanli.run(root, "run", instructors.toString(), "-o",
                dir.resolve("out-i").toString(), "--progress", "none", "--no-html");
        assertEquals(0, instructorRun.exit(), instructorRun.toString());
        for (Path source : sourceFiles()) {
            String name = source.getFileName().toString();
            Notebook executed = Notebook.read(dir.resolve("out-i").resolve(name));
            String text = allText(executed);
            int calls = checkCalls(Notebook.read(source));
            assertTrue(calls >= 2, name + " has checks");
            assertFalse(text.contains("✗"), name + ": an instructor check failed:\n" + text);
            assertEquals(calls, count(text, "✓ "), name + ": every check ran and passed:\n" + text);
            Matcher summary = SUMMARY.matcher(text);
            assertTrue(summary.find(), text);
            assertEquals(summary.group(1), summary.group(2), name + ": " + summary.group());
            assertEquals(String.valueOf(calls), summary.group(2));
        }

        // the committed student versions, run as a trainee gets them: `suanli run notebooks/exercises`
        Path committed = root.resolve("notebooks/exercises");
        ChildSuanli studentRun = ChildSuanli.run(root, "run", committed.toString(), "-o",
                dir.resolve("out-s").toString(), "--progress", "none", "--no-html");
        assertEquals(0, studentRun.exit(), studentRun.toString());
        assertTrue(studentRun.out().contains("Ran " + sourceFiles().size() + " notebooks"),
                "sub-folders (source/) are not run: " + studentRun);
        for (Path source : sourceFiles()) {
            String name = source.getFileName().toString();
            Notebook executed = Notebook.read(dir.resolve("out-s").resolve(name));
            String text = allText(executed);
            int calls = checkCalls(Notebook.read(source));
            assertEquals(calls, count(text, "✗ "), name + ": every check of the untouched version prints a hint:\n" + text);
            assertFalse(text.contains("✓ "), text);
            assertTrue(text.contains("0 of " + calls + " checks pass; read the hints above"), text);
            for (Cell cell : executed.cells()) {
                for (JsonObject output : cell.outputs()) {
                    assertFalse("error".equals(output.get("output_type").getAsString()),
                            name + ", cell " + cell.number() + ": " + output);
                }
                assertFalse(cell.source().contains("BEGIN SOLUTION") || cell.source().contains("HIDDEN CHECKS"),
                        name + ": markers never reach the student");
            }
        }
    }

    private static int checkCalls(Notebook notebook) {
        int calls = 0;
        for (Cell cell : notebook.cells()) {
            if (cell.isCode()) {
                calls += count(cell.source(), CHECK_CALL);
            }
        }
        return calls;
    }

    private static String allText(Notebook notebook) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : notebook.cells()) {
            for (JsonObject output : cell.outputs()) {
                if ("stream".equals(output.get("output_type").getAsString())) {
                    texts.add(Outputs.text(output));
                }
            }
        }
        return String.join("\n", texts);
    }

    private static int count(String text, String literal) {
        return count(text, Pattern.compile(Pattern.quote(literal)));
    }

    private static int count(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
