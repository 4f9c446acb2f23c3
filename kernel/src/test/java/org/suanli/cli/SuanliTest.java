package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SuanliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Suanli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void toolkitCommandsArePluggedInWithoutACompileTimeDependency() {
        assertTrue(Suanli.discoverCommandClasses(getClass().getClassLoader()).contains("org.suanli.cli.ValidateCommand"));
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("validate"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everySubcommandHasHelpThatPicocliCanFormat() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));   // picocli's tracer writes here
        try {
            for (String name : Suanli.commandLine().getSubcommands().keySet()) {
                if (name.equals("help")) {
                    continue;
                }
                out.reset();
                assertEquals(0, run(name, "--help"), name);
                assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: suanli " + name), out.toString(StandardCharsets.UTF_8));
            }
        } finally {
            System.setErr(originalErr);
        }
        assertTrue(!warnings.toString(StandardCharsets.UTF_8).contains("picocli WARN"),
                "a help text has an unescaped % (write %% in picocli descriptions): " + warnings.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unmatched argument"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionNamesTheJava() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Java " + Runtime.version().feature()));
    }
}
