package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The idle gate: nothing while busy or before the quiet period, then the one-off task, then steps to the end. */
class IdleWorkTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService steps = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        steps.shutdownNow();
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void waitsForQuietThenRunsTheTaskThenEveryStepOnce() throws InterruptedException {
        AtomicInteger once = new AtomicInteger();
        AtomicInteger stepsRun = new AtomicInteger();
        IdleWork w = new IdleWork(timer, 300, () -> true, once::incrementAndGet,
                () -> stepsRun.incrementAndGet() < 5, steps);
        Thread.sleep(150);
        assertEquals(0, once.get(), "nothing before the quiet period has passed");
        assertTrue(waitFor(w::finished, 5000), "the work finishes");
        assertEquals(1, once.get());
        assertEquals(5, stepsRun.get(), "steps run until one says there is no more");
        Thread.sleep(300);
        assertEquals(5, stepsRun.get(), "and none after that");
    }

    @Test
    void activityPostponesTheWorkAndABusyEngineGetsNone() throws InterruptedException {
        AtomicBoolean idle = new AtomicBoolean(false);
        AtomicInteger once = new AtomicInteger();
        IdleWork w = new IdleWork(timer, 200, idle::get, once::incrementAndGet, () -> false, steps);
        Thread.sleep(400);
        assertEquals(0, once.get(), "a running cell keeps the work away however long it runs");
        idle.set(true);
        w.busy(); // the cell just ended
        Thread.sleep(100);
        assertEquals(0, once.get(), "the quiet period starts when the cell ends");
        for (int i = 0; i < 5; i++) {
            Thread.sleep(60);
            w.busy(); // cells keep coming, as in a batch of requests
        }
        assertEquals(0, once.get(), "requests closer together than the quiet period never let it start");
        assertTrue(waitFor(() -> once.get() == 1, 3000));
        assertTrue(waitFor(w::finished, 3000));
    }

    @Test
    void stopEndsItAndAFailingStepEndsIt() throws InterruptedException {
        AtomicInteger once = new AtomicInteger();
        IdleWork stopped = new IdleWork(timer, 100, () -> true, once::incrementAndGet, () -> true, steps);
        stopped.stop();
        Thread.sleep(300);
        assertEquals(0, once.get());
        IdleWork failing = new IdleWork(timer, 50, () -> true, () -> { }, () -> {
            throw new IllegalStateException("step failed");
        }, steps);
        assertTrue(waitFor(failing::finished, 3000), "a step that throws ends the work instead of repeating");
    }
}
