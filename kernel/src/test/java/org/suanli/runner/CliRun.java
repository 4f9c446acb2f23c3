package org.suanli.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.suanli.cli.Suanli;

/** Runs the {@code suanli} command line in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Suanli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies a test notebook from src/test/resources/runner/notebooks into a folder. */
    static Path copy(String name, Path folder) throws IOException {
        try (InputStream in = CliRun.class.getResourceAsStream("/runner/notebooks/" + name)) {
            if (in == null) {
                throw new IOException("no test notebook " + name);
            }
            Path target = folder.resolve(name);
            Files.createDirectories(folder);
            Files.copy(in, target);
            return target;
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
