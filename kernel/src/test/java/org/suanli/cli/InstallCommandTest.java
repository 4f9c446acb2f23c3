package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanli install}: what it writes, {@code --check}, and its errors. Needs no Python. */
class InstallCommandTest {

    @TempDir
    Path prefix;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Suanli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesKernelJsonWithJvmOptionsAndLogosAndCheckStartsTheKernel() throws Exception {
        int code = run("install", "--prefix", prefix.toString(), "--name", "suanli-test", "--jvm-opt=-Xmx512m",
                "--jvm-opt", "-Dsuanli.test=1", "--check");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, stdout + err.toString(StandardCharsets.UTF_8));
        assertTrue(stdout.contains("Check passed: kernel_info_reply after"), stdout);
        assertTrue(stdout.contains("java " + Runtime.version()), stdout);

        Path dir = prefix.resolve("share/jupyter/kernels/suanli-test");
        JsonObject spec = JsonParser.parseString(Files.readString(dir.resolve("kernel.json"))).getAsJsonObject();
        List<String> argv = new ArrayList<>();
        for (var e : spec.getAsJsonArray("argv")) {
            argv.add(e.getAsString());
        }
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), argv.get(0));
        assertTrue(argv.contains("-Xmx512m") && argv.contains("-Dsuanli.test=1"), argv.toString());
        assertTrue(argv.contains("-Dfile.encoding=UTF-8"), argv.toString());
        assertEquals(List.of("kernel", "{connection_file}"), argv.subList(argv.size() - 2, argv.size()));
        assertEquals("Java (Suanli)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        assertTrue(Files.size(dir.resolve("logo-64x64.png")) > 100);
        // Exactly one JVM: argv runs java itself, never a script that would start another.
        assertFalse(argv.stream().anyMatch(a -> a.endsWith(".sh") || a.endsWith("/suanli")), argv.toString());
    }

    @Test
    void reinstallingReplacesTheKernelspecAndSaysSo() throws Exception {
        assertEquals(0, run("install", "--prefix", prefix.toString()));
        Path json = prefix.resolve("share/jupyter/kernels/suanli/kernel.json");
        assertTrue(Files.exists(json));
        assertEquals(0, run("install", "--prefix", prefix.toString(), "--jvm-opt=-Xmx1g"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Replaced the kernelspec 'suanli'"));
        JsonArray argv = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("argv");
        assertTrue(argv.toString().contains("-Xmx1g"));
        try (var files = Files.list(prefix.resolve("share/jupyter/kernels"))) {
            assertEquals(1, files.count(), "no temporary directory is left behind");
        }
    }

    @Test
    void aBadNameIsRefusedWithJupytersRule() {
        assertEquals(2, run("install", "--prefix", prefix.toString(), "--name", "my kernel"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("may only contain letters, digits"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scopesAreExclusive() {
        assertEquals(2, run("install", "--user", "--prefix", prefix.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mutually exclusive"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theKernelCommandExplainsAMissingConnectionFile() {
        assertEquals(org.suanli.runner.ExitCodeScheme.INPUT, KernelCommand.run(prefix.resolve("missing.json"), null, List.of()),
                "a missing connection file is a bad input file in the exit-code scheme");
    }
}
