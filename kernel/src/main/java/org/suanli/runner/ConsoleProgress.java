package org.suanli.runner;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress on the console. On a terminal: one line per notebook, redrawn in place as its cells run, with a
 * bar; it stays on screen with a tick or a cross when the notebook ends. Elsewhere (CI logs, pipes): plain
 * lines, one per notebook and per cell, that read well in a log file.
 */
public final class ConsoleProgress implements RunListener {

    /** How progress is shown. */
    public enum Mode {
        AUTO, BAR, PLAIN, NONE;

        /** The mode named on the command line, in any case. */
        public static Mode parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--progress must be auto, bar, plain or none, not " + name, e);
            }
        }
    }

    private static final int BAR_WIDTH = 24;

    private final PrintWriter out;
    private final boolean bar;
    private final boolean quiet;
    private int notebookIndex;
    private int notebookTotal;
    private long notebookStart;

    public ConsoleProgress(PrintWriter out, Mode mode) {
        this.out = out;
        Mode resolved = mode == Mode.AUTO ? (isTerminal() ? Mode.BAR : Mode.PLAIN) : mode;
        this.bar = resolved == Mode.BAR;
        this.quiet = resolved == Mode.NONE;
    }

    /** Whether standard error is a terminal that understands carriage returns. */
    static boolean isTerminal() {
        String term = System.getenv("TERM");
        if (term == null || term.equals("dumb") || System.getenv("CI") != null) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a Console even when redirected; isTerminal() tells the truth there.
            Object terminal = Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17-21: a non-null console means a terminal
        }
    }

    @Override
    public synchronized void notebookStarted(String name, int index, int total, int codeCells) {
        notebookIndex = index;
        notebookTotal = total;
        notebookStart = System.nanoTime();
        if (quiet) {
            return;
        }
        if (bar) {
            draw(name, 0, codeCells, null);
        } else {
            out.println(prefix() + name + ": " + codeCells + (codeCells == 1 ? " code cell" : " code cells"));
            out.flush();
        }
    }

    @Override
    public synchronized void cellStarted(String name, int ordinal, int codeCells, Cell cell) {
        if (bar && !quiet) {
            draw(name, ordinal - 1, codeCells, "cell " + cell.number());
        }
    }

    @Override
    public synchronized void cellFinished(String name, int ordinal, int codeCells, Cell cell, boolean ok, Duration took) {
        if (quiet) {
            return;
        }
        if (bar) {
            draw(name, ordinal, codeCells, ok ? null : "cell " + cell.number() + " failed");
        } else {
            out.println(prefix() + name + ": cell " + cell.number() + " (" + ordinal + "/" + codeCells + ") "
                    + (ok ? "ok" : "FAILED") + ", " + HtmlReport.formatDuration(took));
            out.flush();
        }
    }

    @Override
    public synchronized void notebookFinished(NotebookResult result) {
        if (quiet) {
            return;
        }
        String verdict = switch (result.status()) {
            case OK -> "ok";
            case ERRORS -> "ran with errors (allowed)";
            case FAILED -> "FAILED";
            case UNREADABLE -> "UNREADABLE";
        };
        String line = prefix() + result.name() + ": " + verdict + ", " + result.cellsRun() + "/" + result.codeCells()
                + " cells, " + HtmlReport.formatDuration(result.duration());
        if (bar) {
            out.print("\r\u001B[2K" + (result.status().failed() ? "\u001B[31m✗\u001B[0m " : "\u001B[32m✓\u001B[0m ")
                    + line + "\n");
        } else {
            out.println(line);
        }
        if (result.problem() != null) {
            out.println("    " + result.problem());
        }
        out.flush();
    }

    private String prefix() {
        return notebookTotal > 1 ? "[" + notebookIndex + "/" + notebookTotal + "] " : "";
    }

    private void draw(String name, int done, int total, String note) {
        int filled = total == 0 ? BAR_WIDTH : (int) Math.round(BAR_WIDTH * (double) done / total);
        double seconds = (System.nanoTime() - notebookStart) / 1e9;
        out.print("\r\u001B[2K  " + prefix() + name + " " + "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + " "
                + done + "/" + total + " cells " + String.format(Locale.ROOT, "%.1f s", seconds)
                + (note == null ? "" : "  " + note));
        out.flush();
    }
}
