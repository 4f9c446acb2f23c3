package org.suanli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.runner.ExitCodeScheme;

import picocli.CommandLine;

/**
 * One exit-code scheme for every command: the kernel's copy equals the toolkit's ({@code org.suanli.cli.ExitCodes},
 * read by reflection since the kernel cannot import the toolkit), every command's {@code --help} lists its codes,
 * and every code listed belongs to the scheme.
 */
class ExitCodeSchemeTest {

    private static final Set<Integer> SCHEME = Set.of(ExitCodeScheme.OK, ExitCodeScheme.FAILS, ExitCodeScheme.USAGE,
            ExitCodeScheme.INPUT, ExitCodeScheme.NOTEBOOK, ExitCodeScheme.INTERNAL);

    @Test
    void theToolkitAndTheKernelUseTheSameNumbers() throws Exception {
        Map<String, Object> kernel = constants(ExitCodeScheme.class);
        Map<String, Object> toolkit = constants(Class.forName("org.suanli.cli.ExitCodes"));
        assertEquals(kernel, toolkit);
        assertEquals(Map.of("OK", 0, "FAILS", 1, "USAGE", 2, "INPUT", 3, "NOTEBOOK", 4, "INTERNAL", 70),
                Map.of("OK", kernel.get("OK"), "FAILS", kernel.get("FAILS"), "USAGE", kernel.get("USAGE"),
                        "INPUT", kernel.get("INPUT"), "NOTEBOOK", kernel.get("NOTEBOOK"), "INTERNAL", kernel.get("INTERNAL")));
    }

    private static Map<String, Object> constants(Class<?> c) throws IllegalAccessException {
        Map<String, Object> m = new TreeMap<>();
        for (Field f : c.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                m.put(f.getName(), f.get(null));
            }
        }
        return m;
    }

    @Test
    void everyCommandListsItsExitCodesAndOnlyCodesOfTheScheme() {
        CommandLine root = Suanli.commandLine();
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            CommandLine.Model.UsageMessageSpec usage = e.getValue().getCommandSpec().usageMessage();
            Map<String, String> codes = usage.exitCodeList();
            assertFalse(codes.isEmpty(), e.getKey() + " --help lists no exit codes");
            assertEquals("%nExit codes:%n", usage.exitCodeListHeading(), e.getKey());
            for (String code : codes.keySet()) {
                assertTrue(SCHEME.contains(Integer.parseInt(code.strip())), e.getKey() + " lists exit code " + code
                        + ", which is not in the scheme " + SCHEME);
            }
            assertTrue(codes.containsKey("0") && codes.containsKey("2"), e.getKey() + " must list 0 and 2: " + codes);
            if (codes.containsKey("3")) {
                assertTrue(codes.get("3").contains("file") || codes.get("3").contains("input") || codes.get("3").contains("notebook"),
                        e.getKey() + ": 3 means a bad input file: " + codes.get("3"));
            }
            if (codes.containsKey("4")) {
                assertTrue(codes.get("4").contains("notebook"), e.getKey() + ": 4 means a notebook failed: " + codes.get("4"));
            }
        }
    }

    @Test
    void theReadmeTableListsExactlyTheScheme() throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String section = text.substring(text.indexOf("## Exit codes"), text.indexOf("## Installing the kernel"));
        Set<Integer> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(section);
        while (m.find()) {
            listed.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(new java.util.TreeSet<>(SCHEME), listed, "README.md's exit-code table and ExitCodeScheme differ");
    }

    @Test
    void verboseAddsTheStackTraceAndWithoutItThereIsNone(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("official"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        int code = Suanli.execute(new String[] {"reconstruct", "--data-dir", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(quiet, true, StandardCharsets.UTF_8));
        String q = quiet.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodeScheme.INPUT, code, q);
        assertTrue(q.contains("suanli reconstruct: ") && q.contains(": the file does not exist"), q);
        assertFalse(q.contains("\tat "), q);
        ByteArrayOutputStream loud = new ByteArrayOutputStream();
        code = Suanli.execute(new String[] {"reconstruct", "--data-dir", dir.toString(), "--verbose"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(loud, true, StandardCharsets.UTF_8));
        assertEquals(ExitCodeScheme.INPUT, code);
        assertTrue(loud.toString(StandardCharsets.UTF_8).contains("\tat "), "--verbose shows the trace: " + loud);
    }

    @Test
    void aBugIsAnInternalErrorWithoutATraceUnlessVerbose() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Failing());
        cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(Suanli::internalError);
        assertEquals(ExitCodeScheme.INTERNAL, cli.execute());
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("suanli failing: internal error: java.lang.NullPointerException: a bug"), text);
        assertTrue(text.contains("run again with --verbose"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @CommandLine.Command(name = "failing")
    static final class Failing implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new NullPointerException("a bug");
        }
    }
}
