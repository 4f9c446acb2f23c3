package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.data.DataFiles;

import picocli.CommandLine;

class ValidateCommandTest {

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ValidateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void shippedDataFilesAreValid() throws IOException {
        List<String> args = new ArrayList<>();
        try (Stream<Path> files = Files.list(DataFiles.dir())) {
            files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> args.add(f.toString()));
        }
        assertTrue(args.size() >= 4, args.toString());
        assertEquals(0, run(args.toArray(String[]::new)), out.toString());
        assertTrue(out.toString().contains("OK: no errors"), out.toString());
        assertTrue(out.toString().contains("framework.csv: a framework of 5 first-level, 13 second-level and 14 third-level"));
    }

    @Test
    void errorsExitThreeAndNameTheirPlace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "year,province,indicator,value,unit,provenance,source\n2023,Guangdon,it_spending_100m_yuan,1,亿元,,x\n",
                StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT, run(bad.toString()));
        assertTrue(out.toString().contains(bad + ":2: column 'province': error: Unknown province 'Guangdon'"), out.toString());
        assertTrue(out.toString().contains(bad + ":2: column 'provenance': error: missing provenance"), out.toString());
        assertTrue(out.toString().contains("FAILED: 2 error(s)"), out.toString());
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(2, run());
        assertTrue(out.toString().contains("Missing required parameter"), out.toString());
    }
}
