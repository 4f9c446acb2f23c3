package org.suanli.runner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suanli exercises}: the exercise notebooks, built from one source each. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = {"Exercise notebooks for trainees, nbgrader-style, with self-checks that give hints instead of "
                + "grades.",
                "Run 'suanli exercises build --help' for how the student and instructor versions are made."},
        exitCodeListHeading = ExitCodeScheme.HEADING,
        exitCodeList = {ExitCodeScheme.OK + ":the usage was shown", ExitCodeScheme.USAGE_LINE},
        subcommands = {ExercisesCommand.Build.class})
public final class ExercisesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code suanli exercises build}: writes (or, with --check, verifies) the student and instructor versions. */
    @Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Build each exercise's student and instructor versions from its source.",
                    "In a source, code between '// BEGIN SOLUTION' and '// END SOLUTION' is the answer: the student "
                            + "version gets '// YOUR CODE HERE' and a stub that compiles (the region's '// STUB: ...' "
                            + "lines, or each declaration with a default, e.g. 'double[] w = null;'). Code between "
                            + "'// BEGIN HIDDEN CHECKS' and '// END HIDDEN CHECKS' is left out of the student version. "
                            + "In Markdown, '<!-- BEGIN SOLUTION -->' ... '<!-- END SOLUTION -->' becomes '"
                            + ExerciseBuilder.ANSWER_HERE + "'.",
                    "Both versions are written without outputs. Exit status: 0 built (or, with --check, up to date), "
                            + "1 a student version differs from its source (--check), 2 a source path does not exist, "
                            + "3 a source cannot be read or has unbalanced markers."},
            exitCodeListHeading = ExitCodeScheme.HEADING,
            exitCodeList = {ExitCodeScheme.OK + ":built, or with --check up to date",
                    ExitCodeScheme.FAILS + ":a student version differs from what its source builds (--check)",
                    ExitCodeScheme.USAGE_LINE, ExitCodeScheme.INPUT_LINE})
    public static final class Build implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SOURCE", arity = "0..*",
                description = "Exercise sources, or folders of them (default: notebooks/exercises/source).")
        List<Path> sources = new ArrayList<>();

        @Option(names = "--student-dir", paramLabel = "DIR",
                description = "Where the student versions go (default: the folder above the sources, "
                        + "notebooks/exercises).")
        Path studentDir;

        @Option(names = "--instructor-dir", paramLabel = "DIR", defaultValue = "target/exercises/instructor",
                description = "Where the instructor versions go (default: ${DEFAULT-VALUE}).")
        Path instructorDir;

        @Option(names = "--check", description = "Write nothing; fail (exit 1) when a committed student version is "
                + "not exactly what the build produces. CI runs this.")
        boolean check;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> arguments = sources.isEmpty() ? List.of(Path.of("notebooks", "exercises", "source")) : sources;
            List<Path> files;
            try {
                files = NotebookFiles.resolve(arguments);
            } catch (NotebookException e) {
                err.println("suanli exercises build: " + e.getMessage());
                return ExitCodeScheme.USAGE;
            }
            int stale = 0;
            for (Path file : files) {
                try {
                    ExerciseBuilder.Versions versions = ExerciseBuilder.build(Notebook.read(file));
                    Path folder = file.toAbsolutePath().getParent();
                    Path studentFolder = studentDir != null ? studentDir
                            : folder.getParent() == null ? folder : folder.getParent();
                    Path student = studentFolder.resolve(file.getFileName());
                    Path instructor = instructorDir.resolve(file.getFileName());
                    String built = versions.student().toJson();
                    if (check) {
                        String committed = Files.exists(student) ? Files.readString(student, StandardCharsets.UTF_8) : null;
                        if (!built.equals(committed)) {
                            stale++;
                            err.println("STALE " + relative(student) + (committed == null ? " is missing" : " differs from")
                                    + " what its source " + relative(file) + " builds; run 'suanli exercises build' "
                                    + "and commit the result.");
                        } else {
                            out.println("up to date: " + relative(student));
                        }
                        continue;
                    }
                    Notebook.writeAtomically(student, built);
                    Notebook.writeAtomically(instructor, versions.instructor().toJson());
                    out.println(relative(file) + " -> student " + relative(student) + ", instructor "
                            + relative(instructor));
                } catch (NotebookException e) {
                    err.println("suanli exercises build: " + e.getMessage());
                    return ExitCodeScheme.INPUT;
                } catch (IOException e) {
                    err.println("suanli exercises build: " + file + ": cannot write: " + e.getMessage());
                    return ExitCodeScheme.INPUT;
                }
            }
            out.flush();
            return stale == 0 ? ExitCodeScheme.OK : ExitCodeScheme.FAILS;
        }

        private static String relative(Path path) {
            Path here = Path.of("").toAbsolutePath();
            Path absolute = path.toAbsolutePath().normalize();
            return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        }
    }
}
