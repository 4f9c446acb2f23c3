package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Holding JShell's completion index back. The test JVM gets the same {@code --add-opens} as the kernel
 * (kernel/pom.xml), so the pause really takes hold here; completion must work while it is held and after.
 */
class IndexerPauseTest {

    @Test
    void pausesAndReleasesAndCompletionWorksEitherWay() {
        try (JShell js = JShell.builder().executionEngine("local").build()) {
            SourceCodeAnalysis sca = js.sourceCodeAnalysis();
            IndexerPause pause = IndexerPause.pause(sca);
            assertTrue(pause.paused(), "the test JVM opens jdk.jshell, as the kernelspec does");
            int[] anchor = new int[1];
            assertFalse(sca.completionSuggestions("String.valueO", 13, anchor).isEmpty(), "completion does not wait");
            pause.release();
            assertFalse(pause.paused());
            pause.release(); // idempotent
            assertEquals("int x = 1;", sca.analyzeCompletion("int x = 1;").source());
        }
    }

    @Test
    void withoutAccessNothingIsPausedAndNothingFails() throws Exception {
        // A JVM started without --add-opens, as a kernel launched by hand would be.
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Child.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.endsWith("paused=false completion=ok"), out);
    }

    /** Runs in the child JVM. */
    static final class Child {
        public static void main(String[] args) {
            try (JShell js = JShell.builder().executionEngine("local").build()) {
                SourceCodeAnalysis sca = js.sourceCodeAnalysis();
                IndexerPause pause = IndexerPause.pause(sca);
                pause.release();
                System.out.println("paused=" + pause.paused() + " completion="
                        + ("int x = 1;".equals(sca.analyzeCompletion("int x = 1;").source()) ? "ok" : "broken"));
            }
        }
    }
}
