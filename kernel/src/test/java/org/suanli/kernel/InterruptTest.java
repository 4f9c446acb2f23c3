package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Interrupts with JShell's stop() on the local engine: a tight loop and a sleep end, and state survives. The
 * one-second target is measured in the benchmark, not asserted here (timings on a shared machine are noisy);
 * these tests only bound the wait generously so that a broken interrupt fails instead of hanging.
 */
class InterruptTest extends SharedEngineTest {


    private ExecuteReply runAndInterrupt(String code, RecordingSink sink, String startedMarker) throws Exception {
        CompletableFuture<ExecuteReply> f = CompletableFuture.supplyAsync(() -> in.execute(ExecuteRequest.of(code), sink));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!sink.stdout().contains(startedMarker) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(sink.stdout().contains(startedMarker), "the cell started: " + sink.outs);
        in.interrupt();
        return f.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aTightLoopStopsAndStateSurvives() throws Exception {
        in.execute(ExecuteRequest.of("int kept = 7;\nlong spins = 0;"), new RecordingSink());
        RecordingSink s = new RecordingSink();
        ExecuteReply r = runAndInterrupt("int other = 1;\nwhile (true) { if (++spins == 1000) System.out.println(\"spinning\"); }", s, "spinning");
        assertEquals(ExecuteReply.Status.ERROR, r.status());
        assertEquals("Interrupted", s.error().ename());
        assertTrue(s.error().evalue().contains("cell " + r.executionCount() + ", line 2"), s.error().evalue());
        RecordingSink after = new RecordingSink();
        in.execute(ExecuteRequest.of("kept * 6"), after);
        assertEquals("42", after.resultText(), "definitions made before the interrupt are kept");
        RecordingSink spun = new RecordingSink();
        in.execute(ExecuteRequest.of("spins >= 1000"), spun);
        assertEquals("true", spun.resultText(), "the loop ran (it printed at 1000) and its variable survives");
    }

    @Test
    void aLoopWithoutBackEdgesInUserMethodsAlsoStops() throws Exception {
        RecordingSink s = new RecordingSink();
        ExecuteReply r = runAndInterrupt("double acc = 0;\nSystem.out.println(\"go\");\nfor (long i = 0; ; i++) { acc += Math.sqrt(i); }", s, "go");
        assertEquals("Interrupted", s.error().ename());
        assertEquals(ExecuteReply.Status.ERROR, r.status());
    }

    @Test
    void sleepStops() throws Exception {
        RecordingSink s = new RecordingSink();
        long t0 = System.nanoTime();
        ExecuteReply r = runAndInterrupt("System.out.println(\"sleeping\");\nThread.sleep(600_000);\nSystem.out.println(\"woke\");", s, "sleeping");
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(60));
        assertEquals("Interrupted", s.error().ename());
        assertTrue(!s.stdout().contains("woke"), "the rest of the cell did not run");
        RecordingSink after = new RecordingSink();
        in.execute(ExecuteRequest.of("1 + 1"), after);
        assertEquals("2", after.resultText());
    }

    @Test
    void interruptWithNothingRunningIsHarmless() {
        in.interrupt();
        RecordingSink s = new RecordingSink();
        in.execute(ExecuteRequest.of("\"fine\""), s);
        assertNull(s.error());
        assertEquals("fine", s.resultText());
    }

    @Test
    void aCellTimeoutStopsTheCellWithTheSameMechanism() {
        try (JShellInterpreter timed = new JShellInterpreter(EngineOptions.defaults().withCellTimeout(Duration.ofMillis(1500)))) {
            timed.execute(ExecuteRequest.of("int survivor = 3;"), new RecordingSink());
            RecordingSink s = new RecordingSink();
            ExecuteReply r = timed.execute(ExecuteRequest.of("while (true) { }"), s);
            assertEquals(ExecuteReply.Status.ERROR, r.status());
            assertEquals("Timeout", s.error().ename());
            assertTrue(s.error().evalue().contains("cell timeout of 1500 ms"), s.error().evalue());
            RecordingSink after = new RecordingSink();
            timed.execute(ExecuteRequest.of("survivor"), after);
            assertEquals("3", after.resultText());
        }
    }
}
