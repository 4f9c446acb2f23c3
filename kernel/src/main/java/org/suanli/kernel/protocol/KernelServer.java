package org.suanli.kernel.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.suanli.kernel.CompleteReply;
import org.suanli.kernel.ErrorInfo;
import org.suanli.kernel.ExecuteReply;
import org.suanli.kernel.ExecuteRequest;
import org.suanli.kernel.HistoryEntry;
import org.suanli.kernel.InspectReply;
import org.suanli.kernel.Interpreter;
import org.suanli.kernel.IsCompleteReply;
import org.suanli.kernel.KernelInfo;
import org.suanli.kernel.LanguageInfo;
import org.zeromq.ZMQ;

/**
 * The Jupyter kernel server: five ZeroMQ sockets around an {@link Interpreter}.
 *
 * <p>Threads: shell and control each have a socket thread ({@link RouterChannel}) blocked in a poll; a shell
 * worker runs the shell's requests one after the other, so a long cell never keeps the shell socket from
 * reading; the heartbeat echoes on its own thread. What must happen at once is answered by the socket thread
 * itself: {@code interrupt_request} and {@code shutdown_request} on either channel, and everything on control.
 * Every request is framed by {@code busy} and {@code idle} on IOPub, and {@code idle} is published only after
 * the reply and all of the request's output.
 */
public final class KernelServer {

    /** How long shutdown waits for each thread to finish; the process exits after this either way. */
    private static final long STOP_WAIT_MILLIS = 200;
    /**
     * How long closing the ZeroMQ context may take. Sockets linger 200 ms so that the shutdown_reply still
     * leaves; a client that has gone away must not hold the exit much longer.
     */
    private static final long TERM_WAIT_MILLIS = 300;

    private final ConnectionInfo connection;
    private final Interpreter interpreter;
    private final ZMQ.Context context;
    private final WireCodec codec;
    private final IoPub iopub;
    private final RouterChannel shell;
    private final RouterChannel control;
    private final StdinChannel stdin;
    private final Heartbeat heartbeat;
    private final LinkedBlockingDeque<Request> shellQueue = new LinkedBlockingDeque<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final Thread worker;
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();
    private volatile Runnable warmUp;
    private volatile boolean restartRequested;
    private volatile boolean stopping;
    /** The execute_request whose cell is running, for the notice of {@link #exitNotice()}. */
    private volatile Message runningExecute;

    /** A shell-type request and the channel its reply goes back to. */
    private record Request(RouterChannel channel, Message message) {
    }

    /**
     * Binds every socket (so a port conflict fails here, with the port named). Call {@link #start()} next.
     */
    public KernelServer(ConnectionInfo connection, Interpreter interpreter) {
        this.connection = connection;
        this.interpreter = interpreter;
        this.codec = new WireCodec(new MessageSigner(connection.signatureScheme(), connection.key()),
                Ids.random());
        this.context = ZMQ.context(1);
        IoPub iopubSocket = null;
        RouterChannel shellChannel = null;
        RouterChannel controlChannel = null;
        StdinChannel stdinChannel = null;
        try {
            iopubSocket = new IoPub(context, connection.endpoint(connection.iopubPort()), codec);
            shellChannel = new RouterChannel("shell", context, connection.endpoint(connection.shellPort()), codec);
            controlChannel = new RouterChannel("control", context, connection.endpoint(connection.controlPort()), codec);
            stdinChannel = new StdinChannel(context, connection.endpoint(connection.stdinPort()), codec);
            heartbeat = new Heartbeat(context, connection.endpoint(connection.hbPort()));
        } catch (RuntimeException e) {
            // Close what was bound, or terminating the context would wait for those sockets for ever.
            if (iopubSocket != null) {
                iopubSocket.close();
            }
            if (shellChannel != null) {
                shellChannel.closeUnstarted();
            }
            if (controlChannel != null) {
                controlChannel.closeUnstarted();
            }
            if (stdinChannel != null) {
                stdinChannel.close();
            }
            terminate(context, TERM_WAIT_MILLIS);
            throw e;
        }
        iopub = iopubSocket;
        shell = shellChannel;
        control = controlChannel;
        stdin = stdinChannel;
        worker = new Thread(this::workLoop, "suanli-shell-worker");
        worker.setDaemon(true);
    }

    /**
     * Runs {@code task} (the engine's warm-up) on a thread of its own right after the first
     * {@code kernel_info_reply} has gone out, or after {@code fallback} if no kernel_info comes. On a 2-core
     * machine, warming JShell up (about a second of CPU) while the first reply is still being prepared would
     * delay the reply that tells the front end the kernel is alive; this way the reply goes first. Call before
     * {@link #start()}.
     */
    public void warmUpAfterFirstKernelInfo(Runnable task, Duration fallback) {
        this.warmUp = task;
        Thread timer = new Thread(() -> {
            try {
                if (!shutdown.await(fallback.toMillis(), TimeUnit.MILLISECONDS)) {
                    startWarmUp();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "suanli-warm-up-timer");
        timer.setDaemon(true);
        timer.start();
    }

    private void startWarmUp() {
        Runnable task = warmUp;
        if (task != null && warmUpStarted.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    KernelLog.error("Warming up the engine failed (the first cell will try again)", e);
                }
            }, "suanli-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Starts the threads and announces the kernel ({@code status: starting}). */
    public void start() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::exitNotice, "suanli-exit-notice"));
        heartbeat.start();
        worker.start();
        control.start(this::onControl);
        shell.start(this::onShell);
        iopub.status("starting", null);
    }

    /**
     * Blocks until a {@code shutdown_request}, then stops every thread, closes the interpreter and the sockets.
     *
     * @return whether the front end asked for a restart (the kernel exits either way; the front end starts a
     *         new one)
     */
    public boolean awaitShutdown() throws InterruptedException {
        shutdown.await();
        close();
        return restartRequested;
    }

    /**
     * Runs when the JVM exits. If a cell is running and no shutdown was asked for, the cell has ended the JVM
     * by a route the engine cannot rewrite (a method reference to {@code Runtime.exit}, reflection, a
     * {@code MethodHandle}, a library's {@code System.exit}): the user gets an error in that cell, not a silently
     * dead kernel. {@code Runtime.halt} skips shutdown hooks, so after a halt only the front end's "kernel died"
     * remains.
     */
    private void exitNotice() {
        Message m = runningExecute;
        if (m == null || stopping) {
            return;
        }
        String msg = "this cell ended the kernel's Java process (an exit the kernel cannot intercept: a method reference "
                + "to Runtime.exit, reflection, a MethodHandle or a library's System.exit). Everything defined in this "
                + "session is lost; restart the kernel (Jupyter usually does so by itself).";
        KernelLog.warn("suanli kernel: " + msg);
        iopub.publish("error", m, ExecutionOutput.errorContent("KernelExit", msg, List.of("KernelExit: " + msg)));
        try {
            Thread.sleep(300); // let ZeroMQ's I/O thread send it before the JVM ends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the kernel from this process (tests, signals). Same as a shutdown_request without restart. */
    public void shutdownNow() {
        stopping = true;
        shutdown.countDown();
    }

    // ------------------------------------------------------------------ dispatch

    private void onShell(RouterChannel channel, Message m) {
        switch (m.type()) {
            case "interrupt_request" -> withStatus(m, () -> interrupt(channel, m));
            case "shutdown_request" -> withStatus(m, () -> shutdownRequest(channel, m));
            default -> {
                if (!stopping) {
                    shellQueue.add(new Request(channel, m));
                }
            }
        }
    }

    private void onControl(RouterChannel channel, Message m) {
        switch (m.type()) {
            case "execute_request", "complete_request", "inspect_request", "is_complete_request" -> {
                // Shell requests sent to control still run in order with the others, on the worker.
                if (!stopping) {
                    shellQueue.add(new Request(channel, m));
                }
            }
            default -> withStatus(m, () -> handleImmediate(channel, m));
        }
    }

    private void withStatus(Message m, Runnable body) {
        iopub.status("busy", m);
        try {
            body.run();
        } finally {
            iopub.status("idle", m);
        }
    }

    /** Requests that never touch the running cell's engine state. */
    private void handleImmediate(RouterChannel channel, Message m) {
        handleImmediate(channel, m, null);
    }

    /**
     * Handles a request that needs no engine; {@code after} (may be null) runs once the reply is written, or at
     * once for requests without a reply.
     */
    private void handleImmediate(RouterChannel channel, Message m, Runnable after) {
        Runnable done = after == null ? () -> { } : after;
        switch (m.type()) {
            case "kernel_info_request" -> channel.send(reply(m, "kernel_info_reply", kernelInfo()), () -> {
                startWarmUp();
                done.run();
            });
            case "comm_info_request" -> channel.send(reply(m, "comm_info_reply", commInfo()), done);
            case "history_request" -> channel.send(reply(m, "history_reply", history(m.content())), done);
            case "interrupt_request" -> {
                interrupt(channel, m);
                done.run();
            }
            case "shutdown_request" -> {
                shutdownRequest(channel, m);
                done.run();
            }
            case "comm_open" -> {
                commOpen(m);
                done.run();
            }
            case "comm_msg", "comm_close" -> {
                KernelLog.debug("Ignored " + m.type() + " for comm " + Json.string(m.content(), "comm_id", "?"));
                done.run();
            }
            case "debug_request" -> {
                JsonObject content = new JsonObject();
                content.addProperty("status", "error");
                content.addProperty("ename", "NotImplemented");
                content.addProperty("evalue", "This kernel has no debugger.");
                content.add("traceback", new JsonArray());
                channel.send(reply(m, "debug_reply", content), done);
            }
            default -> {
                KernelLog.warn("Ignored a message of unknown type '" + m.type() + "' on " + channel.name());
                done.run();
            }
        }
    }

    // ------------------------------------------------------------------ the shell worker

    private void workLoop() {
        while (!stopping) {
            Request request;
            try {
                request = shellQueue.take();
            } catch (InterruptedException e) {
                return;
            }
            Message m = request.message();
            iopub.status("busy", m);
            Runnable idle = () -> iopub.status("idle", m);
            try {
                if (!workOn(request, idle)) {
                    idle.run();
                }
            } catch (RuntimeException | StackOverflowError e) {
                KernelLog.error("Handling " + m + " failed", e);
                request.channel().send(errorReply(m, e), idle);
            }
        }
    }

    /** Handles one queued request; returns true when it arranged for {@code idle} to follow its reply. */
    private boolean workOn(Request request, Runnable idle) {
        RouterChannel channel = request.channel();
        Message m = request.message();
        JsonObject c = m.content();
        switch (m.type()) {
            case "execute_request" -> execute(channel, m, idle);
            case "complete_request" -> {
                String code = Json.string(c, "code", "");
                CompleteReply r = interpreter.complete(code, cursor(c, code));
                JsonObject content = ok();
                content.add("matches", Json.strings(r.matches()));
                content.addProperty("cursor_start", r.cursorStart());
                content.addProperty("cursor_end", r.cursorEnd());
                JsonObject metadata = new JsonObject();
                if (!r.types().isEmpty()) {
                    metadata.add("_jupyter_types_experimental", new Gson().toJsonTree(r.types()));
                }
                content.add("metadata", metadata);
                channel.send(reply(m, "complete_reply", content), idle);
            }
            case "inspect_request" -> {
                String code = Json.string(c, "code", "");
                InspectReply r = interpreter.inspect(code, cursor(c, code), Json.integer(c, "detail_level", 0));
                JsonObject content = ok();
                content.addProperty("found", r.found() && r.data() != null);
                if (r.found() && r.data() != null) {
                    content.add("data", ExecutionOutput.mimeBundle(r.data().data()));
                    content.add("metadata", ExecutionOutput.mimeBundle(r.data().metadata()));
                } else {
                    content.add("data", new JsonObject());
                    content.add("metadata", new JsonObject());
                }
                channel.send(reply(m, "inspect_reply", content), idle);
            }
            case "is_complete_request" -> {
                IsCompleteReply r = interpreter.isComplete(Json.string(c, "code", ""));
                JsonObject content = new JsonObject();
                content.addProperty("status", r.status().wireName());
                if (r.status() == IsCompleteReply.Status.INCOMPLETE) {
                    content.addProperty("indent", r.indent());
                }
                channel.send(reply(m, "is_complete_reply", content), idle);
            }
            default -> handleImmediate(channel, m, idle);
        }
        return true;
    }

    private static int cursor(JsonObject c, String code) {
        int pos = Json.integer(c, "cursor_pos", code.length());
        return Math.max(0, Math.min(pos, code.length()));
    }

    private void execute(RouterChannel channel, Message m, Runnable idle) {
        JsonObject c = m.content();
        String code = Json.string(c, "code", "");
        boolean silent = Json.bool(c, "silent", false);
        boolean storeHistory = !silent && Json.bool(c, "store_history", true);
        boolean stopOnError = Json.bool(c, "stop_on_error", true);
        boolean allowStdin = Json.bool(c, "allow_stdin", true);
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : Json.object(c, "user_expressions").entrySet()) {
            if (e.getValue().isJsonPrimitive()) {
                expressions.put(e.getKey(), e.getValue().getAsString());
            }
        }
        String started = Instant.now().toString();
        if (!silent) {
            JsonObject input = new JsonObject();
            input.addProperty("code", code);
            input.addProperty("execution_count", interpreter.executionCount() + 1);
            iopub.publish("execute_input", m, input);
        }
        ExecutionOutput output = new ExecutionOutput(iopub, stdin, m, silent, allowStdin);
        ExecuteReply result;
        runningExecute = m;
        try {
            result = interpreter.execute(
                    new ExecuteRequest(code, silent, storeHistory, expressions, allowStdin, stopOnError), output);
        } finally {
            runningExecute = null;
            output.close();
        }
        JsonObject content = new JsonObject();
        content.addProperty("status", result.status().name().toLowerCase(Locale.ROOT));
        content.addProperty("execution_count", result.executionCount());
        if (result.status() == ExecuteReply.Status.ERROR && result.error() != null) {
            ErrorInfo e = result.error();
            content.addProperty("ename", e.ename());
            content.addProperty("evalue", e.evalue());
            content.add("traceback", Json.strings(e.traceback()));
        }
        JsonObject userExpressions = new JsonObject();
        result.userExpressionResults().forEach((name, r) -> userExpressions.add(name, expressionResult(r)));
        content.add("user_expressions", userExpressions);
        content.add("payload", new JsonArray());
        JsonObject metadata = new JsonObject();
        metadata.addProperty("started", started);
        metadata.addProperty("dependencies_met", true);
        metadata.addProperty("status", content.get("status").getAsString());
        if (!result.ok() && stopOnError && !silent) {
            abortQueuedExecutions();
        }
        channel.send(codec.create("execute_reply", m, metadata, content, m.identities()), idle);
    }

    private static JsonObject expressionResult(ExecuteReply.ExpressionResult r) {
        if (r.ok() && r.data() != null) {
            JsonObject o = ok();
            o.add("data", ExecutionOutput.mimeBundle(r.data().data()));
            o.add("metadata", ExecutionOutput.mimeBundle(r.data().metadata()));
            return o;
        }
        ErrorInfo e = r.error() == null ? new ErrorInfo("Error", "no value", List.of()) : r.error();
        JsonObject o = ExecutionOutput.errorContent(e.ename(), e.evalue(), e.traceback());
        o.addProperty("status", "error");
        return o;
    }

    /**
     * After a failed cell with {@code stop_on_error}, the cells already sent behind it are not run: each gets
     * an {@code aborted} reply (with its own busy/idle), as ipykernel does. Other request types still run.
     */
    private void abortQueuedExecutions() {
        List<Request> aborted = new ArrayList<>();
        for (Iterator<Request> it = shellQueue.iterator(); it.hasNext(); ) {
            Request r = it.next();
            if (r.message().type().equals("execute_request")) {
                it.remove();
                aborted.add(r);
            }
        }
        for (Request r : aborted) {
            Message m = r.message();
            iopub.status("busy", m);
            JsonObject content = new JsonObject();
            content.addProperty("status", "aborted");
            content.addProperty("execution_count", interpreter.executionCount());
            JsonObject metadata = new JsonObject();
            metadata.addProperty("status", "aborted");
            metadata.addProperty("dependencies_met", false);
            r.channel().send(codec.create("execute_reply", m, metadata, content, m.identities()),
                    () -> iopub.status("idle", m));
        }
        if (!aborted.isEmpty()) {
            KernelLog.info("Aborted " + aborted.size() + " queued cell(s) after an error (stop_on_error)");
        }
    }

    // ------------------------------------------------------------------ immediate requests

    private JsonObject kernelInfo() {
        KernelInfo info = interpreter.kernelInfo();
        LanguageInfo lang = info.languageInfo();
        JsonObject content = ok();
        content.addProperty("protocol_version", WireCodec.PROTOCOL_VERSION);
        content.addProperty("implementation", info.implementation());
        content.addProperty("implementation_version", info.implementationVersion());
        content.addProperty("banner", info.banner());
        content.addProperty("debugger", false);
        JsonObject language = new JsonObject();
        language.addProperty("name", lang.name());
        language.addProperty("version", lang.version());
        language.addProperty("mimetype", lang.mimetype());
        language.addProperty("file_extension", lang.fileExtension());
        language.addProperty("codemirror_mode", lang.codemirrorMode());
        language.addProperty("pygments_lexer", lang.pygmentsLexer());
        content.add("language_info", language);
        JsonArray links = new JsonArray();
        for (KernelInfo.HelpLink link : info.helpLinks()) {
            JsonObject l = new JsonObject();
            l.addProperty("text", link.text());
            l.addProperty("url", link.url());
            links.add(l);
        }
        content.add("help_links", links);
        return content;
    }

    private static JsonObject commInfo() {
        JsonObject content = ok();
        content.add("comms", new JsonObject());
        return content;
    }

    /** No comm targets are registered, so a comm_open is refused the way ipykernel does: with a comm_close. */
    private void commOpen(Message m) {
        String id = Json.string(m.content(), "comm_id", "");
        KernelLog.info("No comm target '" + Json.string(m.content(), "target_name", "")
                + "' in this kernel; closing comm " + id);
        JsonObject content = new JsonObject();
        content.addProperty("comm_id", id);
        content.add("data", new JsonObject());
        iopub.publish("comm_close", m, content);
    }

    private JsonObject history(JsonObject c) {
        String access = Json.string(c, "hist_access_type", "tail");
        boolean output = Json.bool(c, "output", false);
        int session = Json.integer(c, "session", 0);
        List<HistoryEntry> entries;
        switch (access) {
            case "tail" -> entries = interpreter.historyTail(Math.max(0, Json.integer(c, "n", 10)));
            case "range" -> entries = session == 0 || session == 1
                    ? interpreter.historyRange(Json.integer(c, "start", 1), Json.integer(c, "stop", 0))
                    : List.of();
            case "search" -> entries = interpreter.historySearch(Json.string(c, "pattern", "*"),
                    Math.max(0, Json.integer(c, "n", 0)), Json.bool(c, "unique", false));
            default -> {
                JsonObject error = new JsonObject();
                error.addProperty("status", "error");
                error.addProperty("ename", "ValueError");
                error.addProperty("evalue", "hist_access_type must be tail, range or search, not '" + access + "'");
                error.add("traceback", new JsonArray());
                error.add("history", new JsonArray());
                return error;
            }
        }
        JsonArray history = new JsonArray();
        for (HistoryEntry e : entries) {
            JsonArray row = new JsonArray();
            row.add(e.session());
            row.add(e.line());
            if (output) {
                JsonArray io = new JsonArray();
                io.add(e.input());
                io.add(e.output());
                row.add(io);
            } else {
                row.add(e.input());
            }
            history.add(row);
        }
        JsonObject content = ok();
        content.add("history", history);
        return content;
    }

    private void interrupt(RouterChannel channel, Message m) {
        KernelLog.info("Interrupt requested on " + channel.name());
        stdin.cancel();
        interpreter.interrupt();
        channel.send(reply(m, "interrupt_reply", ok()));
    }

    private void shutdownRequest(RouterChannel channel, Message m) {
        boolean restart = Json.bool(m.content(), "restart", false);
        KernelLog.info("Shutdown requested on " + channel.name() + (restart ? " (restart)" : ""));
        JsonObject content = ok();
        content.addProperty("restart", restart);
        restartRequested = restart;
        stopping = true;
        channel.send(reply(m, "shutdown_reply", content));
        iopub.publish("shutdown_reply", m, content);
        shutdown.countDown();
    }

    // ------------------------------------------------------------------ helpers

    private Message reply(Message request, String type, JsonObject content) {
        return codec.create(type, request, content, request.identities());
    }

    private Message errorReply(Message request, Throwable t) {
        String type = request.type().endsWith("_request")
                ? request.type().substring(0, request.type().length() - "_request".length()) + "_reply"
                : request.type() + "_reply";
        JsonObject content = ExecutionOutput.errorContent(t.getClass().getName(), String.valueOf(t.getMessage()),
                List.of("The kernel failed to handle " + request.type() + ": " + t));
        content.addProperty("status", "error");
        return reply(request, type, content);
    }

    private static JsonObject ok() {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        return content;
    }

    /** Orderly stop: engine first (a running cell is stopped), then sockets, then the ZeroMQ context. */
    private void close() {
        long t0 = System.nanoTime();
        stopping = true;
        stdin.cancel();
        Thread engineStop = new Thread(interpreter::shutdown, "suanli-engine-shutdown");
        engineStop.setDaemon(true);
        engineStop.start();
        worker.interrupt();
        control.stop(STOP_WAIT_MILLIS);
        shell.stop(STOP_WAIT_MILLIS);
        heartbeat.stop(STOP_WAIT_MILLIS);
        KernelLog.debug("shutdown: channels stopped after " + millis(t0) + " ms");
        try {
            engineStop.join(Math.max(1, STOP_WAIT_MILLIS - millis(t0)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        KernelLog.debug("shutdown: engine " + (engineStop.isAlive() ? "still stopping" : "stopped") + " after "
                + millis(t0) + " ms");
        stdin.close();
        iopub.close();
        terminate(context, TERM_WAIT_MILLIS);
        KernelLog.debug("shutdown: sockets closed after " + millis(t0) + " ms");
    }

    /** Terminates the ZeroMQ context, waiting at most {@code millis}; the process exits after this anyway. */
    private static void terminate(ZMQ.Context context, long millis) {
        Thread term = new Thread(context::term, "suanli-zmq-term");
        term.setDaemon(true);
        term.start();
        try {
            term.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000L;
    }
}
