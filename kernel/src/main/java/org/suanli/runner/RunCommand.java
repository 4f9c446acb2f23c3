package org.suanli.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suanli run}: execute notebooks headless and write the executed notebooks and an HTML report. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Execute notebooks in-process (no Python, no Jupyter) and write the executed notebooks and "
                + "an HTML report.",
                "Each notebook runs top to bottom in a fresh Java session, in file-name order. The sources are not "
                        + "changed unless --inplace is given.",
                "The report also has scorecard.html: every statement of the book, its status and basis, and a link to "
                        + "the cell that shows it (from the 'scorecard' command; --no-scorecard leaves it out).",
                "Each batch runs in a child JVM: a notebook that ends the JVM is recorded as failed and the others "
                        + "still run.",
                "Exit status: 0 when every notebook ran, 4 when one failed, 2 when the arguments are wrong."},
        exitCodeListHeading = ExitCodeScheme.HEADING,
        exitCodeList = {ExitCodeScheme.OK + ":every notebook ran", ExitCodeScheme.USAGE_LINE,
                ExitCodeScheme.NOTEBOOK + ":a notebook failed (the others still ran; the report lists each)"},
        footer = {"", "Examples:", "  suanli run                          all of notebooks/, report in target/report/",
                "  suanli run notebooks/03-ahp.ipynb", "  suanli run --inplace notebooks/"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "target/report",
            description = "Where executed notebooks, their HTML pages and index.html go (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--inplace", description = "Also write each executed notebook over its source, only when it "
            + "ran without errors (atomically).")
    boolean inplace;

    @Option(names = "--allow-errors", description = "Keep running a notebook after a cell fails.")
    boolean allowErrors;

    @Option(names = {"-p", "--parameter"}, arity = "2", paramLabel = "NAME VALUE", hideParamSyntax = true,
            description = "Set a parameter: a variable declared in the cell tagged 'parameters' (repeatable).")
    List<String> parameterPairs = new ArrayList<>();

    @Option(names = "--no-html", negatable = false, description = "Write the executed notebooks only, no HTML.")
    boolean noHtml;

    @Option(names = "--in-process", description = "Run the notebooks in this JVM, without the supervising process: "
            + "one JVM less, but a notebook that ends the JVM (e.g. Runtime.getRuntime()::exit) ends the run.")
    boolean inProcess;

    /** Set by {@link BatchSupervisor} on the child that does the work. */
    @Option(names = BatchSupervisor.JOURNAL_OPTION, hidden = true, paramLabel = "FILE")
    Path journal;

    @Option(names = "--no-scorecard", negatable = false, description = "Leave the scorecard page (scorecard.html) "
            + "out of the report.")
    boolean noScorecard;


    @Override
    public Integer call() throws Exception {
        if (journal == null && !inProcess) {
            List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
            int at = args.indexOf("run");
            return BatchSupervisor.supervise(args.subList(at + 1, args.size()), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        int code = runHere();
        if (journal != null) {
            RunJournal.read(journal).complete(code);
        }
        return code;
    }

    /**
     * For {@code main}: runs {@code suanli run ARGS} under a {@link BatchSupervisor} at once, without parsing the
     * command line or discovering the commands here (the child does both), which saves the supervising JVM about
     * half a second of CPU. Null when {@code args} are not such a run (another command, help, --in-process).
     */
    public static Integer superviseFromMain(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("run")) {
            return null;
        }
        for (String a : args) {
            if (List.of("--in-process", BatchSupervisor.JOURNAL_OPTION, "-h", "--help", "-V", "--version").contains(a)) {
                return null;
            }
        }
        List<String> runArgs = new ArrayList<>(List.of(args).subList(1, args.length));
        if (System.console() != null && runArgs.stream().noneMatch(a -> a.startsWith("--progress"))) {
            runArgs.add("--progress"); // the child's stderr is a pipe; the person is at a terminal
            runArgs.add("bar");
        }
        try {
            return BatchSupervisor.supervise(runArgs, new PrintWriter(out, true),
                    new PrintWriter(err, true));
        } catch (IOException e) {
            err.println("suanli run: cannot start the process that runs the notebooks: " + e.getMessage());
            return ExitCodeScheme.NOTEBOOK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodeScheme.NOTEBOOK;
        }
    }

    private int runHere() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress.Mode mode;
        List<Path> notebooks;
        Duration timeout;
        try {
            mode = execution.progressMode();
            notebooks = execution.notebooks();
            timeout = execution.timeout();
        } catch (NotebookException e) {
            err.println("suanli run: " + e.getMessage());
            return ExitCodeScheme.USAGE;
        }
        NotebookRunner.Options options = new NotebookRunner.Options(outputDir, inplace, allowErrors, timeout,
                pairs(parameterPairs), !noHtml);
        NotebookRunner runner = new NotebookRunner(NotebookRunner.InterpreterFactory.jshell(),
                new ConsoleProgress(err, mode), journal == null ? null : RunJournal.read(journal));
        if (!noHtml && !noScorecard) {
            runner.withScorecard(ScorecardCommandSource.of(spec));
        }
        NotebookRunner.Summary summary = runner.run(notebooks, options);
        printSummary(out, summary, outputDir, !noHtml);
        return summary.failed() == 0 ? ExitCodeScheme.OK : ExitCodeScheme.NOTEBOOK;
    }

    static List<Path> defaultInputs(List<Path> inputs) throws NotebookException {
        if (!inputs.isEmpty()) {
            return inputs;
        }
        Path notebooks = Path.of("notebooks");
        if (!Files.isDirectory(notebooks)) {
            throw new NotebookException("no notebooks were given and there is no notebooks/ folder in "
                    + Path.of("").toAbsolutePath() + ". Run from the project folder, or give notebooks or folders.");
        }
        return List.of(notebooks);
    }

    static Map<String, String> pairs(List<String> flat) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            map.put(flat.get(i), flat.get(i + 1));
        }
        return map;
    }

    static void printSummary(PrintWriter out, NotebookRunner.Summary summary, Path outputDir, boolean html) {
        int notebooks = summary.results().size();
        int failed = summary.failed();
        int withErrors = (int) summary.results().stream()
                .filter(r -> r.status() == NotebookResult.Status.ERRORS).count();
        out.println("Ran " + notebooks + (notebooks == 1 ? " notebook, " : " notebooks, ") + summary.cells()
                + (summary.cells() == 1 ? " cell" : " cells") + " in " + HtmlReport.formatDuration(summary.duration())
                + ": " + (notebooks - failed) + " ok" + (withErrors > 0 ? " (" + withErrors + " with allowed errors)" : "")
                + ", " + failed + " failed.");
        for (NotebookResult result : summary.results()) {
            if (result.status().failed()) {
                out.println("  FAILED " + result.problem());
            }
        }
        if (html && summary.index() != null) {
            out.println("Report: " + summary.index() + "  (open it in a browser: file://"
                    + summary.index().toAbsolutePath().normalize() + ")");
        } else {
            out.println("Executed notebooks: " + outputDir);
        }
        out.flush();
    }
}
