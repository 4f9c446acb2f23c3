package org.suanli.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as Python's jupyter_client sees it (Jupyter's own signing, framing and channel handling),
 * around the scripted interpreter so that it does not depend on JShell.
 */
class JupyterClientProtocolTest {

    @TempDir
    static Path root;
    static Jupyter.Bridge bridge;

    @BeforeAll
    static void startKernel() throws Exception {
        Jupyter.python();
        Jupyter.writeKernelspec(root, "suanli-fake", FakeKernelMain.class.getName());
        bridge = new Jupyter.Bridge(root, "suanli-fake");
        bridge.call("start");
    }

    @AfterAll
    static void stopKernel() throws Exception {
        if (bridge != null) {
            bridge.close();
        }
    }

    @Test
    void aBadSignatureIsDroppedAndTheNextRequestIsAnswered() {
        String bad = bridge.call("bad_signature").get("msg_id").getAsString();
        String broken = bridge.call("malformed_json").get("msg_id").getAsString();
        JsonObject info = bridge.call("request", "type", "kernel_info_request");
        assertEquals("ok", content(info).get("status").getAsString());
        assertTrue(bridge.call("expect_no_reply", "msg_id", bad, "seconds", 0.3).get("reply").isJsonNull());
        assertTrue(bridge.call("expect_no_reply", "msg_id", broken, "seconds", 0.3).get("reply").isJsonNull());
    }

    @Test
    void executeRoundTripThroughJupyterClient() {
        JsonObject r = bridge.call("request", "type", "execute_request", "content",
                Map.of("code", "print hello", "silent", false, "store_history", true, "user_expressions", Map.of(),
                        "allow_stdin", false, "stop_on_error", true));
        assertFalse(r.get("timeout").getAsBoolean());
        assertEquals(List.of("status:busy", "execute_input", "stream", "status:idle"), kinds(r));
        assertEquals("ok", content(r).get("status").getAsString());
    }

    @Test
    void stdinInputRequestIsAnswered() {
        JsonObject r = bridge.call("request", "type", "execute_request", "content",
                Map.of("code", "input", "silent", false, "store_history", true, "user_expressions", Map.of(),
                        "allow_stdin", true, "stop_on_error", true), "inputs", List.of("Ada"));
        assertEquals(1, r.getAsJsonArray("input_requests").size());
        assertEquals("name? ", r.getAsJsonArray("input_requests").get(0).getAsJsonObject()
                .getAsJsonObject("content").get("prompt").getAsString());
        assertTrue(streamText(r).contains("hello Ada"), streamText(r));
    }

    static JsonObject content(JsonObject answer) {
        JsonElement reply = answer.get("reply");
        assertNotNull(reply);
        return reply.getAsJsonObject().getAsJsonObject("content");
    }

    static List<String> kinds(JsonObject answer) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : answer.getAsJsonArray("iopub")) {
            JsonObject m = e.getAsJsonObject();
            String type = m.getAsJsonObject("header").get("msg_type").getAsString();
            out.add(type.equals("status") ? "status:" + m.getAsJsonObject("content").get("execution_state").getAsString()
                    : type);
        }
        return out;
    }

    static String streamText(JsonObject answer) {
        StringBuilder sb = new StringBuilder();
        for (JsonElement e : answer.getAsJsonArray("iopub")) {
            JsonObject m = e.getAsJsonObject();
            if (m.getAsJsonObject("header").get("msg_type").getAsString().equals("stream")) {
                sb.append(m.getAsJsonObject("content").get("text").getAsString());
            }
        }
        return sb.toString();
    }

    static void unused() {
        assertNull(null);
    }
}
