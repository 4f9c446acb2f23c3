package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.data.DataFiles;
import org.suanli.index.BookReading;

import picocli.CommandLine;

class CalibrateCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CalibrateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aStaleRecordedKIsFoundAndRewrittenToTheDeclaredRulesFit(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path shipped = DataFiles.dir();
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path f : files.toList()) {
                Path to = data.resolve(shipped.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path file = data.resolve("calibration.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"k\": [0-9.]+", "\"k\": 1.5"));
        String before = System.getProperty("suanli.data");
        System.setProperty("suanli.data", data.toString());
        try {
            String[] stale = run();
            assertEquals("1", stale[0], stale[1] + stale[2]);
            assertTrue(stale[2].contains("suanli calibrate --write"), stale[2]);
            String[] written = run("--write");
            assertEquals("0", written[0], written[1] + written[2]);
            BookReading now = BookReading.load(file);
            assertEquals(BookReading.load(shipped.resolve("calibration.json")).k(), now.k(), 0);
            assertEquals("0", run()[0]);
        } finally {
            if (before == null) {
                System.clearProperty("suanli.data");
            } else {
                System.setProperty("suanli.data", before);
            }
        }
    }
}
