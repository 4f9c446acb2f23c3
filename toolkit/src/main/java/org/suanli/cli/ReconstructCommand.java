package org.suanli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.suanli.data.AtomicFiles;
import org.suanli.data.DataFiles;
import org.suanli.reconstruct.Reconstruction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code suanli reconstruct}: rebuilds the reference dataset from the blue book's statements and the official
 * inputs, or checks that the shipped file is exactly what the method gives.
 */
@Command(name = "reconstruct", mixinStandardHelpOptions = true,
        description = {"Rebuild data/indicators.csv (14 indicators × 31 provinces, 2022 and 2023) from the blue book's",
                "statements and the official inputs (method: data/RECONSTRUCTION.md).",
                "With --force it also rewrites data/reconstruction_growth.csv and data/reconstruction_statements.csv.",
                "Without --out or --force it only checks; it never overwrites a file unless told to."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":written, or the file matches byte for byte", ExitCodes.FAILS + ":the file differs from the reconstruction",
                ExitCodes.USAGE_LINE, ExitCodes.INPUT + ":unreadable or invalid inputs"})
public final class ReconstructCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data folder with official/ and inputs/ (default: the project's data/)")
    Path dataDir;

    @Option(names = "--out", paramLabel = "CSV", description = "Write the reconstruction here")
    Path out;

    @Option(names = "--force", description = "Overwrite data/indicators.csv in place")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        {
            Path dir = dataDir == null ? DataFiles.dir() : dataDir;
            spec.commandLine().getErr().println("suanli reconstruct: read the inputs in " + Inputs.show(dir)
                    + " (official/, inputs/, the blue book's statements)");
            Reconstruction r = Reconstruction.run(dir);
            Path shipped = dir.resolve("indicators.csv");
            if (out != null || force) {
                Path target = out != null ? out : shipped;
                r.write(target);
                o.println("wrote " + target + " (" + r.rows().size() + " values)");
                if (out == null) {
                    for (var c : r.companionFiles().entrySet()) {
                        AtomicFiles.writeString(dir.resolve(c.getKey()), c.getValue());
                        o.println("wrote " + dir.resolve(c.getKey()));
                    }
                }
                return 0;
            }
            String expected = r.toCsv();
            String actual = Files.exists(shipped) ? Files.readString(shipped, StandardCharsets.UTF_8) : "";
            if (expected.equals(actual)) {
                o.println(shipped + " matches the reconstruction byte for byte (" + r.rows().size() + " values)");
                int status = 0;
                for (var c : r.companionFiles().entrySet()) {
                    Path f = dir.resolve(c.getKey());
                    if (!(Files.exists(f) && Files.readString(f, StandardCharsets.UTF_8).equals(c.getValue()))) {
                        o.println(f + " is missing or differs from the reconstruction; run 'suanli reconstruct --force'.");
                        status = 1;
                    }
                }
                return status;
            }
            String[] a = actual.split("\n", -1);
            String[] e = expected.split("\n", -1);
            int line = 0;
            while (line < Math.min(a.length, e.length) && a[line].equals(e[line])) {
                line++;
            }
            o.println(shipped + " differs from the reconstruction, first at line " + (line + 1) + ":");
            o.println("  file:          " + (line < a.length ? a[line] : "(end of file)"));
            o.println("  reconstructed: " + (line < e.length ? e[line] : "(end of file)"));
            o.println("Run 'suanli reconstruct --force' to rewrite it, or --out FILE to write elsewhere.");
            return ExitCodes.FAILS;
        }
    }
}
