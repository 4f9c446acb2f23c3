package org.suanli.kernel;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The JShell engine, running cells in the kernel's own JVM ({@code executionEngine("local")}): about 1 s to
 * start, a few ms per trivial snippet, and interrupts by JShell's own {@code stop()}, against ~200 ms per
 * snippet and a second JVM for JShell's default remote engine (measurements in DESIGN.md).
 *
 * <p>All JShell work happens on one thread of a thread group owned by this interpreter, so that output and
 * displays from the cell, and from threads the cell starts, find their way to the cell
 * ({@link StreamCapture}). JShell is started on that thread in the background at construction, so
 * {@code kernel_info} is answered at once and the first cell does not pay for start-up.
 */
public final class JShellInterpreter implements Interpreter {

    /** What every cell may use without importing: JShell's default imports and the display API. */
    static final List<String> START_UP = List.of(
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.regex.*;", "import java.util.stream.*;",
            "import static org.suanli.kernel.Display.*;");

    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String VERSION = version();

    private final EngineOptions options;
    private final ThreadGroup cellGroup;
    private final ExecutorService cellThread;
    private final ScheduledExecutorService timer;
    private final KernelContext context;
    private final ReentrantLock jshellLock = new ReentrantLock();
    private final CompletableFuture<Session> session = new CompletableFuture<>();
    private final Map<String, CellSource.Origin> origins = new ConcurrentHashMap<>();
    private final ErrorFormatter errors = new ErrorFormatter(origins);
    private final History history = new History();
    private final Magics magics;
    private final Object countLock = new Object();
    private int executionCount;
    private volatile CellRun running;
    private volatile boolean closed;

    /** The started JShell and its execution control. */
    record Session(JShell jshell, SuanliExecutionControl control, SourceCodeAnalysis analysis) {
    }

    public JShellInterpreter(EngineOptions options) {
        this.options = options == null ? EngineOptions.defaults() : options;
        this.workingDirectory = this.options.workingDirectory();
        StreamCapture.install();
        int n = INSTANCES.incrementAndGet();
        this.cellGroup = new ThreadGroup("suanli-cells-" + n);
        this.cellThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(cellGroup, r, "suanli-cell-" + n);
            t.setDaemon(true);
            return t;
        });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "suanli-engine-timer-" + n);
            t.setDaemon(true);
            return t;
        });
        this.context = new KernelContext(Renderers.load(JShellInterpreter.class.getClassLoader()));
        StreamCapture.register(cellGroup, context);
        this.magics = new Magics(this);
        if (this.options.warmUp()) {
            cellThread.submit(this::startSession);
        }
    }

    /** A default engine: warm-up on, no timeout. */
    public JShellInterpreter() {
        this(EngineOptions.defaults());
    }

    EngineOptions options() {
        return options;
    }

    Path workingDirectory() {
        Path dir = workingDirectory;
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    /**
     * Resolves relative paths in magics against {@code folder} from now on. For an engine started before its
     * notebook was known (the runner's early engine); call it before the first cell.
     */
    @Override
    public void workIn(Path folder) {
        workingDirectory = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    /** From the options, until {@link #workIn} moves it; null = the JVM's working directory. */
    private volatile Path workingDirectory;

    // ------------------------------------------------------------------------------------------------ start-up

    private void startSession() {
        if (session.isDone()) {
            return;
        }
        try {
            List<String> cp = runningClassPath();
            SnippetLoader loader = new SnippetLoader(JShellInterpreter.class.getClassLoader(), cp);
            SuanliExecutionControl control = new SuanliExecutionControl(loader);
            Thread.currentThread().setContextClassLoader(loader.classLoader());
            ExecutionControlProvider provider = new ExecutionControlProvider() {
                @Override
                public String name() {
                    return "suanli-local";
                }

                @Override
                public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                    return control;
                }
            };
            JShell js = JShell.builder().executionEngine(provider, Map.of()).build();
            List<String> all = new ArrayList<>(cp);
            for (Path p : options.extraClassPath()) {
                all.add(p.toAbsolutePath().toString());
            }
            js.addToClasspath(String.join(File.pathSeparator, all));
            // Created now, before the start-up imports compile; its class-path index is held back (see IndexerPause).
            SourceCodeAnalysis sca = js.sourceCodeAnalysis();
            IndexerPause indexer = IndexerPause.pause(sca);
            CellSource startup = new CellSource("start-up", String.join("\n", START_UP));
            int offset = 0;
            for (String imp : START_UP) {
                for (SnippetEvent e : js.eval(imp)) {
                    if (e.causeSnippet() == null) {
                        origins.put(e.snippet().id(), new CellSource.Origin(startup, offset));
                        if (e.status() == Snippet.Status.REJECTED) {
                            StreamCapture.originalErr().println("suanli: start-up import failed: " + imp + " "
                                    + js.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                        }
                    }
                }
                offset += imp.length() + 1;
            }
            sca.analyzeCompletion("int x = 1;");
            context.renderers(Renderers.load(loader.classLoader()));
            Session started = new Session(js, control, sca);
            session.complete(started);
            // Tablesaw's first use costs over a second (a class-path scan in a static initialiser): pay it off the
            // cell thread, so that a user's first table is quick; in a kernel only once the user is idle.
            Runnable preload = () -> {
                Thread pre = new Thread(cellGroup.getParent(), () -> preload(loader.classLoader()), "suanli-preload");
                pre.setDaemon(true);
                pre.start();
            };
            if (options.workload() == EngineOptions.Workload.INTERACTIVE) {
                Runnable firstPause = () -> {
                    indexer.release();
                    preload.run();
                };
                idleWork = new IdleWork(timer, IdleWork.IDLE_MILLIS, () -> running == null && !closed, firstPause,
                        () -> warmUpStep(started), cellThread);
            } else {
                preload.run(); // a batch run never completes code, so the index stays paused
            }
        } catch (Throwable t) {
            session.completeExceptionally(t);
        }
    }

    /**
     * One idle-time warm-up step: a throwaway snippet of the kinds cells are made of, compiled and run, then
     * dropped. The JIT compiles javac's hot paths only after they have run for a while: in the kernel benchmark a
     * young kernel answers a trivial cell in about 20 ms, a warm one in about 11 ms. Idle seconds spent here move
     * a user's first cells toward the second figure. A step holds the JShell lock like a cell, so a request waits
     * for at most one step.
     *
     * @return whether there is more to do
     */
    private boolean warmUpStep(Session s) {
        if (closed || running != null || !jshellLock.tryLock()) {
            return !closed;
        }
        try {
            int step = warmUpSteps++;
            boolean more = step + 1 < WARM_UP_STEPS;
            String code = WARM_UP_SNIPPETS.get(step % WARM_UP_SNIPPETS.size()).replace("#", Integer.toString(step));
            String name = "$suanliWarmUp" + step;
            if (code.contains(name) && (s.jshell().variables().anyMatch(v -> v.name().equals(name))
                    || s.jshell().methods().anyMatch(m -> m.name().equals(name)))) {
                return more; // never redefine (and then drop) a user's own declaration
            }
            for (SnippetEvent e : s.jshell().eval(code)) {
                if (e.snippet().kind() != Snippet.Kind.IMPORT && s.jshell().status(e.snippet()).isActive()) {
                    s.jshell().drop(e.snippet());
                }
            }
            return more;
        } catch (RuntimeException e) {
            return false; // warming up is optional; a closed JShell ends it
        } finally {
            jshellLock.unlock();
        }
    }

    /** What idle-time warm-up compiles: an expression, a declaration, a statement and a method, in turn. */
    static final List<String> WARM_UP_SNIPPETS = List.of("1 + #", "int $suanliWarmUp# = #;",
            "if (# < 0) { throw new IllegalStateException(); }", "int $suanliWarmUp#(int x) { return x + #; }",
            "String.valueOf(#).length()", "List.of(#, #).size()");
    /** About 2 s of one core on a young JVM; by then a trivial cell has reached its steady cost. */
    static final int WARM_UP_STEPS = 60;
    private int warmUpSteps;
    private volatile IdleWork idleWork;

    /** Whether the idle-time work (index, preload, warm-up) is over; false while it waits or never started. */
    boolean idleWorkFinished() {
        IdleWork w = idleWork;
        return w != null && w.finished();
    }

    private static void preload(ClassLoader loader) {
        for (String c : List.of("tech.tablesaw.api.Table", "org.knowm.xchart.XYChart", "javax.imageio.ImageIO")) {
            try {
                Class.forName(c, true, loader);
            } catch (Throwable ignored) {
                // optional: only saves time later
            }
        }
        try {
            Class<?> table = Class.forName("tech.tablesaw.api.Table", true, loader);
            table.getMethod("create", String.class).invoke(null, "warm-up");
        } catch (Throwable ignored) {
            // optional
        }
    }

    /** The kernel's class path, with the Class-Path of manifest-only jars (Surefire, some launchers) expanded. */
    static List<String> runningClassPath() {
        Set<String> out = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                addWithManifest(Path.of(e).toAbsolutePath().normalize(), out, 0);
            }
        }
        return List.copyOf(out);
    }

    private static void addWithManifest(Path p, Set<String> out, int depth) {
        if (!out.add(p.toString()) || depth > 2 || !p.toString().endsWith(".jar") || !Files.isRegularFile(p)) {
            return;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            Manifest mf = jar.getManifest();
            String cp = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
            if (cp == null || cp.isBlank()) {
                return;
            }
            for (String item : cp.trim().split("\\s+")) {
                try {
                    URI u = p.toUri().resolve(item);
                    addWithManifest(Path.of(u).normalize(), out, depth + 1);
                } catch (RuntimeException ignored) {
                    // an entry we cannot read is not ours to fix
                }
            }
        } catch (IOException ignored) {
            // not a readable jar: keep the entry as it is
        }
    }

    Session session() {
        if (!session.isDone()) {
            if (Thread.currentThread().getThreadGroup() == cellGroup) {
                startSession();
            } else {
                try {
                    cellThread.submit(this::startSession).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while JShell was starting", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("JShell could not start: " + e.getCause(), e.getCause());
                }
            }
        }
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JShell was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell could not start: " + e.getCause(), e.getCause());
        }
    }

    /** Waits until JShell has started (for benchmarks and tests that measure the first cell alone). */
    @Override
    public void awaitReady() {
        session();
    }

    // ------------------------------------------------------------------------------------------------ execute

    @Override
    public ExecuteReply execute(ExecuteRequest request, OutputSink output) {
        if (closed) {
            throw new IllegalStateException("this interpreter has been shut down");
        }
        try {
            session(); // JShell's start-up is not the cell's time (matters for the cell timeout)
        } catch (IllegalStateException e) {
            ErrorInfo err = internalError(e);
            output.error(err.ename(), err.evalue(), err.traceback());
            return new ExecuteReply(ExecuteReply.Status.ERROR, executionCount(), err, Map.of());
        }
        int count;
        synchronized (countLock) {
            count = request.storeHistory() ? ++executionCount : executionCount;
        }
        String label = request.storeHistory() ? "cell " + count : "cell";
        CellRun run = new CellRun(output, label, count, request.silent(), request.allowStdin(),
                options.maxStreamChars(), timer);
        running = run; // idle-time work waits while this is set, and for a quiet second after it is cleared
        context.begin(run);
        ExecuteReply reply;
        try {
            Future<ExecuteReply> f = cellThread.submit(() -> runCell(request, run));
            reply = await(f, run);
        } finally {
            running = null;
            context.end(run);
            run.close();
            IdleWork idle = idleWork;
            if (idle != null) {
                idle.busy();
            }
        }
        if (request.storeHistory()) {
            history.add(count, request.code(), null);
        }
        return reply;
    }

    private ExecuteReply await(Future<ExecuteReply> f, CellRun run) {
        Duration timeout = options.cellTimeout();
        try {
            if (timeout != null) {
                try {
                    return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException te) {
                    run.timedOut = true;
                    stopUntilDone(run);
                }
            }
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.interruptRequested = true;
            stopUntilDone(run);
            ErrorInfo err = new ErrorInfo("Interrupted", "the kernel thread waiting for " + run.label() + " was interrupted", List.of());
            return new ExecuteReply(ExecuteReply.Status.ABORTED, run.count(), err, Map.of());
        } catch (ExecutionException e) {
            ErrorInfo err = internalError(e.getCause());
            run.error(err);
            return new ExecuteReply(ExecuteReply.Status.ERROR, run.count(), err, Map.of());
        }
    }

    private ErrorInfo internalError(Throwable t) {
        String msg = "the kernel failed while running the cell: " + t;
        List<String> tb = new ArrayList<>();
        tb.add("KernelError: " + msg);
        for (StackTraceElement st : t.getStackTrace()) {
            tb.add("\tat " + st);
        }
        return new ErrorInfo("KernelError", msg, tb);
    }

    /** Runs on the cell thread. */
    private ExecuteReply runCell(ExecuteRequest request, CellRun run) {
        Session s = session();
        jshellLock.lock();
        CellRun.ORIGIN.set(run);
        try {
            CellSource src = new CellSource(run.label(), request.code());
            Outcome outcome = new Outcome();
            try {
                runSource(s, src, 0, src.text(), run, outcome);
                if (outcome.error == null && outcome.lastValue != null) {
                    keepAndShowResult(s, outcome.lastValue, request.storeHistory(), run);
                }
                Map<String, ExecuteReply.ExpressionResult> ue = userExpressions(s, request.userExpressions(), outcome);
                if (outcome.error != null) {
                    return new ExecuteReply(ExecuteReply.Status.ERROR, run.count(), outcome.error, ue);
                }
                return new ExecuteReply(ExecuteReply.Status.OK, run.count(), null, ue);
            } finally {
                dropTemporaries(s, outcome);
            }
        } finally {
            CellRun.ORIGIN.remove();
            jshellLock.unlock();
        }
    }

    /**
     * Drops the {@code $N} variables JShell made for the cell's expressions. JShell imports every live
     * declaration into every later snippet it compiles, so each kept temporary makes every later cell slower
     * (measured: a trivial cell takes 8-9 ms with none and 16 ms with 50). Their values stay reachable
     * as {@code out(N)}, by the cell's execution count, like IPython's {@code Out[N]}.
     */
    private static void dropTemporaries(Session s, Outcome outcome) {
        for (Snippet t : outcome.temporaries) {
            try {
                if (s.jshell().status(t).isActive()) {
                    s.jshell().drop(t);
                }
            } catch (RuntimeException ignored) {
                // a snippet JShell no longer knows (reset) needs no dropping
            }
        }
        outcome.temporaries.clear();
    }

    /** What running a cell (or a %load-ed file) has come to so far. */
    static final class Outcome {
        ErrorInfo error;
        /** The last snippet, if it is an expression whose value should become the execute_result. */
        Snippet lastValue;
        /** JShell's {@code $N} variables made so far, dropped when the cell ends. */
        final List<Snippet> temporaries = new ArrayList<>();

        void keepIfTemporary(Snippet snippet) {
            if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                temporaries.add(snippet);
            }
        }
    }

    /**
     * Runs {@code text} (a part of {@code src} starting at {@code base}): magic lines and Java code, in order.
     * Stops at the first error, which it reports to the cell and records in {@code outcome}.
     */
    void runSource(Session s, CellSource src, int base, String text, CellRun run, Outcome outcome) {
        String help = JavadocHelp.helpName(text); // IPython's "Name?"
        if (help != null) {
            JavadocHelp.answer(help, this, run);
            return;
        }
        List<Segment> segments = Segment.split(text, base, pending -> atBoundary(s, pending));
        for (Segment seg : segments) {
            if (outcome.error != null) {
                return;
            }
            if (run.stopRequested()) {
                fail(outcome, run, stoppedError(run, src.label() + ", line " + src.lineOf(seg.offset())));
                return;
            }
            outcome.lastValue = null;
            if (seg.kind() == Segment.Kind.CODE) {
                runCode(s, src, seg.offset(), seg.text(), run, outcome);
            } else {
                try {
                    magics.run(seg, s, src, run, outcome);
                } catch (MagicException e) {
                    fail(outcome, run, new ErrorInfo("MagicError", e.getMessage(),
                            List.of("MagicError: " + src.label() + ", line " + src.lineOf(seg.offset()) + ": " + e.getMessage())));
                } catch (Exception e) {
                    fail(outcome, run, new ErrorInfo("MagicError", e.toString(),
                            List.of("MagicError: " + src.label() + ", line " + src.lineOf(seg.offset()) + ": " + e)));
                }
            }
        }
    }

    private static void fail(Outcome outcome, CellRun run, ErrorInfo e) {
        if (outcome.error == null) {
            outcome.error = e;
            run.error(e);
        }
    }

    /** Whether code collected so far ends at a statement boundary, so that a following {@code %} line is a magic. */
    private boolean atBoundary(Session s, String pending) {
        String rest = pending;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo ci = s.analysis().analyzeCompletion(rest);
            // COMPLETE_WITH_SEMI is not a boundary: "int m = a\n  % 5;" continues on the next line.
            if (ci.completeness() != SourceCodeAnalysis.Completeness.COMPLETE
                    && ci.completeness() != SourceCodeAnalysis.Completeness.EMPTY || ci.source() == null) {
                return false;
            }
            if (ci.remaining().length() >= rest.length()) {
                return true;
            }
            rest = ci.remaining();
        }
        return true;
    }

    private void runCode(Session s, CellSource src, int base, String code, CellRun run, Outcome outcome) {
        JShell js = s.jshell();
        String rest = code;
        while (!rest.isBlank()) {
            int start = base + (code.length() - rest.length());
            if (run.stopRequested()) {
                fail(outcome, run, stoppedError(run, src.label() + ", line " + src.lineOf(start)));
                return;
            }
            SourceCodeAnalysis.CompletionInfo ci = s.analysis().analyzeCompletion(rest);
            String snippet;
            String remaining;
            if (ci.completeness().isComplete() && ci.source() != null && ci.remaining().length() < rest.length()) {
                snippet = ci.source();
                remaining = ci.remaining();
            } else {
                snippet = rest; // incomplete or unknown: let javac say what is wrong
                remaining = "";
            }
            SnippetText text = SnippetText.of(snippet); // imports on one line: see SnippetText for why
            start += text.skipped();
            List<SnippetEvent> events;
            try {
                events = js.eval(text.text());
            } catch (IllegalStateException e) {
                fail(outcome, run, internalError(e));
                return;
            }
            SnippetEvent main = null;
            for (SnippetEvent e : events) {
                if (e.causeSnippet() == null) {
                    main = e;
                    origins.put(e.snippet().id(), new CellSource.Origin(src, start));
                }
            }
            if (main == null) {
                rest = remaining;
                continue;
            }
            outcome.keepIfTemporary(main.snippet()); // also when it failed: a declared $N is live either way
            CellSource.Origin origin = new CellSource.Origin(src, start);
            JShellException ex = main.exception();
            if (run.stopRequested()) {
                String where = ex != null ? errors.where(ex) : null;
                fail(outcome, run, stoppedError(run, where != null ? where : src.label() + ", line " + origin.firstLine()));
                return;
            }
            if (main.status() == Snippet.Status.REJECTED) {
                List<Diag> diags = js.diagnostics(main.snippet()).toList();
                fail(outcome, run, errors.compileError(diags, origin));
                return;
            }
            if (ex != null) {
                fail(outcome, run, runtimeError(ex, origin));
                return;
            }
            if (main.status() == Snippet.Status.RECOVERABLE_DEFINED || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                List<String> missing = main.snippet() instanceof DeclarationSnippet d
                        ? js.unresolvedDependencies(d).toList() : List.of();
                System.err.println("note: " + main.snippet().kind().toString().toLowerCase(Locale.ROOT) + " "
                        + nameOf(main.snippet()) + " is defined, but cannot be used until "
                        + (missing.isEmpty() ? "what it refers to is" : String.join(", ", missing) + (missing.size() == 1 ? " is" : " are"))
                        + " defined (" + src.label() + ", line " + origin.firstLine() + ")");
            }
            outcome.lastValue = hasValue(main) ? main.snippet() : null;
            rest = remaining;
        }
    }

    private static String nameOf(Snippet s) {
        return s instanceof PersistentSnippet p ? p.name() : s.source().strip();
    }

    /** Whether a snippet is an expression whose value the user expects to see (not a declaration or statement). */
    private static boolean hasValue(SnippetEvent e) {
        Snippet s = e.snippet();
        if (e.status() != Snippet.Status.VALID) {
            return false;
        }
        return s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || s.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    private ErrorInfo runtimeError(JShellException ex, CellSource.Origin origin) {
        String cls = ErrorFormatter.exceptionClass(ex);
        String where = errors.where(ex);
        if (where == null) {
            where = origin.source().label() + ", line " + origin.firstLine();
        }
        if (cls.equals(ExitTrap.CellExitRequest.class.getName())) {
            String msg = ex.getMessage() + " in " + where + "; the kernel keeps running and everything defined so far is kept. "
                    + "Use 'Restart kernel' to start afresh.";
            return new ErrorInfo("SystemExit", msg, List.of("SystemExit: " + msg));
        }
        if (cls.equals("java.lang.ThreadDeath")) {
            return new ErrorInfo("Interrupted", "stopped at " + where, List.of("Interrupted: stopped at " + where));
        }
        return errors.runtimeError(ex);
    }

    private ErrorInfo stoppedError(CellRun run, String where) {
        if (run.timedOut) {
            String msg = "the cell ran longer than the cell timeout of " + human(options.cellTimeout())
                    + " and was stopped at " + where + "; what it defined before that is kept";
            return new ErrorInfo("Timeout", msg, List.of("Timeout: " + msg));
        }
        String msg = "the cell was interrupted at " + where + "; what it defined before that is kept";
        return new ErrorInfo("Interrupted", msg, List.of("Interrupted: " + msg));
    }

    private static String human(Duration d) {
        if (d == null) {
            return "none";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    /** The object behind a value snippet (JShell's API gives only its text; our execution control gives the object). */
    Object valueOf(Session s, Snippet snippet) {
        VarSnippet var = null;
        if (snippet instanceof VarSnippet v) {
            var = v;
        } else if (snippet instanceof ExpressionSnippet e) {
            String name = e.name();
            var = s.jshell().variables().filter(v -> v.name().equals(name))
                    .filter(v -> s.jshell().status(v) == Snippet.Status.VALID).reduce((a, b) -> b).orElse(null);
        }
        if (var == null) {
            throw new IllegalStateException("no variable behind " + snippet.source());
        }
        s.control().captureNext();
        s.jshell().varValue(var);
        return s.control().takeCaptured();
    }

    private void keepAndShowResult(Session s, Snippet snippet, boolean storeHistory, CellRun run) {
        Object value;
        try {
            value = valueOf(s, snippet);
        } catch (RuntimeException e) {
            return; // JShell has no value to give (it printed none either)
        }
        if (storeHistory) {
            context.results().put(run.count(), value);
        }
        if (!run.silent()) {
            renderResult(value, run);
        }
    }

    private void renderResult(Object value, CellRun run) {
        if (value instanceof DisplayHandle) {
            return; // display(...) as the last line: it has shown itself already
        }
        DisplayData d;
        try {
            d = context.renderers().render(value);
        } catch (RuntimeException | LinkageError e) {
            d = DisplayData.text(Renderers.plain(value));
        }
        run.executeResult(d);
    }

    private Map<String, ExecuteReply.ExpressionResult> userExpressions(Session s, Map<String, String> exprs, Outcome outcome) {
        if (exprs.isEmpty()) {
            return Map.of();
        }
        Map<String, ExecuteReply.ExpressionResult> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> en : exprs.entrySet()) {
            CellSource src = new CellSource("user expression '" + en.getKey() + "'", en.getValue());
            try {
                List<SnippetEvent> events = s.jshell().eval(en.getValue());
                SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
                if (main == null) {
                    out.put(en.getKey(), ExecuteReply.ExpressionResult.failed(new ErrorInfo("Error", "nothing to evaluate", List.of())));
                    continue;
                }
                origins.put(main.snippet().id(), new CellSource.Origin(src, 0));
                outcome.keepIfTemporary(main.snippet());
                if (main.status() == Snippet.Status.REJECTED) {
                    out.put(en.getKey(), ExecuteReply.ExpressionResult.failed(
                            errors.compileError(s.jshell().diagnostics(main.snippet()).toList(), new CellSource.Origin(src, 0))));
                } else if (main.exception() != null) {
                    out.put(en.getKey(), ExecuteReply.ExpressionResult.failed(runtimeError(main.exception(), new CellSource.Origin(src, 0))));
                } else if (hasValue(main)) {
                    Object v = valueOf(s, main.snippet());
                    out.put(en.getKey(), ExecuteReply.ExpressionResult.of(context.renderers().render(v)));
                } else {
                    out.put(en.getKey(), ExecuteReply.ExpressionResult.of(DisplayData.text(main.value() == null ? "" : main.value())));
                }
            } catch (RuntimeException e) {
                out.put(en.getKey(), ExecuteReply.ExpressionResult.failed(new ErrorInfo(e.getClass().getName(), String.valueOf(e.getMessage()), List.of())));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ class path

    /**
     * Adds jars or directories to the class path of the compiler and of cells, skipping any already there.
     *
     * @return the entries actually added
     */
    List<Path> addToClassPath(Session s, List<Path> paths) {
        List<Path> added = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (s.control().loader().contains(abs.toString()) || providedByKernel(abs)) {
                continue;
            }
            s.jshell().addToClasspath(abs.toString());
            added.add(abs);
        }
        if (!added.isEmpty()) {
            context.renderers(Renderers.load(s.control().loader().classLoader()));
        }
        return added;
    }

    /**
     * Whether the classes of jar {@code p} are already on the kernel's own class path under another file name
     * (the shaded {@code suanli.jar} contains Commons Math, Tablesaw, …): adding them again would only shadow
     * nothing and confuse. Judged by the jar's first class.
     */
    static boolean providedByKernel(Path p) {
        if (!p.toString().endsWith(".jar") || !Files.isRegularFile(p)) {
            return false;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            var entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")
                        && !name.endsWith("package-info.class")) {
                    return JShellInterpreter.class.getClassLoader().getResource(name) != null;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Entries added by magics or options since start-up. */
    public Set<String> addedClassPath() {
        return session().control().loader().addedEntries();
    }

    // ------------------------------------------------------------------------------------------------ interrupt

    @Override
    public void interrupt() {
        CellRun run = running;
        if (run == null || run.done) {
            return;
        }
        run.interruptRequested = true;
        stopUntilDone(run);
    }

    /**
     * Calls JShell's {@code stop()} now and every 100 ms while the cell runs: a stop that arrives while a
     * snippet is still compiling finds no user code to stop, and the next snippet would then run unchecked.
     */
    private void stopUntilDone(CellRun run) {
        if (!session.isDone() || session.isCompletedExceptionally()) {
            return;
        }
        JShell js = session.join().jshell();
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = timer.scheduleWithFixedDelay(() -> {
            if (run.done || closed) {
                if (self[0] != null) {
                    self[0].cancel(false);
                }
                return;
            }
            try {
                js.stop();
            } catch (RuntimeException ignored) {
                // JShell closed meanwhile
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
    }

    // ------------------------------------------------------------------------------------------------ analysis

    @Override
    public CompleteReply complete(String code, int cursorPos) {
        int cursor = Math.max(0, Math.min(cursorPos, code.length()));
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        String linePrefix = code.substring(lineStart, cursor);
        if (linePrefix.stripLeading().startsWith("%")) {
            String word = linePrefix.stripLeading();
            if (!word.contains(" ")) {
                List<String> m = magics.names().stream().filter(n -> n.startsWith(word)).toList();
                return new CompleteReply(m, cursor - word.length(), cursor);
            }
            return new CompleteReply(List.of(), cursor, cursor);
        }
        Session s = session();
        jshellLock.lock();
        try {
            int[] span = snippetAt(s, code, cursor);
            String snippet = code.substring(span[0], span[1]);
            int[] anchor = new int[1];
            List<SourceCodeAnalysis.Suggestion> sug = s.analysis().completionSuggestions(snippet, cursor - span[0], anchor);
            Set<String> matches = new LinkedHashSet<>();
            sug.stream().filter(SourceCodeAnalysis.Suggestion::matchesType).forEach(x -> matches.add(x.continuation()));
            sug.forEach(x -> matches.add(x.continuation()));
            return new CompleteReply(List.copyOf(matches), span[0] + anchor[0], cursor,
                    JavadocHelp.types(s.analysis(), snippet, anchor[0], span[0], List.copyOf(matches)));
        } finally {
            jshellLock.unlock();
        }
    }

    /** {@code [start, end)} of the snippet of {@code code} that holds {@code cursor} (end = cursor). */
    private static int[] snippetAt(Session s, String code, int cursor) {
        String head = code.substring(0, cursor);
        int start = 0;
        // Skip whole lines that are magics.
        String rest = head;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo ci = s.analysis().analyzeCompletion(rest);
            if (!ci.completeness().isComplete() || ci.remaining().isEmpty() || ci.remaining().length() >= rest.length()) {
                break;
            }
            start += rest.length() - ci.remaining().length();
            rest = ci.remaining();
        }
        int magicEnd = lastMagicLineEnd(head);
        return new int[] {Math.max(start, magicEnd), cursor};
    }

    private static int lastMagicLineEnd(String head) {
        int end = 0;
        int pos = 0;
        for (String line : head.split("\n", -1)) {
            int next = pos + line.length() + 1;
            if (line.stripLeading().startsWith("%") && next <= head.length()) {
                end = next;
            }
            pos = next;
        }
        return end;
    }

    @Override
    public InspectReply inspect(String code, int cursorPos, int detailLevel) {
        int cursor = Math.max(0, Math.min(cursorPos, code.length()));
        // Inspect the identifier under the cursor: extend to its end, as JShell documents the name before the cursor.
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        Session s = session();
        jshellLock.lock();
        try {
            int[] span = snippetAt(s, code, end);
            String snippet = code.substring(span[0], end);
            List<SourceCodeAnalysis.Documentation> docs = s.analysis().documentation(snippet, snippet.length(), true);
            if (docs.isEmpty() && end < code.length() && code.charAt(end) == '(') {
                docs = s.analysis().documentation(snippet + "(", snippet.length() + 1, true);
            }
            if (docs.isEmpty()) {
                String word = identifierBefore(snippet);
                if (!word.isEmpty()) {
                    docs = s.analysis().documentation(snippet + "(", snippet.length() + 1, true);
                    if (docs.isEmpty()) {
                        String var = s.jshell().variables().filter(v -> v.name().equals(word))
                                .filter(v -> s.jshell().status(v).isActive())
                                .map(v -> v.typeName() + " " + v.name()).reduce((a, b) -> b).orElse(null);
                        if (var != null) {
                            return new InspectReply(true, DisplayData.text(var));
                        }
                    }
                }
            }
            if (docs.isEmpty()) {
                return InspectReply.notFound();
            }
            StringBuilder sb = new StringBuilder();
            for (SourceCodeAnalysis.Documentation d : docs) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(d.signature());
                if (d.javadoc() != null && !d.javadoc().isBlank()) {
                    sb.append("\n").append(d.javadoc().strip());
                }
                String javadoc = JavadocHelp.javadocFor(d); // the toolkit's Javadoc, which JShell cannot read
                if (!javadoc.isEmpty()) {
                    sb.append("\n").append(javadoc);
                }
            }
            return new InspectReply(true, DisplayData.text(sb.toString()));
        } finally {
            jshellLock.unlock();
        }
    }

    private static String identifierBefore(String s) {
        int i = s.length();
        while (i > 0 && Character.isJavaIdentifierPart(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    @Override
    public IsCompleteReply isComplete(String code) {
        Session s = session();
        jshellLock.lock();
        try {
            return CompletenessCheck.check(s.analysis(), code, magics);
        } finally {
            jshellLock.unlock();
        }
    }

    // ------------------------------------------------------------------------------------------------ info, history

    @Override
    public KernelInfo kernelInfo() {
        String javaVersion = Runtime.version().toString();
        int feature = Runtime.version().feature();
        String banner = "Suanli " + VERSION + " — Java " + javaVersion + " (JShell, in-process)\n"
                + "display(obj) shows tables and charts; %lsmagic lists the magics.";
        return new KernelInfo("suanli", VERSION, banner, LanguageInfo.java(), List.of(
                new KernelInfo.HelpLink("Java " + feature + " API",
                        "https://docs.oracle.com/en/java/javase/" + feature + "/docs/api/"),
                new KernelInfo.HelpLink("Tablesaw", "https://jtablesaw.github.io/tablesaw/"),
                new KernelInfo.HelpLink("XChart", "https://knowm.org/open-source/xchart/")));
    }

    private static String version() {
        String v = JShellInterpreter.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }

    @Override
    public int executionCount() {
        synchronized (countLock) {
            return executionCount;
        }
    }

    @Override
    public List<HistoryEntry> historyTail(int n) {
        return history.tail(n);
    }

    @Override
    public List<HistoryEntry> historyRange(int start, int stop) {
        return history.range(start, stop);
    }

    @Override
    public List<HistoryEntry> historySearch(String pattern, int n, boolean unique) {
        return history.search(pattern, n, unique);
    }

    // ------------------------------------------------------------------------------------------------ shutdown

    @Override
    public void shutdown() {
        if (closed) {
            return;
        }
        closed = true;
        CellRun run = running;
        if (run != null) {
            run.interruptRequested = true;
            if (session.isDone() && !session.isCompletedExceptionally()) {
                try {
                    session.join().jshell().stop();
                } catch (RuntimeException ignored) {
                    // closing anyway
                }
            }
        }
        cellThread.submit(() -> {
            if (session.isDone() && !session.isCompletedExceptionally()) {
                session.join().jshell().close();
            }
        });
        cellThread.shutdown();
        try {
            if (!cellThread.awaitTermination(2, TimeUnit.SECONDS)) {
                cellThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        IdleWork idle = idleWork;
        if (idle != null) {
            idle.stop();
        }
        timer.shutdownNow();
        StreamCapture.unregister(cellGroup);
    }
}
