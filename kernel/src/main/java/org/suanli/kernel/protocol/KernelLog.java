package org.suanli.kernel.protocol;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The kernel's own log, on the process's standard error (Jupyter shows it in the server's terminal). It must
 * not use {@code System.err} as seen later, because the engine redirects that to the notebook.
 * {@code SUANLI_KERNEL_LOG=debug} logs every message type; the default logs warnings and errors.
 */
final class KernelLog {

    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err),
            true, StandardCharsets.UTF_8);
    private static final boolean DEBUG = "debug".equalsIgnoreCase(System.getenv("SUANLI_KERNEL_LOG"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private KernelLog() {
    }

    static boolean debugEnabled() {
        return DEBUG;
    }

    static void debug(String message) {
        if (DEBUG) {
            log("DEBUG", message, null);
        }
    }

    static void info(String message) {
        log("INFO", message, null);
    }

    static void warn(String message) {
        log("WARN", message, null);
    }

    static void error(String message, Throwable t) {
        log("ERROR", message, t);
    }

    private static void log(String level, String message, Throwable t) {
        synchronized (ERR) {
            ERR.println("[suanli-kernel " + TIME.format(LocalTime.now()) + " " + level + "] " + message);
            if (t != null) {
                t.printStackTrace(ERR);
            }
        }
    }
}
