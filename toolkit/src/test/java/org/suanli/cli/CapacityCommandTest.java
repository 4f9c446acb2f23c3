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

import picocli.CommandLine;

class CapacityCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CapacityCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void printsTheEstimateAndAllChecksHold() {
        String[] r = run();
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("basic compute"), r[1]);
        assertTrue(r[1].contains("140.4"), r[1]);
        assertTrue(r[1].contains("6.41 TFLOPS"), r[1]);   // 140.4 EFlops / 2190万
        assertTrue(r[1].matches("(?s).*\\d+ figures: \\d+ hold, 0 fail, 1 not evaluated.*"), r[1]);
    }

    @Test
    void regeneratesTheShippedDataFiles(@TempDir Path dir) throws Exception {
        String[] r = run("--write-data", dir.toString());
        assertEquals("0", r[0], r[2]);
        Path data = Path.of("..", "data");
        assertEquals(Files.readString(data.resolve("shipments.csv"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("shipments.csv"), StandardCharsets.UTF_8));
        assertEquals(Files.readString(data.resolve("capacity_statements.json"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("capacity_statements.json"), StandardCharsets.UTF_8));
    }

    @Test
    void windowLongerThanTheDataIsAClearError() {
        String[] r = run("--window", "9");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[2].contains("9-year window") && r[2].contains("missing"), r[2]);
        r = run("--retirement", "often");
        assertEquals(String.valueOf(ExitCodes.USAGE), r[0]);
        assertTrue(r[2].contains("--retirement must be"), r[2]);
    }
}
