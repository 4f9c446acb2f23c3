package org.suanli.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The stdin ROUTER socket: asks the front end for a line ({@code input_request}) and waits for its
 * {@code input_reply}. The request goes to the identities of the execute_request that is running (jupyter_client
 * gives its shell and stdin sockets the same identity). One request at a time; {@link #cancel()} (called on
 * interrupt and shutdown) ends a wait at once.
 */
final class StdinChannel {

    private final ZMQ.Context context;
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final Wakeup wakeup = new Wakeup();
    private final Object lock = new Object();
    private final AtomicLong cancelGeneration = new AtomicLong();
    private boolean closed;

    StdinChannel(ZMQ.Context context, String endpoint, WireCodec codec) {
        this.codec = codec;
        this.context = context;
        socket = Sockets.bind(context, SocketType.ROUTER, endpoint, "stdin", 0);
    }

    /**
     * Asks for one line on behalf of {@code parent} (an execute_request).
     *
     * @return the line the user typed, or null when the wait was cancelled or the channel closed
     */
    String input(Message parent, String prompt, boolean password) {
        long generation = cancelGeneration.get();
        synchronized (lock) {
            if (closed) {
                return null;
            }
            JsonObject content = new JsonObject();
            content.addProperty("prompt", prompt == null ? "" : prompt);
            content.addProperty("password", password);
            Message request = codec.create("input_request", parent, content, parent.identities());
            List<byte[]> frames = codec.encode(request);
            for (int i = 0; i < frames.size(); i++) {
                socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
            }
            try (ZMQ.Poller poller = context.poller(2)) {
                int socketIndex = poller.register(socket, ZMQ.Poller.POLLIN);
                int wakeIndex = poller.register(wakeup.source(), ZMQ.Poller.POLLIN);
                while (cancelGeneration.get() == generation) {
                    poller.poll(-1);
                    if (poller.pollin(wakeIndex)) {
                        wakeup.drain();
                    }
                    if (!poller.pollin(socketIndex)) {
                        continue;
                    }
                    List<byte[]> received;
                    while ((received = receive()) != null) {
                        String value = answer(received, request);
                        if (value != null) {
                            return value;
                        }
                    }
                }
                return null;
            } catch (ZMQException e) {
                KernelLog.warn("The stdin channel failed while waiting for input: " + e);
                return null;
            }
        }
    }

    /** Ends any wait for input now; the waiting reader sees end of input. */
    void cancel() {
        cancelGeneration.incrementAndGet();
        wakeup.signal();
    }

    void close() {
        cancel();
        synchronized (lock) {
            if (!closed) {
                closed = true;
                socket.close();
                wakeup.close();
            }
        }
    }

    private String answer(List<byte[]> frames, Message request) {
        Message reply;
        try {
            reply = codec.decode(frames);
        } catch (InvalidMessageException e) {
            KernelLog.warn("Dropped a message on stdin: " + e.getMessage());
            return null;
        }
        if (!reply.type().equals("input_reply")) {
            KernelLog.warn("Ignored a " + reply.type() + " on stdin (only input_reply is expected there)");
            return null;
        }
        String parentId = Json.string(reply.parentHeader(), "msg_id", "");
        if (!parentId.isEmpty() && !parentId.equals(request.id())) {
            KernelLog.debug("Ignored a stale input_reply to " + parentId);
            return null;
        }
        return Json.string(reply.content(), "value", "");
    }

    private List<byte[]> receive() {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }
}
