package org.suanli.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.suanli.data.DataFiles;
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
                "Uses the standard index model on the indicator data; see docs/economy.md."})
public final class EconomyCommand implements Callable<Integer> {

    @Option(names = "--indicators", paramLabel = "CSV", description = "Indicator data (default: data/indicators.csv)")
    Path indicatorsFile;

    @Option(names = "--economy", paramLabel = "CSV", description = "Economic data (default: data/economy.csv)")
    Path economyFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EconomyFindings f;
        IndicatorData economy;
        try {
            IndicatorData indicators = IndicatorData.load(indicatorsFile != null ? indicatorsFile : DataFiles.path("indicators.csv"));
            economy = IndicatorData.load(economyFile != null ? economyFile : DataFiles.path("economy.csv"));
            f = EconomyFindings.standard(indicators, economy);
        } catch (RuntimeException e) {
            err.println("economy: " + e.getMessage());
            return 1;
        }
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
    private static java.util.Map<String, java.util.Map<String, Double>> scores(EconomyFindings f) {
        java.util.Map<String, java.util.Map<String, Double>> m = new java.util.LinkedHashMap<>();
        f.gdp().linear().observations().forEach(o -> m.put(o.label(), java.util.Map.of(IndexScores.COMPOSITE, o.x())));
        return m;
    }
}
