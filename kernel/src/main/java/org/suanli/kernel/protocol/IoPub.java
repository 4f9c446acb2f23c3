package org.suanli.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.JsonObject;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The IOPub PUB socket. Output comes from many threads (the shell worker, the control thread, threads a cell
 * starts), so every send takes the socket's lock; the lock also gives the memory barrier ZeroMQ needs when a
 * socket changes threads. A publish is a few microseconds, so nobody waits long.
 */
final class IoPub {

    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private boolean closed;

    IoPub(ZMQ.Context context, String endpoint, WireCodec codec) {
        this.codec = codec;
        this.socket = Sockets.bind(context, SocketType.PUB, endpoint, "iopub", 200);
    }

    /** Publishes a message of {@code type} belonging to {@code parent}; the topic is {@code kernel.<session>.<type>}. */
    void publish(String type, Message parent, JsonObject content) {
        publish(type, parent, new JsonObject(), content);
    }

    void publish(String type, Message parent, JsonObject metadata, JsonObject content) {
        byte[] topic = ("kernel." + codec.session() + "." + type).getBytes(StandardCharsets.UTF_8);
        Message m = codec.create(type, parent, metadata, content, List.of(topic));
        List<byte[]> frames = codec.encode(m);
        synchronized (this) {
            if (closed) {
                return;
            }
            KernelLog.debug("iopub -> " + m);
            for (int i = 0; i < frames.size(); i++) {
                socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
            }
        }
    }

    void status(String state, Message parent) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", state);
        publish("status", parent, content);
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            socket.close();
        }
    }
}
