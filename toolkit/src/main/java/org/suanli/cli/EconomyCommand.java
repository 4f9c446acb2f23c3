package org.suanli.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.suanli.data.IndicatorData;
import org.suanli.economy.EconomyData;
import org.suanli.economy.EconomyFindings;
import org.suanli.economy.EconomyRegression;
import org.suanli.economy.GdpVintage;
import org.suanli.economy.IndexScores;
import org.suanli.economy.TypologyResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code suanli economy}: the regressions of GDP and the digital economy on the index, and the typology, as text. */
@Command(name = "economy", mixinStandardHelpOptions = true,
        description = {"Regress GDP (both vintages) and the reconstructed digital economy on the composite index, "
                + "and place the provinces in the blue book's three types (三(四)).",
                "Uses the standard index model on the indicator data; see docs/economy.md."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":computed", ExitCodes.USAGE_LINE, ExitCodes.INPUT_LINE})
public final class EconomyCommand implements Callable<Integer> {

    @Option(names = {"--data", "--indicators"}, paramLabel = "CSV", split = ",",
            description = "Indicator data files (default: data/indicators.csv)")
    List<Path> indicatorFiles = new ArrayList<>();

    @Option(names = "--override", paramLabel = "CSV", split = ",",
            description = "Your own values; each (year, province, indicator) in these files replaces the same value of --data")
    List<Path> overrides = new ArrayList<>();

    @Option(names = "--economy", paramLabel = "CSV", split = ",", description = "Economic data files (default: data/economy.csv)")
    List<Path> economyFiles = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = new Inputs("economy", spec.commandLine().getErr());
        IndicatorData indicators = inputs.overridden(inputs.indicators(indicatorFiles), overrides);
        IndicatorData economy = inputs.economy(economyFiles);
        EconomyFindings f = EconomyFindings.standard(indicators, economy);
        out.println("== GDP, pre-revision (the book's vintage), ‰ of the NBS 2023 communiqué total; the book: 1220亿, 0.97‰");
        out.println(f.gdp().summary());
        IndexScores idx = new IndexScores(f.gdp().indexBasis(), 2023, scores(f));
        out.println("== GDP, revised vintage, ‰ of the provincial sum");
        out.println(EconomyRegression.run(idx, EconomyData.gdp(economy, GdpVintage.REVISED, 2023)).summary());
        out.println("== digital economy; the book: 574亿, 1.06‰");
        out.println(f.digitalEconomy().summary());
        TypologyResult t = f.typology();
        out.println("== typology (" + t.rule() + "): " + t.agreements() + " of 12 as the book places them");
        for (TypologyResult.Comparison c : t.compareWithBook()) {
            out.printf("  %s  book %-13s rule %-13s %s%n", c.province(), c.book().nameEn(), c.rule().nameEn(), c.reasoning());
        }
        out.flush();
        return 0;
    }

    /** The composite values the GDP regression used, for the second vintage. */
    private static Map<String, Map<String, Double>> scores(EconomyFindings f) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        f.gdp().linear().observations().forEach(o -> m.put(o.label(), Map.of(IndexScores.COMPOSITE, o.x())));
        return m;
    }
}
