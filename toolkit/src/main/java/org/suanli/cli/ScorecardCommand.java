package org.suanli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.suanli.analysis.BlueBookAnalysis;
import org.suanli.data.IndicatorData;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code suanli scorecard}: which of the blue book's statements hold. It runs the whole analysis with its default
 * choices ({@link BlueBookAnalysis}), so indicator, capacity, index and economy statements are all judged on one
 * consistent run of the given data.
 */
@Command(name = "scorecard", mixinStandardHelpOptions = true,
        description = {"Check the blue book's statements (data/blue_book_2024_facts.json and the capacity figures of",
                "data/capacity_stated.csv) against the data and the whole analysis run with its default choices.",
                "Each statement holds, FAILS (computed vs expected) or is not evaluated yet (with the reason)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":no statement fails", ExitCodes.FAILS + ":at least one statement fails (or --strict and some are not evaluated)",
                ExitCodes.USAGE_LINE, ExitCodes.INPUT_LINE})
public final class ScorecardCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "CSV", split = ",",
            description = "Indicator data files (default: the shipped data/indicators.csv)")
    List<Path> data = new ArrayList<>();

    @Option(names = "--override", paramLabel = "CSV", split = ",",
            description = "Your own values; each (year, province, indicator) in these files replaces the same value of --data")
    List<Path> overrides = new ArrayList<>();

    @Option(names = "--economy", paramLabel = "CSV", split = ",",
            description = "Economic data files (default: the shipped data/economy.csv)")
    List<Path> economyFiles = new ArrayList<>();

    @Option(names = "--facts", paramLabel = "JSON", description = "A statements file (default: the bundled blue_book_2024_facts.json)")
    Path facts;

    @Option(names = "--json", description = "Write JSON (one object per statement: id, kind, status, expected, actual, note)")
    boolean json;

    @Option(names = "--status", paramLabel = "STATUS", description = "Show only statements with this status: holds, fails, not_evaluated")
    String only;

    @Option(names = "--strict", description = "Exit 1 also when some statements are not evaluated")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = new Inputs("scorecard", err);
        IndicatorData shipped = inputs.indicators(data);
        IndicatorData indicators = inputs.overridden(shipped, overrides);
        IndicatorData economy = inputs.economy(economyFiles);
        if (facts != null) {
            inputs.file("facts", facts);
        }
        Statements statements = BlueBookAnalysis.statements(facts == null ? Statements.standard() : Statements.load(facts));
        Status filter = null;
        if (only != null) {
            try {
                filter = Status.valueOf(only.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("suanli scorecard: --status must be holds, fails or not_evaluated, not '" + only + "'");
                return ExitCodes.USAGE;
            }
        }
        BlueBookAnalysis analysis = BlueBookAnalysis.run(indicators, economy);
        Scorecard card = analysis.scorecard(statements);
        Scorecard shown = filter == null ? card : card.only(filter);
        List<VerdictChanges.Change> changes = overrides.isEmpty() ? List.of()
                : VerdictChanges.between(BlueBookAnalysis.run(shipped, economy).scorecard(statements), card);
        out.print(json ? JsonOutput.document(inputs, overrides.isEmpty() ? Map.of("statements", new JsonOutput.RawJson(shown.toJson()))
                : orderedMap("changed", VerdictChanges.json(changes), "statements", new JsonOutput.RawJson(shown.toJson())))
                : shown.toText() + analysis.setsText(card) + (overrides.isEmpty() ? "" : VerdictChanges.text(changes)));
        out.flush();
        int fails = card.counts().get(Status.FAILS);
        int notEvaluated = card.counts().get(Status.NOT_EVALUATED);
        return fails > 0 || (strict && notEvaluated > 0) ? ExitCodes.FAILS : ExitCodes.OK;
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
