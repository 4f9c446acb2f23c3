package org.suanli.runner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suanli check}: re-execute notebooks and fail if any stored output no longer matches. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-execute notebooks and compare every output with the one stored in the notebook (like "
                + "nbval). Nothing is written.",
                "Text and HTML must match exactly after the sanitisers (timings, object addresses, temporary paths, "
                        + "and any declared); images must match pixel by pixel within a tolerance.",
                "Cell tags: check-skip (do not run), check-ignore-output (run, do not compare), check-ignore-images "
                        + "(compare text only).",
                "Exit status: 0 when everything matches, 1 when an output differs, 3 when a notebook cannot be read."},
        exitCodeListHeading = ExitCodeScheme.HEADING,
        exitCodeList = {ExitCodeScheme.OK + ":every output matches", ExitCodeScheme.FAILS + ":an output differs",
                ExitCodeScheme.USAGE_LINE, ExitCodeScheme.INPUT + ":a notebook cannot be read"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Option(names = "--sanitize-with", paramLabel = "FILE",
            description = "More sanitisers, in nbval's format ([name], regex: ..., replace: ...).")
    List<Path> sanitizerFiles = new ArrayList<>();

    @Option(names = "--image-tolerance", paramLabel = "N", defaultValue = "8",
            description = "Largest difference (0-255) in a colour channel for pixels to count as equal "
                    + "(default ${DEFAULT-VALUE}).")
    int channelDelta;

    @Option(names = "--image-share", paramLabel = "PERCENT", defaultValue = "0.5",
            description = "Largest share of pixels, in percent, that may differ more than that (default ${DEFAULT-VALUE}).")
    double pixelPercent;

    @Option(names = "--list-sanitizers", description = "Show the sanitisers in force and exit.")
    boolean listSanitizers;


    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress.Mode mode;
        try {
            mode = execution.progressMode();
        } catch (NotebookException e) {
            err.println("suanli check: " + e.getMessage());
            return 2;
        }
        List<Sanitizer> sanitizers = new ArrayList<>(Sanitizer.defaults());
        try {
            for (Path file : sanitizerFiles) {
                sanitizers.addAll(Sanitizer.read(file));
            }
        } catch (NotebookException e) {
            err.println("suanli check: " + e.getMessage());
            return ExitCodeScheme.INPUT;
        }
        if (listSanitizers) {
            for (Sanitizer sanitizer : sanitizers) {
                out.println(sanitizer.description() + "\n    regex:   " + sanitizer.pattern().pattern()
                        + "\n    replace: " + sanitizer.replacement());
            }
            out.flush();
            return 0;
        }
        if (channelDelta < 0 || channelDelta > 255 || pixelPercent < 0 || pixelPercent > 100) {
            err.println("suanli check: --image-tolerance must be 0-255 and --image-share 0-100.");
            return 2;
        }
        List<Path> notebooks;
        Duration timeout;
        try {
            notebooks = execution.notebooks();
            timeout = execution.timeout();
        } catch (NotebookException e) {
            err.println("suanli check: " + e.getMessage());
            return 2;
        }
        NotebookChecker checker = new NotebookChecker(NotebookRunner.InterpreterFactory.jshell(), sanitizers,
                channelDelta, pixelPercent / 100.0, timeout);
        ConsoleProgress listener = new ConsoleProgress(err, mode);
        long start = System.nanoTime();
        int differences = 0;
        int unreadable = 0;
        int cells = 0;
        List<NotebookChecker.Result> results = new ArrayList<>();
        for (int i = 0; i < notebooks.size(); i++) {
            NotebookChecker.Result result = checker.check(notebooks.get(i), listener, i + 1, notebooks.size());
            results.add(result);
            cells += result.cellsCompared();
            differences += result.differences().size();
            if (result.problem() != null) {
                unreadable++;
            }
        }
        for (NotebookChecker.Result result : results) {
            if (result.problem() != null) {
                out.println("ERROR " + result.problem());
            }
            for (NotebookChecker.Difference difference : result.differences()) {
                out.println("DIFFERS " + difference.describe());
            }
        }
        long failedNotebooks = results.stream().filter(r -> !r.passed()).count();
        out.println("Checked " + notebooks.size() + (notebooks.size() == 1 ? " notebook, " : " notebooks, ") + cells
                + (cells == 1 ? " cell" : " cells") + " in " + HtmlReport.formatDuration(Duration.ofNanos(System.nanoTime() - start))
                + ": " + (failedNotebooks == 0 ? "every output matches." : differences + (differences == 1
                ? " difference" : " differences") + " in " + failedNotebooks + (failedNotebooks == 1 ? " notebook." : " notebooks.")));
        out.flush();
        if (unreadable > 0) {
            return ExitCodeScheme.INPUT;
        }
        return differences == 0 ? 0 : 1;
    }
}
