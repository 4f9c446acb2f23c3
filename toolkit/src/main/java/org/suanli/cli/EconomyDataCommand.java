package org.suanli.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.economy.EconomyDataGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code suanli economy-data}: rebuilds (or checks) the reconstructed rows of data/economy.csv. */
@Command(name = "economy-data", mixinStandardHelpOptions = true,
        description = {"Rebuild the reconstructed rows (digital-economy size) of data/economy.csv from its official rows.",
                "The output is deterministic; --check only compares and changes nothing."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":written, or up to date with --check", ExitCodes.FAILS + ":--check found differences",
                ExitCodes.USAGE_LINE, ExitCodes.INPUT_LINE})
public final class EconomyDataCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "CSV", description = "The economy file (default: data/economy.csv of the project)")
    Path file;

    @Option(names = "--check", description = "Compare the file with what the generator would write; change nothing")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path f = file != null ? file : DataFiles.path("economy.csv");
        Inputs inputs = new Inputs("economy-data", err);
        IndicatorData regenerated = EconomyDataGenerator.regenerate(inputs.economy(List.of(f)));
        String expected = regenerated.toCsv();
        if (check) {
            String actual = Files.readString(f, StandardCharsets.UTF_8);
            if (actual.equals(expected)) {
                out.println(f + " is up to date");
                return 0;
            }
            err.println(f + " differs from what the generator writes; run `suanli economy-data` to rebuild it");
            return ExitCodes.FAILS;
        }
        regenerated.write(f);
        out.println("wrote " + f);
        return 0;
    }
}
