package org.suanli.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code suanli} command line in a child JVM on this module's classes (those the jar is made of), in a
 * folder of its choice and with the JVM's default heap: for runs of whole notebooks, which would not fit in the
 * small heap the test JVM keeps for its OutOfMemoryError test.
 */
record ChildSuanli(int exit, String out, String err, boolean timedOut) {

    static ChildSuanli run(Path folder, long seconds, Path stdout, List<String> args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "org.suanli.cli.Suanli"));
        command.addAll(args);
        Path out = stdout != null ? stdout : Files.createTempFile("suanli-out", ".txt");
        Path err = Files.createTempFile("suanli-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            return new ChildSuanli(finished ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), !finished);
        } finally {
            Files.deleteIfExists(err);
            if (stdout == null) {
                Files.deleteIfExists(out);
            }
        }
    }

    static ChildSuanli run(Path folder, String... args) throws IOException, InterruptedException {
        return run(folder, 900, null, List.of(args));
    }

    @Override
    public String toString() {
        return (timedOut ? "timed out" : "exit " + exit) + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
