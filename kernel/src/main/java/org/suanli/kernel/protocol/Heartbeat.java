package org.suanli.kernel.protocol;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/** Echoes heartbeat pings on a thread of its own, so a busy cell never looks like a dead kernel. */
final class Heartbeat {

    private final ZMQ.Socket socket;
    private final Thread thread;

    Heartbeat(ZMQ.Context context, String endpoint) {
        socket = context.socket(SocketType.REP);
        socket.setLinger(0);
        socket.bind(endpoint);
        thread = new Thread(this::loop, "suanli-heartbeat");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] ping = socket.recv(0);
                if (ping == null) {
                    break;
                }
                boolean more = socket.hasReceiveMore();
                socket.send(ping, more ? ZMQ.SNDMORE : 0);
                while (more) {
                    byte[] part = socket.recv(0);
                    more = socket.hasReceiveMore();
                    socket.send(part, more ? ZMQ.SNDMORE : 0);
                }
            }
        } catch (ZMQException e) {
            // ETERM: the context is closing.
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof java.nio.channels.ClosedByInterruptException)) {
                KernelLog.error("The heartbeat stopped", e);
            }
        } finally {
            socket.close();
        }
    }
}
