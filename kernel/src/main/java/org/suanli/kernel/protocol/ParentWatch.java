package org.suanli.kernel.protocol;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ends the kernel when the process that started it has gone, as ipykernel's parent poller does. A front end that
 * crashes, or a terminal closed under {@code jupyter console}, never sends a {@code shutdown_request}; without
 * this the kernel would hold its memory and ports until someone kills it.
 *
 * <p>Which process: the one jupyter_client names in {@code JPY_PARENT_PID} (the front end, which may not be the
 * direct parent when a launcher script sits between), else this process's parent. Gone means: that process is
 * no longer alive, or, for the direct parent, this process was re-parented (to init or a subreaper), which is
 * what the death of a parent looks like on Unix even when its pid is reused.
 */
public final class ParentWatch {

    /** How often the parent is looked at; the kernel exits at most this long after its parent. */
    static final long PERIOD_MILLIS = 1000;

    private ParentWatch() {
    }

    /**
     * Starts watching in a daemon thread; {@code onParentGone} runs once, with a sentence for the log, when the
     * parent has gone. Returns the watched pid, or empty when there is no parent to watch.
     */
    public static Optional<Long> start(String jpyParentPid, Consumer<String> onParentGone) {
        ProcessHandle named = parse(jpyParentPid).flatMap(ProcessHandle::of).orElse(null);
        Optional<ProcessHandle> direct = ProcessHandle.current().parent();
        long directPid = direct.map(ProcessHandle::pid).orElse(-1L);
        ProcessHandle watched = named != null ? named : direct.orElse(null);
        if (watched == null && jpyParentPid == null) {
            return Optional.empty();
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "suanli-parent-watch");
            t.setDaemon(true);
            return t;
        });
        long watchedPid = watched != null ? watched.pid() : parse(jpyParentPid).orElse(-1L);
        timer.scheduleAtFixedRate(() -> {
            String gone = null;
            if (watched == null || !watched.isAlive()) {
                gone = "the process that started this kernel (pid " + watchedPid + ") has ended";
            } else if (named == null && ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) != directPid) {
                gone = "the process that started this kernel (pid " + directPid + ") has ended (the kernel was re-parented)";
            }
            if (gone != null) {
                timer.shutdown();
                onParentGone.accept(gone);
            }
        }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return Optional.of(watchedPid);
    }

    static Optional<Long> parse(String pid) {
        if (pid == null || pid.isBlank()) {
            return Optional.empty();
        }
        try {
            long p = Long.parseLong(pid.strip());
            return p > 0 ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
