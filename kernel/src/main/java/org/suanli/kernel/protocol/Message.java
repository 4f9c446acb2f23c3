package org.suanli.kernel.protocol;

import java.util.List;

import com.google.gson.JsonObject;

/**
 * One Jupyter message, as it travels between the wire and the handlers.
 *
 * @param identities  the ZeroMQ routing prefix (the client's socket identity) for ROUTER sockets; for IOPub
 *                    the topic; empty otherwise
 * @param header      msg_id, session, username, date, msg_type, version
 * @param parentHeader the header of the request this message answers or belongs to ({} when none)
 * @param metadata    free-form metadata
 * @param content     the message type's content
 * @param buffers     raw binary frames after the content (rarely used; passed through)
 */
public record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata,
                      JsonObject content, List<byte[]> buffers) {

    public Message {
        identities = List.copyOf(identities);
        buffers = List.copyOf(buffers);
    }

    public String type() {
        return Json.string(header, "msg_type", "");
    }

    public String id() {
        return Json.string(header, "msg_id", "");
    }

    public String session() {
        return Json.string(header, "session", "");
    }

    /** A short description for logs: type and id, never the content (it may hold user data). */
    @Override
    public String toString() {
        return type() + " " + id();
    }
}
