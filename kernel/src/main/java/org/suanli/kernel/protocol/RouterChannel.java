package org.suanli.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A ROUTER socket (shell or control) with a thread of its own.
 *
 * <p>The thread blocks in a poll on two things: the socket, and a {@link Wakeup} through which other threads
 * queue replies. It never sleeps. Each incoming message is decoded, verified and handed to the handler inside
 * its own try/catch: a bad signature, malformed JSON or a failing handler is logged and dropped, and the loop
 * goes on serving. (JJava's base library throws out of its loop here and never answers again.)
 */
final class RouterChannel {

    /** Receives the messages of one channel, on the channel's thread. */
    interface Handler {
        void handle(RouterChannel channel, Message message) throws Exception;
    }

    private final String name;
    private final ZMQ.Context context;
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final Wakeup wakeup = new Wakeup();
    private final Queue<Runnable> outbox = new ConcurrentLinkedQueue<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Thread thread;
    private Handler handler;

    RouterChannel(String name, ZMQ.Context context, String endpoint, WireCodec codec) {
        this.name = name;
        this.context = context;
        this.codec = codec;
        this.socket = Sockets.bind(context, SocketType.ROUTER, endpoint, name, 200);
    }

    String name() {
        return name;
    }

    void start(Handler handler) {
        this.handler = handler;
        Thread t = new Thread(this::loop, "suanli-" + name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Sends a message from any thread: directly on the channel's thread, otherwise through the outbox. */
    void send(Message message) {
        send(message, null);
    }

    /**
     * Sends a message, then runs {@code after} on this channel's thread once the message is written. The shell
     * worker uses it to publish {@code idle} strictly after its reply has gone out.
     */
    void send(Message message, Runnable after) {
        if (Thread.currentThread() == thread) {
            write(message);
            if (after != null) {
                after.run();
            }
        } else {
            outbox.add(() -> {
                write(message);
                if (after != null) {
                    after.run();
                }
            });
            wakeup.signal();
        }
    }

    /** Ends the loop after it has sent what is queued; waits up to {@code millis} for that. */
    void stop(long millis) {
        running = false;
        wakeup.signal();
        if (Thread.currentThread() != thread) {
            try {
                stopped.await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes the socket of a channel whose thread was never started (start-up failed). */
    void closeUnstarted() {
        socket.close();
        wakeup.close();
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }

    private void loop() {
        ZMQ.Poller poller = null;
        try {
            poller = context.poller(2);
            int socketIndex = poller.register(socket, ZMQ.Poller.POLLIN);
            int wakeIndex = poller.register(wakeup.source(), ZMQ.Poller.POLLIN);
            while (running) {
                poller.poll(-1);
                if (poller.pollin(wakeIndex)) {
                    wakeup.drain();
                }
                flushOutbox();
                if (poller.pollin(socketIndex)) {
                    // Drain everything that has arrived, so replies queued meanwhile are not starved.
                    List<byte[]> frames;
                    while (running && (frames = receive(ZMQ.DONTWAIT)) != null) {
                        dispatch(frames);
                        flushOutbox();
                    }
                }
            }
            flushOutbox();
        } catch (ZMQException e) {
            if (running) {
                KernelLog.error("The " + name + " channel stopped: " + e, e);
            }
        } catch (RuntimeException | Error e) {
            KernelLog.error("The " + name + " channel stopped unexpectedly", e);
        } finally {
            if (poller != null) {
                poller.close();
            }
            socket.close();
            wakeup.close();
            stopped.countDown();
        }
    }

    private void dispatch(List<byte[]> frames) {
        Message message;
        try {
            message = codec.decode(frames);
        } catch (InvalidMessageException e) {
            KernelLog.warn("Dropped a message on " + name + ": " + e.getMessage());
            return;
        }
        KernelLog.debug(name + " <- " + message);
        try {
            handler.handle(this, message);
        } catch (Exception | StackOverflowError e) {
            KernelLog.error("The " + name + " handler failed on " + message, e);
        }
    }

    private List<byte[]> receive(int flags) {
        byte[] first = socket.recv(flags);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(8);
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    private void flushOutbox() {
        Runnable action;
        while ((action = outbox.poll()) != null) {
            try {
                action.run();
            } catch (RuntimeException e) {
                if (e instanceof ZMQException z) {
                    throw z;
                }
                KernelLog.error("Sending on " + name + " failed", e);
            }
        }
    }

    private void write(Message message) {
        KernelLog.debug(name + " -> " + message);
        List<byte[]> frames = codec.encode(message);
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }
}
