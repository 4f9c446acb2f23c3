package org.suanli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.suanli.capacity.CapacityCheck;
import org.suanli.capacity.CapacityChecks;
import org.suanli.capacity.CapacityStatementEvaluator;
import org.suanli.capacity.ComputeKind;
import org.suanli.capacity.FleetModel;
import org.suanli.capacity.FleetParameters;
import org.suanli.capacity.NationalCapacity;
import org.suanli.capacity.Retirement;
import org.suanli.capacity.Shipments;
import org.suanli.capacity.StatedFigures;
import org.suanli.data.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code suanli capacity}: the national fleet estimate and the check of every stated capacity figure, with the
 * window, the FP16→FP32 conversion and the retirement rule as options; {@code --write-data} regenerates the
 * reconstructed data files from {@code capacity_stated.csv}.
 */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"China's compute by the blue book's fleet method (附件一 维度一) and the check of every national",
                "and global capacity figure of sections 一 and 二 (stated input / reproduced / computed)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":every figure holds", ExitCodes.FAILS + ":a figure fails",
                ExitCodes.USAGE + ":bad command line, or the estimate cannot be computed with these choices (the message says why)",
                ExitCodes.INPUT + ":bad input file, or a file could not be written"})
public final class CapacityCommand implements Callable<Integer> {

    @Option(names = "--stated", paramLabel = "CSV", description = "Stated figures (default: the bundled data/capacity_stated.csv)")
    Path stated;

    @Option(names = "--shipments", paramLabel = "CSV",
            description = "Shipments by year (default: reconstructed from the stated figures, as data/shipments.csv)")
    Path shipments;

    @Option(names = "--window", paramLabel = "YEARS", defaultValue = "6", description = "Years summed (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--retirement", paramLabel = "RULE", defaultValue = "window",
            description = "window (book), linear, or a yearly rate such as 0.1 (default: ${DEFAULT-VALUE})")
    String retirement;

    @Option(names = "--write-data", paramLabel = "DIR",
            description = "Regenerate DIR/shipments.csv and DIR/capacity_statements.json from the stated figures and exit")
    Path writeData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Retirement retirementRule;
        try {
            retirementRule = rule(retirement);
        } catch (IllegalArgumentException e) {
            err.println("suanli capacity: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Inputs inputs = new Inputs("capacity", err);
        if (stated != null) {
            inputs.file("stated", stated);
        } else {
            err.println("suanli capacity: read the bundled data/capacity_stated.csv as stated");
        }
        if (shipments != null) {
            inputs.file("shipments", shipments);
        } else {
            err.println("suanli capacity: shipments reconstructed from the stated figures (as data/shipments.csv)");
        }
        {
            StatedFigures s = stated == null ? StatedFigures.standard() : StatedFigures.load(stated);
            if (writeData != null) {
                Files.createDirectories(writeData);
                Shipments.reconstructed(s).write(writeData.resolve("shipments.csv"));
                String json = CapacityStatementEvaluator.statementsJson(s);
                AtomicFiles.writeString(writeData.resolve("capacity_statements.json"), json);
                out.println("wrote " + writeData.resolve("shipments.csv") + " and " + writeData.resolve("capacity_statements.json"));
                return 0;
            }
            Shipments sh = shipments == null ? Shipments.reconstructed(s) : Shipments.load(shipments);
            FleetParameters p = new FleetParameters(window, 1.0, retirementRule);
            NationalCapacity nc;
            try {
                nc = NationalCapacity.of(s, sh, p, p);
                nc.chinaTotal(2023);
            } catch (IllegalArgumentException e) {
                err.println("suanli capacity: cannot be computed with these choices: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            out.println("China, 2023 (EFlops, FP32), window " + window + " years, retirement: " + p.retirement().describe());
            for (ComputeKind k : ComputeKind.values()) {
                FleetModel m = nc.fleet(k);
                out.printf(Locale.ROOT, "  %-22s %8.1f   growth %5.1f%%   share %5.1f%%%n", k.nameEn(),
                        m.scaleEflops(2023), nc.chinaGrowthPct(k, 2023), nc.chinaSharePct(k, 2023));
            }
            out.printf(Locale.ROOT, "  %-22s %8.1f   growth %5.1f%%%n", "total", nc.chinaTotal(2023), nc.chinaTotalGrowthPct(2023));
            out.printf(Locale.ROOT, "Implied average per server over six years: general %.2f TFLOPS, AI %.1f TFLOPS (FP32)%n",
                    nc.impliedTflopsPerServer(ComputeKind.BASIC), nc.impliedTflopsPerServer(ComputeKind.INTELLIGENT));
            out.println();
            List<CapacityCheck> checks = CapacityChecks.list(nc);
            int fails = 0;
            int anomalies = 0;
            for (CapacityCheck c : checks) {
                boolean anomaly = c.basis() == CapacityCheck.Basis.ANOMALY;
                out.printf(Locale.ROOT, "%-7s %-40s expected %-8s actual %s%n", anomaly ? "ANOMALY" : c.holds() ? "ok" : "FAIL",
                        c.id(), c.expectedText(), c.actualText());
                fails += c.holds() || anomaly ? 0 : 1;
                anomalies += anomaly ? 1 : 0;
            }
            out.println(checks.size() + " figures: " + (checks.size() - fails - anomalies) + " hold, " + fails + " fail, "
                    + anomalies + " not evaluated (the book contradicts itself; see the notes)");
            return fails == 0 ? ExitCodes.OK : ExitCodes.FAILS;
        }
    }

    static Retirement rule(String r) {
        switch (r.trim().toLowerCase(Locale.ROOT)) {
            case "window": return Retirement.window();
            case "linear": return Retirement.linear();
            default:
                try {
                    return Retirement.annualRate(Double.parseDouble(r));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--retirement must be window, linear or a yearly rate such as 0.1, got '" + r + "'");
                }
        }
    }
}
