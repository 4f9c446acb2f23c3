package org.suanli.kernel.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;

/**
 * Wakes a thread blocked in a ZeroMQ poll from another thread. The poll watches {@link #source()} alongside
 * its socket; {@link #signal()} writes a byte. This is how other threads hand work to a socket's own thread
 * (ZeroMQ sockets are not thread-safe) without the socket loop ever sleeping or polling with a timeout.
 */
final class Wakeup implements AutoCloseable {

    private final Pipe pipe;
    private final ByteBuffer one = ByteBuffer.allocate(1);
    private final ByteBuffer drain = ByteBuffer.allocate(256);

    Wakeup() {
        try {
            pipe = Pipe.open();
            pipe.source().configureBlocking(false);
            pipe.sink().configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a wake-up pipe", e);
        }
    }

    Pipe.SourceChannel source() {
        return pipe.source();
    }

    /** Makes the next (or current) poll return. A full pipe already guarantees that, so a short write is fine. */
    void signal() {
        synchronized (one) {
            one.clear();
            one.put((byte) 1).flip();
            try {
                pipe.sink().write(one);
            } catch (IOException e) {
                // The pipe is closed: the loop has ended and nobody needs waking.
            }
        }
    }

    /** Consumes pending signals; called by the polling thread after a wake-up. */
    void drain() {
        try {
            while (true) {
                drain.clear();
                if (pipe.source().read(drain) <= 0) {
                    return;
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() {
        try {
            pipe.sink().close();
        } catch (IOException ignored) {
            // nothing to do
        }
        try {
            pipe.source().close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
