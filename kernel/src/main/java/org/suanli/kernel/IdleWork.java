package org.suanli.kernel;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Background work a kernel does only while its user is idle: a one-off task, then small steps, one at a time.
 *
 * <p>On a two-core machine, anything that runs beside a cell slows it down: measured, Tablesaw's class-path
 * scan and a JIT warm-up running next to the first cells made each of them several milliseconds slower. A person
 * at a notebook leaves seconds between cells, a batch run none; waiting for {@value #IDLE_MILLIS} ms of quiet
 * gives the work to the first and keeps it away from the second. A request that arrives meanwhile waits for at
 * most the step in progress.
 */
final class IdleWork {

    /** How long nothing must have run before work starts. */
    static final long IDLE_MILLIS = 1000;
    private static final long TICK_MILLIS = 100;

    private final long idleNanos;
    private final BooleanSupplier idleNow;
    private final Runnable once;
    private final BooleanSupplier step;
    private final Executor stepExecutor;
    private final AtomicBoolean stepRunning = new AtomicBoolean();
    private final ScheduledFuture<?> ticks;
    private volatile long lastBusyNanos = System.nanoTime();
    private boolean onceDone;
    private volatile boolean finished;

    /**
     * @param timer        runs the idle checks (never blocked by them)
     * @param idleMillis   how long nothing must have run (normally {@link #IDLE_MILLIS})
     * @param idleNow      whether nothing runs at this moment
     * @param once         started first, once (it should start its own thread if it is long)
     * @param step         one step, run on {@code stepExecutor}; returns whether more steps remain
     * @param stepExecutor where steps run (the cell thread, so that they queue with cells)
     */
    IdleWork(ScheduledExecutorService timer, long idleMillis, BooleanSupplier idleNow, Runnable once,
             BooleanSupplier step, Executor stepExecutor) {
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMillis);
        this.idleNow = idleNow;
        this.once = once;
        this.step = step;
        this.stepExecutor = stepExecutor;
        this.ticks = timer.scheduleWithFixedDelay(this::tick, Math.min(idleMillis, TICK_MILLIS), TICK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Something ran just now: the quiet period starts again. */
    void busy() {
        lastBusyNanos = System.nanoTime();
    }

    boolean finished() {
        return finished;
    }

    void stop() {
        finished = true;
        ticks.cancel(false);
    }

    private void tick() {
        if (finished || !idleNow.getAsBoolean() || System.nanoTime() - lastBusyNanos < idleNanos) {
            return;
        }
        if (!onceDone) {
            onceDone = true;
            once.run();
            return;
        }
        if (!stepRunning.compareAndSet(false, true)) {
            return;
        }
        try {
            stepExecutor.execute(() -> {
                try {
                    if (!step.getAsBoolean()) {
                        stop();
                    }
                } catch (RuntimeException e) {
                    stop();
                } finally {
                    stepRunning.set(false);
                }
            });
        } catch (RuntimeException e) {
            stepRunning.set(false);
            stop(); // the executor has shut down
        }
    }
}
