package org.suanli.kernel.protocol;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import com.google.gson.JsonObject;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A small Jupyter client: enough to ask a kernel for its info and to shut it down. {@code suanli install
 * --check} uses it to prove a kernelspec works without needing Python; the tests use it to send messages
 * jupyter_client would never send (wrong signatures, broken JSON). Not thread-safe.
 */
public final class KernelClient implements AutoCloseable {

    private final ConnectionInfo connection;
    private final ZMQ.Context context = ZMQ.context(1);
    private final WireCodec codec;
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket iopub;
    private final List<Message> shellPending = new ArrayList<>();
    private final List<Message> controlPending = new ArrayList<>();
    private final List<Message> iopubPending = new ArrayList<>();

    public KernelClient(ConnectionInfo connection) {
        this.connection = connection;
        this.codec = new WireCodec(new MessageSigner(connection.signatureScheme(), connection.key()),
                Ids.random());
        byte[] identity = codec.session().getBytes(StandardCharsets.US_ASCII);
        shell = dealer(connection.shellPort(), identity);
        control = dealer(connection.controlPort(), identity);
        iopub = context.socket(SocketType.SUB);
        iopub.setLinger(0);
        iopub.subscribe(new byte[0]);
        iopub.connect(connection.endpoint(connection.iopubPort()));
    }

    /** A fresh connection description on free local ports with a random key, as Jupyter would write one. */
    public static ConnectionInfo freeLocalConnection() throws IOException {
        int[] ports = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < ports.length; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                HexFormat.of().formatHex(key), "hmac-sha256", "suanli");
    }

    /** The connection file's JSON for {@code info}. */
    public static String toJson(ConnectionInfo info) {
        JsonObject o = new JsonObject();
        o.addProperty("transport", info.transport());
        o.addProperty("ip", info.ip());
        o.addProperty("shell_port", info.shellPort());
        o.addProperty("iopub_port", info.iopubPort());
        o.addProperty("stdin_port", info.stdinPort());
        o.addProperty("control_port", info.controlPort());
        o.addProperty("hb_port", info.hbPort());
        o.addProperty("key", info.key());
        o.addProperty("signature_scheme", info.signatureScheme());
        o.addProperty("kernel_name", info.kernelName());
        return Json.toJson(o);
    }

    /** The two request channels. */
    public enum Channel { SHELL, CONTROL }

    /**
     * Sends a request on shell ({@code onControl} false) or control, and waits for its reply.
     *
     * @return the reply's content, or null when none came within {@code timeout}
     */
    public JsonObject request(boolean onControl, String type, JsonObject content, Duration timeout) {
        Channel channel = onControl ? Channel.CONTROL : Channel.SHELL;
        Message reply = awaitReply(channel, send(channel, type, content), timeout);
        return reply == null ? null : reply.content();
    }

    /** Sends a request and returns its msg_id at once. */
    public String send(Channel channel, String type, JsonObject content) {
        Message request = codec.create(type, null, content, List.of());
        sendFrames(socket(channel), codec.encode(request));
        return request.id();
    }

    /** Sends raw frames on shell (tests: tampered signatures, broken JSON). */
    public void sendRawOnShell(List<byte[]> frames) {
        sendFrames(shell, frames);
    }

    /** The frames of a well-formed, correctly signed request, for tests to tamper with. */
    public List<byte[]> encodeRequest(String type, JsonObject content) {
        return new ArrayList<>(codec.encode(codec.create(type, null, content, List.of())));
    }

    /** Frames signed with this client's key (tests: valid signature over broken JSON). */
    public String sign(byte[] header, byte[] parent, byte[] metadata, byte[] content) {
        return codec.signer().sign(header, parent, metadata, content);
    }

    public ConnectionInfo connection() {
        return connection;
    }

    /** The reply to {@code requestId}, or null after {@code timeout}; replies to other requests are kept. */
    public Message awaitReply(Channel channel, String requestId, Duration timeout) {
        List<Message> pending = channel == Channel.SHELL ? shellPending : controlPending;
        return await(socket(channel), pending, requestId, m -> true, timeout);
    }

    /**
     * The IOPub messages belonging to {@code requestId}, up to and including its {@code idle} status; null
     * after {@code timeout}. Messages of other requests are kept for their own calls.
     */
    public List<Message> iopubUntilIdle(String requestId, Duration timeout) {
        return iopubUntil(requestId,
                m -> m.type().equals("status") && "idle".equals(Json.string(m.content(), "execution_state", "")),
                timeout);
    }

    /**
     * The IOPub messages belonging to {@code requestId} up to and including the first that {@code last}
     * accepts; null after {@code timeout}. Later messages stay queued for the next call.
     */
    public List<Message> iopubUntil(String requestId, Predicate<Message> last, Duration timeout) {
        List<Message> collected = new ArrayList<>();
        Message end = await(iopub, iopubPending, requestId, m -> {
            collected.add(m);
            return last.test(m);
        }, timeout);
        if (end == null) {
            // Give back what was seen, so a later call still finds it.
            iopubPending.addAll(0, collected);
            return null;
        }
        return collected;
    }

    private Message await(ZMQ.Socket socket, List<Message> pending, String parentId,
                          Predicate<Message> done, Duration timeout) {
        for (Iterator<Message> it = pending.iterator(); it.hasNext(); ) {
            Message m = it.next();
            if (parentId.equals(Json.string(m.parentHeader(), "msg_id", ""))) {
                it.remove();
                if (done.test(m)) {
                    return m;
                }
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (ZMQ.Poller poller = context.poller(1)) {
            poller.register(socket, ZMQ.Poller.POLLIN);
            while (true) {
                List<byte[]> frames;
                while ((frames = receive(socket, ZMQ.DONTWAIT)) != null) {
                    Message m;
                    try {
                        m = codec.decode(frames);
                    } catch (InvalidMessageException e) {
                        throw new IllegalStateException("The kernel sent an invalid message: " + e.getMessage(), e);
                    }
                    if (parentId.equals(Json.string(m.parentHeader(), "msg_id", ""))) {
                        if (done.test(m)) {
                            return m;
                        }
                    } else {
                        pending.add(m);
                    }
                }
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return null;
                }
                poller.poll(left);
            }
        }
    }

    private ZMQ.Socket socket(Channel channel) {
        return channel == Channel.SHELL ? shell : control;
    }

    private ZMQ.Socket dealer(int port, byte[] identity) {
        ZMQ.Socket s = context.socket(SocketType.DEALER);
        s.setLinger(0);
        s.setIdentity(identity);
        s.connect(connection.endpoint(port));
        return s;
    }

    private static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    private static List<byte[]> receive(ZMQ.Socket socket, int flags) {
        byte[] first = socket.recv(flags);
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

    @Override
    public void close() {
        shell.close();
        control.close();
        iopub.close();
        context.term();
    }
}
