package org.suanli.kernel.protocol;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/** Creating bound sockets without leaking one when the bind fails (a leaked socket makes the context hang). */
final class Sockets {
    private Sockets() {
    }

    static ZMQ.Socket bind(ZMQ.Context context, SocketType type, String endpoint, String channel, int lingerMillis) {
        ZMQ.Socket socket = context.socket(type);
        try {
            socket.setLinger(lingerMillis);
            if (type == SocketType.ROUTER) {
                socket.setRouterHandover(true);
            }
            socket.bind(endpoint);
            return socket;
        } catch (ZMQException | IllegalArgumentException e) {
            socket.close();
            String reason = e instanceof ZMQException z && z.getErrorCode() == ZMQ.Error.EADDRINUSE.getCode()
                    ? "the address is already in use (another kernel, or a stale connection file?)"
                    : String.valueOf(e.getMessage());
            throw new IllegalStateException("Cannot bind the " + channel + " socket to " + endpoint + ": " + reason, e);
        }
    }
}
