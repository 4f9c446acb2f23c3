package org.suanli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.suanli.data.CsvFormatException;
import org.suanli.data.DataValidationException;
import org.suanli.data.ValidationIssue;
import org.suanli.index.MissingValueException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs a command's body so that a problem with the user's input ends in a message and exit code 3
 * ({@link ExitCodes#INPUT}), never in a Java stack trace; {@code --verbose} adds the trace for a bug report.
 *
 * <p>Why here and not in each command: the same exceptions (a file that fails validation, an AHP matrix that is
 * not valid, data with gaps the index cannot fill) reach every command, and each deserves the same plain answer.
 * Where the toolkit's own message speaks to a Java user (a {@code MissingPolicy} to choose), the command line
 * gets its own words instead. Anything else is a bug and is left to the {@code suanli} entry point, which
 * reports it as an internal error.
 */
final class CommandErrors {

    private CommandErrors() {
    }

    /** Calls {@code body}; input problems are printed to the command's error stream and give exit code 3. */
    static int guard(CommandSpec spec, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (DataValidationException e) {
            return report(spec, e, e.getMessage());
        } catch (MissingValueException e) {
            return report(spec, e, gaps(e.cells()));
        } catch (UncheckedIOException e) {
            return report(spec, e, describe(e.getCause()));
        } catch (IOException e) {
            return report(spec, e, describe(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return report(spec, e, e.getMessage());
        }
    }

    private static int report(CommandSpec spec, Exception e, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("suanli " + spec.name() + ": " + message);
        if (verbose(spec)) {
            e.printStackTrace(err);
        }
        err.flush();
        if (jsonRequested(spec)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(errorJson(e, message));
            out.flush();
        }
        return ExitCodes.INPUT;
    }

    private static boolean jsonRequested(CommandSpec spec) {
        OptionSpec o = spec.findOption("--json");
        return o != null && Boolean.TRUE.equals(o.getValue());
    }

    /**
     * With {@code --json}, the error is JSON on standard output too, so a script that parses the output gets an
     * answer it can read: {@code {"error": {"exitCode", "message", "issues": [{file, row, column, severity, message}]}}}.
     */
    static String errorJson(Exception e, String message) {
        List<Map<String, Object>> issues = new ArrayList<>();
        if (e instanceof DataValidationException d) {
            for (ValidationIssue i : d.issues()) {
                issues.add(issue(i.file(), i.row(), i.column(), i.isError() ? "error" : "warning", i.message()));
            }
        } else if (e instanceof CsvFormatException c) {
            issues.add(issue(c.file(), c.line(), c.column(), "error", c.problem()));
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("exitCode", ExitCodes.INPUT);
        error.put("message", message);
        error.put("issues", issues);
        return JsonOutput.GSON.toJson(Map.of("error", error)) + "\n";
    }

    private static Map<String, Object> issue(String file, int row, String column, String severity, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("row", row);
        m.put("column", column);
        m.put("severity", severity);
        m.put("message", message);
        return m;
    }

    /** An I/O failure in words: Java's own messages for these are only the path. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": the file does not exist";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return "cannot read or write a file: " + e.getMessage();
    }

    /** True when {@code --verbose} (an option the {@code suanli} entry point gives every command) was given. */
    static boolean verbose(CommandSpec spec) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            OptionSpec o = s.findOption("--verbose");
            if (o != null && Boolean.TRUE.equals(o.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** The gaps that stop the index, by year, in command-line terms (no Java API to call). */
    static String gaps(List<String> cells) {
        Map<String, Integer> byYear = new LinkedHashMap<>();
        Map<String, String> example = new LinkedHashMap<>();
        for (String c : cells) {
            String year = c.split(" ", 2)[0];
            byYear.merge(year, 1, Integer::sum);
            example.putIfAbsent(year, c);
        }
        StringBuilder b = new StringBuilder("the index cannot be computed: the data lack " + cells.size() + " value(s)");
        byYear.forEach((year, n) -> b.append("; ").append(year).append(": ").append(n).append(" (e.g. ")
                .append(example.get(year)).append(')'));
        b.append(". Every year in the data needs every indicator for all 31 provinces; an --override replaces values"
                + " of the years the data have, so give a new year's values in full with --data, or use a year the data"
                + " have (a gap is never read as 0)");
        return b.toString();
    }
}
