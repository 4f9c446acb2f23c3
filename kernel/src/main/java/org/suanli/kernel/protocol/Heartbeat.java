package org.suanli.kernel.protocol;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * Echoes heartbeat pings on a thread of its own, so a busy cell never looks like a dead kernel. Like the
 * other loops it blocks in a poll that {@link #stop} can wake, and it closes its own socket, so that closing
 * the ZeroMQ context at shutdown does not wait on a thread stuck in a receive.
 */
final class Heartbeat {

    private final ZMQ.Context context;
    private final ZMQ.Socket socket;
    private final Thread thread;
    private final Wakeup wakeup = new Wakeup();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    Heartbeat(ZMQ.Context context, String endpoint) {
        this.context = context;
        socket = Sockets.bind(context, SocketType.REP, endpoint, "heartbeat", 0);
        thread = new Thread(this::loop, "suanli-heartbeat");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Closes the socket when the thread was never started (start-up failed). */
    void closeUnstarted() {
        socket.close();
        wakeup.close();
    }

    void stop(long millis) {
        running = false;
        wakeup.signal();
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try (ZMQ.Poller poller = context.poller(2)) {
            int socketIndex = poller.register(socket, ZMQ.Poller.POLLIN);
            int wakeIndex = poller.register(wakeup.source(), ZMQ.Poller.POLLIN);
            while (running) {
                poller.poll(-1);
                if (poller.pollin(wakeIndex)) {
                    wakeup.drain();
                }
                if (!running || !poller.pollin(socketIndex)) {
                    continue;
                }
                byte[] ping;
                while ((ping = socket.recv(ZMQ.DONTWAIT)) != null) {
                    boolean more = socket.hasReceiveMore();
                    socket.send(ping, more ? ZMQ.SNDMORE : 0);
                    while (more) {
                        byte[] part = socket.recv(0);
                        more = socket.hasReceiveMore();
                        socket.send(part, more ? ZMQ.SNDMORE : 0);
                    }
                }
            }
        } catch (ZMQException e) {
            if (running) {
                KernelLog.error("The heartbeat stopped: " + e, e);
            }
        } catch (RuntimeException e) {
            KernelLog.error("The heartbeat stopped", e);
        } finally {
            socket.close();
            wakeup.close();
            stopped.countDown();
        }
    }
}
