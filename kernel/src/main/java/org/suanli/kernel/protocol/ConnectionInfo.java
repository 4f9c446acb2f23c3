package org.suanli.kernel.protocol;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * The connection file Jupyter writes for a kernel: where to bind and how to sign.
 *
 * <p>Only the address in the file is bound (never {@code *}), so a kernel started for {@code 127.0.0.1} is
 * not reachable from the network.
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme, String kernelName) {

    /** Reads and checks a connection file; the message of the exception names the file and the field. */
    public static ConnectionInfo read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("The connection file " + file + " does not exist (Jupyter writes it and passes"
                    + " its path; run the kernel through Jupyter, after 'suanli install').", e);
        } catch (IOException e) {
            throw new IOException("Cannot read the connection file " + file + ": " + e, e);
        }
        return parse(text, file.toString());
    }

    /** Parses connection-file JSON; {@code where} names it in error messages. */
    public static ConnectionInfo parse(String json, String where) throws IOException {
        JsonObject o;
        try {
            o = Json.parseObject(json);
        } catch (JsonParseException e) {
            throw new IOException("The connection file " + where + " is not a JSON object: " + e.getMessage(), e);
        }
        String transport = optString(o, "transport", "tcp");
        if (!transport.equals("tcp") && !transport.equals("ipc")) {
            throw new IOException("The connection file " + where + " asks for transport '" + transport
                    + "'; only tcp and ipc are supported.");
        }
        String scheme = optString(o, "signature_scheme", "hmac-sha256");
        return new ConnectionInfo(transport, optString(o, "ip", "127.0.0.1"),
                port(o, "shell_port", where), port(o, "iopub_port", where), port(o, "stdin_port", where),
                port(o, "control_port", where), port(o, "hb_port", where),
                optString(o, "key", ""), scheme, optString(o, "kernel_name", ""));
    }

    /**
     * Why this kernel must not start, or null: an empty key turns message signing off, and together with an
     * address other than loopback anyone who can reach the ports could run code as this user (issue 17).
     * Loopback ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}) and the ipc transport stay on this machine.
     */
    public String refusal() {
        if (!key.isEmpty() || transport.equals("ipc") || isLoopback(ip)) {
            return null;
        }
        return "the connection file has an empty 'key' (message signing off) and 'ip' " + ip + ", which is reachable"
                + " from other machines: anyone who can reach its ports could run code as you. Give the connection"
                + " file a key (Jupyter does by default), or bind to 127.0.0.1.";
    }

    static boolean isLoopback(String ip) {
        String h = ip.strip();
        if (h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.startsWith("127.")) {
            return true;
        }
        if (h.equals("*") || h.equals("0.0.0.0") || h.equals("::") || h.isEmpty()) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false; // cannot tell: treat as reachable
        }
    }

    /** The ZeroMQ endpoint of one port, e.g. {@code tcp://127.0.0.1:5555} or {@code ipc://kernel-ipc-5}. */
    public String endpoint(int port) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port : "tcp://" + ip + ":" + port;
    }

    private static String optString(JsonObject o, String name, String fallback) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? fallback : e.getAsString();
    }

    private static int port(JsonObject o, String name, String where) throws IOException {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IOException("The connection file " + where + " has no numeric '" + name + "'.");
        }
        int port = e.getAsInt();
        if (port <= 0 || port > 65535) {
            throw new IOException("The connection file " + where + " has '" + name + "' = " + port
                    + ", which is not a port number (1..65535).");
        }
        return port;
    }
}
