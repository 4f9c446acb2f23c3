package org.suanli.kernel.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * Jupyter's wire format: {@code [identities..., "<IDS|MSG>", signature, header, parent_header, metadata,
 * content, buffers...]}. Decoding checks the signature before it parses any JSON, and reports every problem
 * as an {@link InvalidMessageException} (never a runtime exception), so one bad message cannot end a socket
 * loop.
 */
final class WireCodec {

    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    static final String PROTOCOL_VERSION = "5.4";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final MessageSigner signer;
    private final String session;

    WireCodec(MessageSigner signer, String session) {
        this.signer = signer;
        this.session = session;
    }

    MessageSigner signer() {
        return signer;
    }

    String session() {
        return session;
    }

    Message decode(List<byte[]> frames) throws InvalidMessageException {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            throw new InvalidMessageException("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        }
        if (frames.size() < delimiter + 6) {
            throw new InvalidMessageException("only " + (frames.size() - delimiter - 1)
                    + " frames after the delimiter; a message needs a signature and four JSON frames");
        }
        byte[] signature = frames.get(delimiter + 1);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        if (!signer.verify(signature, header, parent, metadata, content)) {
            throw new InvalidMessageException("bad HMAC signature");
        }
        JsonObject h = object(header, "header");
        if (Json.string(h, "msg_type", "").isEmpty() || Json.string(h, "msg_id", null) == null) {
            throw new InvalidMessageException("the header has no msg_type or msg_id");
        }
        return new Message(frames.subList(0, delimiter), h, object(parent, "parent_header"),
                object(metadata, "metadata"), object(content, "content"),
                frames.subList(delimiter + 6, frames.size()));
    }

    List<byte[]> encode(Message m) {
        byte[] header = utf8(Json.toJson(m.header()));
        byte[] parent = utf8(Json.toJson(m.parentHeader()));
        byte[] metadata = utf8(Json.toJson(m.metadata()));
        byte[] content = utf8(Json.toJson(m.content()));
        List<byte[]> frames = new ArrayList<>(m.identities().size() + 6 + m.buffers().size());
        frames.addAll(m.identities());
        frames.add(DELIMITER);
        frames.add(utf8(signer.sign(header, parent, metadata, content)));
        frames.add(header);
        frames.add(parent);
        frames.add(metadata);
        frames.add(content);
        frames.addAll(m.buffers());
        return frames;
    }

    /** A new message answering or belonging to {@code parent} (null for none), sent to {@code identities}. */
    Message create(String type, Message parent, JsonObject content, List<byte[]> identities) {
        return create(type, parent, new JsonObject(), content, identities);
    }

    Message create(String type, Message parent, JsonObject metadata, JsonObject content, List<byte[]> identities) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", Ids.random());
        header.addProperty("session", session);
        header.addProperty("username", "suanli");
        header.addProperty("date", DATE.format(Instant.now()));
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        JsonObject parentHeader = parent == null ? new JsonObject() : parent.header().deepCopy();
        return new Message(identities, header, parentHeader, metadata, content, List.of());
    }

    private static JsonObject object(byte[] frame, String what) throws InvalidMessageException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(frame)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException("the " + what + " frame is not UTF-8");
        }
        try {
            return Json.parseObject(text);
        } catch (JsonParseException e) {
            throw new InvalidMessageException("the " + what + " frame is not a JSON object: " + reason(e));
        }
    }

    /** Gson's message without its advice to parse leniently, which is not ours to take. */
    private static String reason(JsonParseException e) {
        String m = String.valueOf(e.getMessage());
        Matcher where = Pattern.compile("at line \\d+ column \\d+").matcher(m);
        if (m.contains("malformed JSON") || m.contains("MalformedJson")) {
            return "malformed JSON" + (where.find() ? " " + where.group() : "");
        }
        return m.lines().findFirst().orElse(m);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
