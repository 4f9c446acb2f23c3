package org.suanli.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import org.suanli.kernel.EngineOptions;
import org.suanli.kernel.Interpreter;
import org.suanli.kernel.LanguageInfo;

/**
 * {@code suanli run}: executes notebooks in-process, each in a fresh interpreter, in order, and writes the
 * executed notebooks and the HTML report.
 *
 * <p>The source notebooks are read once and never written, except with {@code --inplace} after a run
 * without errors, and then atomically. A notebook that cannot be read, or fails, does not stop the others;
 * the summary and the exit code say what failed.
 */
public final class NotebookRunner {

    /** Makes the interpreter for one notebook; the argument is the notebook's folder. */
    @FunctionalInterface
    public interface InterpreterFactory {
        Interpreter create(Path notebookFolder);

        /**
         * The kernel's own JShell engine, with relative paths in magics resolved against the notebook. It starts
         * warming up as soon as it is made, which lets the runner prepare the next notebook's engine while the
         * current notebook runs; the first notebook gets the one {@link EarlyEngine} started with the JVM.
         */
        static InterpreterFactory jshell() {
            return folder -> {
                Interpreter early = EarlyEngine.take(folder);
                return early != null ? early
                        : Interpreter.start(EngineOptions.defaults().withWarmUp(true).withWorkingDirectory(folder));
            };
        }
    }

    /**
     * @param outputDir   where executed notebooks and HTML go
     * @param inplace     also write each executed notebook over its source, if its run did not fail (errors
     *                    allowed by {@code allowErrors} do not count as failing)
     * @param allowErrors keep running a notebook after a failing cell
     * @param timeout     per cell, or null for none
     * @param parameters  -p NAME VALUE pairs, in order
     * @param html        write the HTML report
     */
    public record Options(Path outputDir, boolean inplace, boolean allowErrors, Duration timeout,
                          Map<String, String> parameters, boolean html) {
        public Options {
            parameters = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
        }
    }

    /** What a whole run did. */
    public record Summary(List<NotebookResult> results, Duration duration, Path index) {
        public int failed() {
            return (int) results.stream().filter(r -> r.status().failed()).count();
        }

        public int cells() {
            return results.stream().mapToInt(NotebookResult::cellsRun).sum();
        }
    }

    /**
     * Computes the scorecard for the report's scorecard page. The kernel cannot see the toolkit, so the runner
     * gets the scorecard through this; {@link RunCommand} runs the {@code scorecard --json} plug-in command.
     */
    @FunctionalInterface
    public interface ScorecardSource {
        /** The scorecard; an exception's message is shown on the index instead. */
        ScorecardRows compute() throws Exception;
    }

    private final InterpreterFactory factory;
    private final RunListener listener;
    private final RunJournal journal;
    private int current;
    private ScorecardSource scorecard;

    /** Also writes {@code scorecard.html} and the totals on the index, from {@code source} (null: none). */
    public NotebookRunner withScorecard(ScorecardSource source) {
        this.scorecard = source;
        return this;
    }

    public NotebookRunner(InterpreterFactory factory, RunListener listener) {
        this(factory, listener, null);
    }

    /** With a journal: as the child of a {@link BatchSupervisor}, going on after the notebooks it records. */
    NotebookRunner(InterpreterFactory factory, RunListener listener, RunJournal journal) {
        this.factory = factory;
        this.journal = journal;
        RunListener shown = listener == null ? RunListener.NONE : listener;
        this.listener = journal == null ? shown : new RunListener() {
            @Override
            public void notebookStarted(String name, int index, int total, int codeCells) {
                shown.notebookStarted(name, index, total, codeCells);
            }

            @Override
            public void cellStarted(String name, int ordinal, int codeCells, Cell cell) {
                journal.cellStarted(current, ordinal);
                shown.cellStarted(name, ordinal, codeCells, cell);
            }

            @Override
            public void cellFinished(String name, int ordinal, int codeCells, Cell cell, boolean ok, Duration took) {
                shown.cellFinished(name, ordinal, codeCells, cell, ok, took);
            }

            @Override
            public void notebookFinished(NotebookResult result) {
                shown.notebookFinished(result);
            }
        };
    }

    public Summary run(List<Path> notebooks, Options options) throws IOException {
        long start = System.nanoTime();
        List<String> names = NotebookFiles.reportNames(notebooks);
        List<NotebookResult> results = new ArrayList<>();
        List<Set<String>> declared = declaredParameters(notebooks, options);
        Set<String> anywhere = new HashSet<>();
        declared.forEach(anywhere::addAll);
        try {
            for (int i = 0; i < notebooks.size(); i++) {
                if (journal != null && journal.result(i) != null) {
                    results.add(journal.result(i)); // run by an earlier process of this batch
                    continue;
                }
                if (journal != null && journal.died(i) != null) {
                    NotebookResult died = endedTheProcess(notebooks.get(i), names.get(i), journal.died(i));
                    results.add(died);
                    listener.notebookFinished(died);
                    continue;
                }
                current = i;
                if (journal != null) {
                    journal.started(i);
                }
                Path nextFolder = i + 1 < notebooks.size() ? folderOf(notebooks.get(i + 1)) : null;
                Options mine = notebooks.size() < 2 ? options : new Options(options.outputDir(), options.inplace(),
                        options.allowErrors(), options.timeout(),
                        Parameters.applicable(declared.get(i), anywhere, options.parameters()), options.html());
                NotebookResult result = runOne(notebooks.get(i), names.get(i), i + 1, notebooks.size(), mine,
                        nextFolder);
                if (journal != null) {
                    journal.finished(i, result);
                }
                results.add(result);
                listener.notebookFinished(result);
            }
        } finally {
            discardPrepared();
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        Path index = null;
        if (options.html()) {
            index = options.outputDir().resolve("index.html");
            ScorecardRows card = null;
            String problem = null;
            if (scorecard != null) {
                try {
                    card = scorecard.compute();
                    writeScorecardPage(card, results, options.outputDir());
                } catch (Exception e) {
                    card = null;
                    problem = "The scorecard page could not be written: " + e.getMessage();
                }
            }
            Notebook.writeAtomically(index, HtmlReport.index(results, options.outputDir(), total, card, problem));
        }
        return new Summary(results, total, index);
    }

    /** The result of a notebook during which the process ended (see {@link BatchSupervisor}). */
    private static NotebookResult endedTheProcess(Path source, String name, JsonObject died) {
        int cell = died.get("cell").getAsInt();
        int exit = died.get("exit").getAsInt();
        int codeCells = 0;
        try {
            codeCells = (int) Notebook.read(source).cells().stream().filter(c -> c.isCode() && !c.source().isBlank()).count();
        } catch (NotebookException | RuntimeException e) {
            // it was readable when it ran; the count only fills the report
        }
        String message = source + (cell > 0 ? ", code cell " + cell : "") + ": ended the Java process (exit code " + exit
                + ") by a route the engine cannot stop (a method reference to Runtime.exit, reflection, a MethodHandle, a"
                + " library's System.exit, native code, or the system killing it for memory); its outputs are lost, and"
                + " the notebooks after it ran in a new process.";
        return new NotebookResult(source, name, NotebookResult.Status.FAILED, null, cell, codeCells, Duration.ZERO,
                List.of(), message, null, null);
    }

    /** The parameter names each notebook declares, read only when a run of several notebooks is given -p. */
    private static List<Set<String>> declaredParameters(List<Path> notebooks, Options options) {
        List<Set<String>> declared = new ArrayList<>();
        for (Path path : notebooks) {
            Set<String> names = Set.of();
            if (notebooks.size() > 1 && !options.parameters().isEmpty()) {
                try {
                    names = Parameters.declaredNames(Notebook.read(path));
                } catch (NotebookException e) {
                    // reported when the notebook itself is run
                }
            }
            declared.add(names);
        }
        return declared;
    }

    private static void writeScorecardPage(ScorecardRows card, List<NotebookResult> results, Path folder)
            throws IOException {
        List<StatementLinks.Page> pages = new ArrayList<>();
        for (NotebookResult result : results) {
            if (result.htmlPath() != null && result.executed() != null) {
                pages.add(new StatementLinks.Page(result.name(), HtmlReport.relativeLink(folder, result.htmlPath()),
                        result.executed()));
            }
        }
        Map<String, StatementLinks.Link> links = StatementLinks.find(
                card.rows().stream().map(ScorecardRows.Row::id).toList(), pages);
        Notebook.writeAtomically(folder.resolve("scorecard.html"), ScorecardPage.html(card, links, HtmlReport.css()));
    }

    /** An engine made ahead of time for the next notebook, warming up while the current one runs. */
    private Interpreter prepared;
    private Path preparedFolder;

    private static Path folderOf(Path notebook) {
        return notebook.toAbsolutePath().normalize().getParent();
    }

    /** A fresh engine for a notebook in {@code folder}: the one prepared ahead if it fits, else a new one. */
    private Interpreter interpreterFor(Path folder) {
        Interpreter interpreter = prepared;
        Path made = preparedFolder;
        prepared = null;
        preparedFolder = null;
        if (interpreter != null && made.equals(folder)) {
            return interpreter;
        }
        if (interpreter != null) {
            shutdownQuietly(interpreter);
        }
        return factory.create(folder);
    }

    private void prepare(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            prepared = factory.create(folder);
            preparedFolder = folder;
        } catch (RuntimeException e) {
            prepared = null; // the next notebook will try again, and report the problem if it persists
        }
    }

    private void discardPrepared() {
        if (prepared != null) {
            shutdownQuietly(prepared);
            prepared = null;
        }
    }

    /**
     * Shuts a used engine down on a background thread: closing JShell takes a while, and nothing needs to
     * wait for it (its threads are daemons, and the outputs are already collected).
     */
    private static void retire(Interpreter interpreter) {
        Thread thread = new Thread(() -> shutdownQuietly(interpreter), "suanli-runner-shutdown");
        thread.setDaemon(true);
        thread.start();
    }

    private static void shutdownQuietly(Interpreter interpreter) {
        try {
            interpreter.shutdown();
        } catch (RuntimeException ignored) {
            // the run's result matters more than a failed shutdown
        }
    }

    private NotebookResult runOne(Path source, String name, int index, int total, Options options, Path nextFolder)
            throws IOException {
        long start = System.nanoTime();
        Notebook original;
        try {
            original = Notebook.read(source);
        } catch (NotebookException e) {
            listener.notebookStarted(name, index, total, 0);
            return new NotebookResult(source, name, NotebookResult.Status.UNREADABLE, null, 0, 0,
                    Duration.ofNanos(System.nanoTime() - start), List.of(), e.getMessage(), null, null);
        }
        Notebook notebook = original.copy();
        try {
            requireJava(original);
            Parameters.inject(notebook, options.parameters());
        } catch (NotebookException e) {
            listener.notebookStarted(name, index, total, 0);
            return new NotebookResult(source, name, NotebookResult.Status.FAILED, null, 0, 0,
                    Duration.ofNanos(System.nanoTime() - start), List.of(), e.getMessage(), null, null);
        }
        int codeCells = (int) notebook.cells().stream().filter(c -> c.isCode() && !c.source().isBlank()).count();
        listener.notebookStarted(name, index, total, codeCells);
        Path folder = folderOf(source);
        NotebookExecutor.Execution execution;
        String problem = null;
        Interpreter interpreter = null;
        try {
            interpreter = interpreterFor(folder);
            prepare(nextFolder);
            execution = NotebookExecutor.execute(notebook, interpreter,
                    new NotebookExecutor.Options(options.allowErrors(), options.timeout(), null, null), listener, name);
            notebook.setKernel(languageInfoJson(interpreter));
        } catch (RuntimeException e) {
            problem = source + ": the evaluation engine could not start or failed: " + e;
            execution = new NotebookExecutor.Execution(0, codeCells, List.of(), true);
        } finally {
            if (interpreter != null) {
                retire(interpreter);
            }
        }
        NotebookResult.Status status;
        if (problem != null || (!execution.failures().isEmpty() && (execution.stopped() || !options.allowErrors()))) {
            status = NotebookResult.Status.FAILED;
        } else if (!execution.failures().isEmpty()) {
            status = NotebookResult.Status.ERRORS;
        } else {
            status = NotebookResult.Status.OK;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        NotebookResult result = new NotebookResult(source, name, status, notebook, execution.cellsRun(), codeCells,
                duration, execution.failures(), problem, null, null);
        Path executedPath = options.outputDir().resolve(name);
        boolean overSource = executedPath.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize());
        if (!overSource) {
            notebook.write(executedPath);
        } else if (!(options.inplace() && !status.failed())) {
            executedPath = null; // the output folder is the source folder: the source is only written by --inplace
        }
        Path htmlPath = null;
        if (options.html()) {
            htmlPath = options.outputDir().resolve(htmlName(name));
            Notebook.writeAtomically(htmlPath, HtmlReport.page(notebook, name, folder,
                    new HtmlReport.RunInfo(status, duration, execution.failures(), problem), true));
        }
        if (options.inplace() && !status.failed()) {
            notebook.write(source);
        }
        return result.withPaths(executedPath, htmlPath);
    }

    /** Refuses a notebook written for another language, which would otherwise fail cell by cell. */
    static void requireJava(Notebook notebook) throws NotebookException {
        String language = null;
        JsonObject metadata = notebook.metadata();
        if (metadata.has("kernelspec") && metadata.get("kernelspec").isJsonObject()
                && metadata.getAsJsonObject("kernelspec").has("language")) {
            language = metadata.getAsJsonObject("kernelspec").get("language").getAsString();
        } else if (metadata.has("language_info") && metadata.get("language_info").isJsonObject()
                && metadata.getAsJsonObject("language_info").has("name")) {
            language = metadata.getAsJsonObject("language_info").get("name").getAsString();
        }
        if (language != null && !language.isBlank() && !language.equalsIgnoreCase("java")) {
            throw new NotebookException(notebook.origin() + ": is a " + language + " notebook (its kernelspec says so); "
                    + "suanli runs Java notebooks. Run it with its own kernel (jupyter nbconvert --execute), or "
                    + "change its kernel to \"Java (Suanli)\" if its cells are Java.");
        }
    }

    /** "dir/02-ahp.ipynb" gives "dir/02-ahp.html". */
    static String htmlName(String notebookName) {
        return (notebookName.toLowerCase(Locale.ROOT).endsWith(".ipynb")
                ? notebookName.substring(0, notebookName.length() - ".ipynb".length()) : notebookName) + ".html";
    }

    static JsonObject languageInfoJson(Interpreter interpreter) {
        LanguageInfo info;
        try {
            info = interpreter.languageInfo();
        } catch (RuntimeException e) {
            info = LanguageInfo.java();
        }
        if (info == null) {
            info = LanguageInfo.java();
        }
        JsonObject json = new JsonObject();
        json.addProperty("codemirror_mode", info.codemirrorMode());
        json.addProperty("file_extension", info.fileExtension());
        json.addProperty("mimetype", info.mimetype());
        json.addProperty("name", info.name());
        json.addProperty("pygments_lexer", info.pygmentsLexer());
        json.addProperty("version", info.version());
        return json;
    }
}
