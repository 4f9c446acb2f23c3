package org.suanli.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.suanli.kernel.EngineOptions;
import org.suanli.kernel.Interpreter;
import org.suanli.kernel.protocol.ConnectionInfo;
import org.suanli.kernel.protocol.KernelServer;
import org.suanli.kernel.protocol.ParentWatch;
import org.suanli.runner.ExitCodeScheme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code suanli kernel CONNECTION_FILE}: what Jupyter runs (through the kernelspec that {@code suanli install}
 * writes). Runs in this JVM until a shutdown_request.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = {"Run the Jupyter kernel on the sockets of a connection file (Jupyter starts this itself;",
                "register the kernel with 'suanli install')."},
        exitCodeListHeading = ExitCodeScheme.HEADING,
        exitCodeList = {ExitCodeScheme.OK + ":the kernel shut down when asked",
                ExitCodeScheme.USAGE + ":bad command line, or the kernel cannot start on the connection file's ports",
                ExitCodeScheme.INPUT + ":the connection file cannot be read"})
public final class KernelCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONNECTION_FILE", description = "The connection file Jupyter wrote.")
    Path connectionFile;

    @Option(names = "--cell-timeout", paramLabel = "DURATION",
            description = "Stop any cell that runs longer than this, e.g. 10m or 90s (default: no limit).")
    String cellTimeout;

    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}",
            description = "Extra class path entries for the cells.")
    List<Path> classPath = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return run(connectionFile, parseDuration(cellTimeout), classPath);
    }

    /** Runs the kernel until it is shut down; returns the process exit code. */
    static int run(Path connectionFile, Duration cellTimeout, List<Path> classPath) {
        ConnectionInfo info;
        try {
            info = ConnectionInfo.read(connectionFile);
        } catch (IOException e) {
            System.err.println("suanli kernel: " + e.getMessage());
            return ExitCodeScheme.INPUT;
        }
        String refusal = info.refusal();
        if (refusal != null) {
            System.err.println("suanli kernel: refusing to start: " + refusal);
            return 2;
        }
        EngineOptions defaults = EngineOptions.defaults();
        // The server starts JShell itself, once the first kernel_info_reply is out; optional work waits for a
        // pause, so that it never slows a person's cells down.
        EngineOptions options = new EngineOptions(classPath, cellTimeout, false, defaults.maxStreamChars(),
                defaults.workingDirectory(), EngineOptions.Workload.INTERACTIVE);
        KernelServer server;
        Interpreter interpreter = null;
        try {
            // The interpreter starts JShell in the background, so both return at once.
            interpreter = Interpreter.start(options);
            server = new KernelServer(info, interpreter);
        } catch (RuntimeException e) {
            if (interpreter != null) {
                interpreter.shutdown();
            }
            System.err.println("suanli kernel: cannot start on " + connectionFile + " (" + info.ip() + ", ports "
                    + info.shellPort() + ", " + info.iopubPort() + ", " + info.stdinPort() + ", "
                    + info.controlPort() + ", " + info.hbPort() + "): " + e);
            return 2;
        }
        server.warmUpAfterFirstKernelInfo(interpreter::awaitReady, Duration.ofSeconds(2));
        server.start();
        KernelServer started = server;
        ParentWatch.start(System.getenv("JPY_PARENT_PID"), why -> {
            System.err.println("suanli kernel: " + why + "; shutting down.");
            started.shutdownNow();
            Thread backstop = new Thread(() -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    return;
                }
                System.err.println("suanli kernel: shutdown did not finish within 5 s; halting.");
                Runtime.getRuntime().halt(1); // a cell that ignores interrupts must not keep an orphan alive
            }, "suanli-orphan-backstop");
            backstop.setDaemon(true);
            backstop.start();
        });
        try {
            server.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (System.getenv("SUANLI_KERNEL_LOG") != null) {
            System.err.println("[suanli-kernel] exiting at " + LocalTime.now());
        }
        return 0;
    }

    static Duration parseDuration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            char unit = t.charAt(t.length() - 1);
            String number = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1);
            long n = Long.parseLong(number);
            return switch (unit) {
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + text + "' is not a duration; write e.g. 90s, 10m or 1h");
        }
    }
}
