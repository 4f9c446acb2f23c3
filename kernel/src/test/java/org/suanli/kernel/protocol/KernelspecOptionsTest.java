package org.suanli.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The kernel JVM's options: the measured defaults are there, a user's collector replaces ours, and the JVM accepts them. */
class KernelspecOptionsTest {

    @Test
    void theMeasuredDefaultsAreOnTheCommandLine() {
        List<String> argv = Kernelspec.forThisBuild(List.of()).argv();
        for (String o : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn64m", "-XX:CompileThresholdScaling=0.01",
                "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-Djava.awt.headless=true")) {
            assertTrue(argv.contains(o), o + " in " + argv);
        }
        assertEquals(argv.indexOf("--add-opens") + 1, argv.indexOf("jdk.jshell/jdk.jshell=ALL-UNNAMED"));
    }

    @Test
    void aCollectorGivenToInstallReplacesTheSerialOne() {
        List<String> argv = Kernelspec.forThisBuild(List.of("-XX:+UseG1GC")).argv();
        assertFalse(argv.contains("-XX:+UseSerialGC"), "two collectors would stop the JVM: " + argv);
        assertTrue(argv.contains("-XX:+UseG1GC"));
        assertTrue(Kernelspec.forThisBuild(List.of("-Xmx2g")).argv().contains("-XX:+UseSerialGC"),
                "other options leave the default collector alone");
    }

    @Test
    void theJvmAcceptsTheOptions() throws Exception {
        for (List<String> extra : List.of(List.<String>of(), List.of("-XX:+UseG1GC"))) {
            List<String> argv = Kernelspec.forThisBuild(extra).argv();
            int jar = Math.max(argv.indexOf("-jar"), argv.indexOf("-cp"));
            List<String> cmd = new java.util.ArrayList<>(argv.subList(0, jar));
            cmd.add("-version");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertFalse(out.toLowerCase(java.util.Locale.ROOT).contains("warning"), out);
        }
    }
}
