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
        return () -> run(root.getSubcommands().get(COMMAND));
    }

    private static ScorecardRows run(CommandLine scorecard) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter previousOut = scorecard.getOut();
        PrintWriter previousErr = scorecard.getErr();
        int exit;
        try {
            scorecard.setOut(new PrintWriter(out, true));
            scorecard.setErr(new PrintWriter(err, true));
            exit = scorecard.execute("--json");
        } finally {
            scorecard.setOut(previousOut);
            scorecard.setErr(previousErr);
        }
        // 0: nothing fails, 1: some statements fail; both print the whole scorecard
        if (exit != 0 && exit != 1) {
            throw new IllegalStateException("'suanli " + COMMAND + " --json' stopped with exit code " + exit + ": "
                    + err.toString().strip());
        }
        return ScorecardRows.parse(out.toString(), "suanli " + COMMAND + " (the shipped data, the analysis' default choices)");
    }
}
