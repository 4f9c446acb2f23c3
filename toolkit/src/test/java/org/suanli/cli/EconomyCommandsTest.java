package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.data.DataFiles;

import picocli.CommandLine;

class EconomyCommandsTest {

    record Run(int code, String out, String err) {
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void economyDataCheckSaysUpToDateThenDetectsAnEditAndRebuilds(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("economy.csv");
        Files.copy(DataFiles.path("economy.csv"), copy);
        Run r = run(new EconomyDataCommand(), "--file", copy.toString(), "--check");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("is up to date"));
        String original = Files.readString(copy, StandardCharsets.UTF_8);
        Files.writeString(copy, original.replaceFirst("2023,广东,digital_economy_100m_yuan,[0-9.]+,", "2023,广东,digital_economy_100m_yuan,1,"),
                StandardCharsets.UTF_8);
        assertTrue(!original.equals(Files.readString(copy, StandardCharsets.UTF_8)));
        r = run(new EconomyDataCommand(), "--file", copy.toString(), "--check");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("run `suanli economy-data`"), r.err());
        r = run(new EconomyDataCommand(), "--file", copy.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(original, Files.readString(copy, StandardCharsets.UTF_8));
    }

    @Test
    void economyDataRefusesAFileItCannotRead(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("economy.csv");
        Files.writeString(bad, "year,province,indicator,value,unit,provenance,source\n2023,广冬,gdp_revised_100m_yuan,1,亿元,official,x\n",
                StandardCharsets.UTF_8);
        Run r = run(new EconomyDataCommand(), "--file", bad.toString());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().contains(bad.toString()), r.err());
    }

    @Test
    void economyPrintsBothSlopesAndTheTypology() {
        Run r = run(new EconomyCommand());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("亿元 per index point"));
        assertTrue(r.out().contains("*** RECONSTRUCTED"));
        assertTrue(r.out().contains("of 12 as the book places them"));
        Run bad = run(new EconomyCommand(), "--economy", "/nonexistent/economy.csv");
        assertEquals(ExitCodes.INPUT, bad.code());
        assertTrue(bad.err().contains("suanli economy: ") && bad.err().contains("/nonexistent/economy.csv: error: the file does not exist"), bad.err());
    }
}
