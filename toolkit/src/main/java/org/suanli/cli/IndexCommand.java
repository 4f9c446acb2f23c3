package org.suanli.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;

import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.index.Aggregation;
import org.suanli.index.IndexChoices;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexScorecard;
import org.suanli.index.MissingValueException;
import org.suanli.index.Standardiser;
import org.suanli.index.Weights;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import tech.tablesaw.api.Table;

/**
 * {@code suanli index}: the composite index and sub-indices from the command line, for batch use and reviewers,
 * with the same choices the notebook switches (docs/index.md).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Compute the computing-power development index (5 sub-indices and the composite) per province.",
                "Defaults: shipped data, 表1, the illustrative AHP panel, the book reading (see docs/index.md)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":computed",
                ExitCodes.USAGE + ":bad command line, or the index cannot be computed with these choices (the message says why)",
                ExitCodes.INPUT_LINE})
public final class IndexCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "CSV", split = ",", description = "Indicator data files (default: data/indicators.csv)")
    List<Path> data = new ArrayList<>();

    @Option(names = "--override", paramLabel = "CSV", split = ",",
            description = "Your own values; each (year, province, indicator) in these files replaces the same value of --data")
    List<Path> overrides = new ArrayList<>();

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "book",
            description = "Standardisation: book (ratio to the base-year maximum ÷ k, data/calibration.json), percentile, ratio-to-max, "
                    + "ratio-to-mean, min-max, z-score, t-score, rank (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--base-year", paramLabel = "YEAR", description = "Standardise every year with this year's parameters "
            + "(default: the book reading's base year for --method book, else each year on itself)")
    Integer baseYear;

    @Option(names = "--weights", paramLabel = "ahp|equal|CSV", defaultValue = "ahp",
            description = "AHP panel of data/ahp, equal weights, or a weights file with the columns node,local_weight or node,global_weight (default: ${DEFAULT-VALUE})")
    String weights;

    @Option(names = "--geometric", description = "Weighted geometric instead of arithmetic means")
    boolean geometric;

    @Option(names = "--year", paramLabel = "YEAR", defaultValue = "2023", description = "Year to show (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--scorecard", description = "Also check the book's 21 index statements")
    boolean scorecard;

    @Option(names = "--json", description = "Write the tidy result (province, year, level, node, value, rank) as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean book = method.equalsIgnoreCase("book");
        IndexChoices chosen;
        try {
            chosen = IndexChoices.named(method);
        } catch (IllegalArgumentException e) {
            err.println("suanli index: --method: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Standardiser s = chosen.standardiser();
        Weights w;
        try {
            w = Weights.named(weights);
        } catch (IllegalArgumentException e) {
            err.println("suanli index: --weights: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Inputs inputs = new Inputs("index", err);
        IndicatorData d = inputs.overridden(inputs.indicators(data), overrides);
        IndexModel model = IndexModel.of(d, Framework.standard())
                .withWeights(w);
        model = model.withStandardiser(s).withAggregation(geometric ? Aggregation.GEOMETRIC : Aggregation.ARITHMETIC);
        Integer base = baseYear != null ? baseYear : book ? IndexChoices.bookReading().baseYear() : null;
        model = base == null ? model.withoutBaseYear() : model.withBaseYear(base);
        IndexResult r;
        try {
            r = model.run();
            r.value(year, r.provinces().get(0), "index");
        } catch (MissingValueException e) {
            throw e;
        } catch (RuntimeException e) {
            err.println("suanli index: the index cannot be computed with these choices: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            Table t = r.table();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < t.rowCount(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("province", t.stringColumn("province").get(i));
                row.put("year", t.intColumn("year").get(i));
                row.put("level", t.intColumn("level").get(i));
                row.put("node", t.stringColumn("node").get(i));
                row.put("value", t.doubleColumn("value").get(i));
                row.put("rank", t.doubleColumn("rank").get(i));
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("inputs", inputs.json());
            doc.put("choices", r.choices().describe());
            doc.put("weights", model.weights().source());
            doc.put("rows", rows);
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc));
        } else {
            r.choices().describe().forEach(line -> out.println("# " + line));
            out.println("# weights: " + model.weights().source());
            out.println(r.summary(year).printAll());
        }
        if (scorecard) {
            Table v = IndexScorecard.verdicts(r);
            long holds = v.stringColumn("status").asList().stream().filter("holds"::equals).count();
            out.println((json ? "" : "\n") + "index statements holding: " + holds + " of " + v.rowCount());
            for (int i = 0; i < v.rowCount(); i++) {
                out.println(String.format(Locale.ROOT, "  %-26s %-6s %s", v.stringColumn("id").get(i), v.stringColumn("status").get(i),
                        v.stringColumn("actual").get(i)));
            }
        }
        out.flush();
        return 0;
    }
}
