package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ReconstructCommandTest {

    static final Path DATA = Path.of("..", "data");

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new ReconstructCommand());
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void checksTheShippedFileAndNeverOverwritesUnasked(@TempDir Path tmp) throws Exception {
        String[] ok = run("--data-dir", DATA.toString());
        assertEquals("0", ok[0], ok[1]);
        assertTrue(ok[1].contains("matches the reconstruction byte for byte (868 values)"), ok[1]);

        // A copy of the data folder with one value edited: the check names the line and leaves the file alone.
        Path dir = tmp.resolve("data");
        Files.createDirectories(dir.resolve("official"));
        Files.createDirectories(dir.resolve("inputs"));
        for (String f : new String[] {"official/gdp_nbs_revised_2022_2024.csv", "inputs/software_revenue_2023_partial_year_miit.csv",
                "inputs/national_totals_secondary.csv"}) {
            Files.copy(DATA.resolve(f), dir.resolve(f));
        }
        String shipped = Files.readString(DATA.resolve("indicators.csv"), StandardCharsets.UTF_8);
        String edited = shipped.replaceFirst("\n2022,北京,server_compute_eflops,[0-9.]+,", "\n2022,北京,server_compute_eflops,1,");
        Files.writeString(dir.resolve("indicators.csv"), edited, StandardCharsets.UTF_8);
        String[] differs = run("--data-dir", dir.toString());
        assertEquals("1", differs[0], differs[1]);
        assertTrue(differs[1].contains("first at line 2") && differs[1].contains("2022,北京,server_compute_eflops,1,"), differs[1]);
        assertEquals(edited, Files.readString(dir.resolve("indicators.csv"), StandardCharsets.UTF_8));

        String[] forced = run("--data-dir", dir.toString(), "--force");
        assertEquals("0", forced[0], forced[1]);
        assertEquals(shipped, Files.readString(dir.resolve("indicators.csv"), StandardCharsets.UTF_8));

        String[] missing = run("--data-dir", tmp.resolve("nowhere").toString());
        assertEquals(String.valueOf(ExitCodes.INPUT), missing[0]);
        assertTrue(missing[1].contains("nowhere"), missing[1]);
    }
}
