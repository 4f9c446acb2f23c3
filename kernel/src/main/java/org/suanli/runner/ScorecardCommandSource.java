package org.suanli.runner;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The scorecard for the report, from the {@code scorecard} command that the toolkit contributes as a plug-in
 * ({@code suanli scorecard --json}). The kernel module cannot import the toolkit; the command's JSON is the
 * contract between the two, the same one a reviewer gets on the command line.
 */
final class ScorecardCommandSource {

    static final String COMMAND = "scorecard";

    private ScorecardCommandSource() {
    }

    /** A source running the {@code scorecard} sibling of {@code spec}'s command, or null when there is none. */
    static NotebookRunner.ScorecardSource of(CommandSpec spec) {
        CommandLine root = spec.root().commandLine();
        if (root == null || !root.getSubcommands().containsKey(COMMAND)) {
            return null;
        }
        Class<?> type = root.getSubcommands().get(COMMAND).getCommand().getClass();
        return () -> run(type);
    }

    /** Runs a fresh instance of the command on its own (a subcommand run alone would look for its parent's parse). */
    private static ScorecardRows run(Class<?> type) throws ReflectiveOperationException {
        CommandLine scorecard = new CommandLine(type.getDeclaredConstructor().newInstance());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        scorecard.setOut(new PrintWriter(out, true));
        scorecard.setErr(new PrintWriter(err, true));
        int exit = scorecard.execute("--json");
        // 0: nothing fails, 1: some statements fail; both print the whole scorecard (a crash prints nothing)
        if ((exit != 0 && exit != 1) || out.toString().isBlank()) {
            String reason = err.toString().strip().lines().findFirst().orElse("no output");
            throw new IllegalStateException("'suanli " + COMMAND + " --json' stopped with exit code " + exit + ": "
                    + reason);
        }
        return ScorecardRows.parse(out.toString(), "suanli " + COMMAND + " (the shipped data, the analysis' default choices)");
    }
}
