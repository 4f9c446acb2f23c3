package org.suanli.kernel;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The stdout/stderr text of one running cell, batched. Printing a million lines one {@code stream} message at a
 * time would swamp the front end, so text is collected and sent at most every {@value #FLUSH_MILLIS} ms (or at
 * once when {@value #FLUSH_CHARS} characters are waiting), and after {@code maxChars} characters the rest is
 * dropped with one note saying so. Order between stdout and stderr is kept by flushing one before appending
 * to the other.
 */
final class CellStreams {

    static final long FLUSH_MILLIS = 50;
    static final int FLUSH_CHARS = 64 * 1024;

    private final OutputSink sink;
    private final long maxChars;
    private final StringBuilder buffer = new StringBuilder();
    private String bufferName;
    private long total;
    private boolean truncated;
    private boolean closed;
    private final ScheduledFuture<?> ticker;

    CellStreams(OutputSink sink, long maxChars, ScheduledExecutorService scheduler) {
        this.sink = sink;
        this.maxChars = maxChars;
        this.ticker = scheduler.scheduleWithFixedDelay(this::tick, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    void append(String name, String text) {
        String toSend = null;
        String sendName = null;
        synchronized (this) {
            if (closed || truncated && maxChars > 0) {
                return;
            }
            if (bufferName != null && !bufferName.equals(name) && buffer.length() > 0) {
                toSend = buffer.toString();
                sendName = bufferName;
                buffer.setLength(0);
            }
            bufferName = name;
            if (maxChars > 0 && total + text.length() > maxChars) {
                int keep = (int) Math.max(0, maxChars - total);
                buffer.append(text, 0, keep);
                total += keep;
                truncated = true;
            } else {
                buffer.append(text);
                total += text.length();
            }
            if (toSend != null) {
                sink.stream(sendName, toSend);
            }
            if (truncated) {
                sendLocked();
                sink.stream("stderr", "\n… output truncated: this cell printed more than " + maxChars
                        + " characters; the rest is not shown (the kernel option maxStreamChars sets the limit).\n");
                return;
            }
            if (buffer.length() >= FLUSH_CHARS) {
                sendLocked();
            }
        }
    }

    /** A failing sink must not end the ticker (a scheduled task that throws is never run again). */
    private void tick() {
        try {
            flush();
        } catch (Throwable t) {
            StreamCapture.originalErr().println("suanli: sending cell output failed: " + t);
        }
    }

    /** Sends what is waiting; called by the ticker, before input requests, displays and errors, and at the end. */
    synchronized void flush() {
        if (!closed) {
            sendLocked();
        }
    }

    private void sendLocked() {
        if (buffer.length() > 0) {
            String text = buffer.toString();
            buffer.setLength(0);
            sink.stream(bufferName, text);
        }
    }

    /** Flushes and stops; later writes are dropped. */
    synchronized void close() {
        ticker.cancel(false);
        sendLocked();
        closed = true;
    }
}
