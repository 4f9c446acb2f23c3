package org.suanli.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.suanli.kernel.protocol.KernelClient.Channel;

/**
 * The server's protocol behaviour against a scripted interpreter, in-process, through a real ZeroMQ client.
 * (The same behaviour against the real engine and jupyter_client is in JupyterIntegrationTest.)
 */
class KernelServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeInterpreter interpreter;
    private KernelServer server;
    private KernelClient client;
    private CompletableFuture<Boolean> stopped;

    @BeforeEach
    void start() throws Exception {
        ConnectionInfo info = KernelClient.freeLocalConnection();
        interpreter = new FakeInterpreter();
        server = new KernelServer(info, interpreter);
        server.start();
        stopped = CompletableFuture.supplyAsync(() -> {
            try {
                return server.awaitShutdown();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        client = new KernelClient(info);
        // The first kernel_info also lets the IOPub subscription settle (ZeroMQ's slow joiner).
        assertNotNull(client.request(false, "kernel_info_request", new JsonObject(), WAIT));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdownNow();
        stopped.get(10, TimeUnit.SECONDS);
    }

    @Test
    void kernelInfoIsCompleteAndFramedByBusyAndIdle() {
        String id = client.send(Channel.SHELL, "kernel_info_request", new JsonObject());
        Message reply = client.awaitReply(Channel.SHELL, id, WAIT);
        JsonObject c = reply.content();
        assertEquals("kernel_info_reply", reply.type());
        assertEquals("ok", c.get("status").getAsString());
        assertEquals("5.4", c.get("protocol_version").getAsString());
        JsonObject lang = c.getAsJsonObject("language_info");
        assertEquals("java", lang.get("name").getAsString());
        assertEquals(Runtime.version().toString(), lang.get("version").getAsString());
        assertEquals("text/x-java", lang.get("mimetype").getAsString());
        assertEquals(".jsh", lang.get("file_extension").getAsString());
        assertEquals("text/x-java", lang.get("codemirror_mode").getAsString());
        assertEquals(1, c.getAsJsonArray("help_links").size());
        assertEquals(List.of("status:busy", "status:idle"), kinds(client.iopubUntilIdle(id, WAIT)));
        // The reply's parent is the request, and it went back to the sender's identity.
        assertEquals(id, reply.parentHeader().get("msg_id").getAsString());
    }

    @Test
    void aBadSignatureIsDroppedAndTheNextMessageIsAnswered() {
        List<byte[]> frames = client.encodeRequest("kernel_info_request", new JsonObject());
        int sig = indexOfDelimiter(frames) + 1;
        byte[] signature = frames.get(sig).clone();
        signature[0] = (byte) (signature[0] == 'a' ? 'b' : 'a');
        frames.set(sig, signature);
        client.sendRawOnShell(frames);
        // An unsigned copy too, and one with no delimiter at all.
        List<byte[]> unsigned = client.encodeRequest("kernel_info_request", new JsonObject());
        unsigned.set(indexOfDelimiter(unsigned) + 1, new byte[0]);
        client.sendRawOnShell(unsigned);
        client.sendRawOnShell(List.of("garbage".getBytes(StandardCharsets.UTF_8)));

        JsonObject reply = client.request(false, "kernel_info_request", new JsonObject(), WAIT);
        assertNotNull(reply, "after bad messages the shell must still answer");
        assertEquals("ok", reply.get("status").getAsString());
        // The dropped requests got no reply at all.
        String badId = new com.google.gson.Gson().fromJson(new String(frames.get(sig + 1), StandardCharsets.UTF_8),
                JsonObject.class).get("msg_id").getAsString();
        assertNull(client.awaitReply(Channel.SHELL, badId, Duration.ofMillis(200)));
    }

    @Test
    void correctlySignedMalformedJsonIsDroppedAndTheKernelKeepsServing() {
        for (String bad : List.of("{not json", "[1,2]", "{\"msg_type\": \"kernel_info_request\"} trailing",
                "{msg_id: 1, msg_type: kernel_info_request}", "{\"msg_id\": \"x\"}")) {
            List<byte[]> frames = client.encodeRequest("kernel_info_request", new JsonObject());
            int d = indexOfDelimiter(frames);
            byte[] header = bad.getBytes(StandardCharsets.UTF_8);
            frames.set(d + 2, header);
            frames.set(d + 1, client.sign(header, frames.get(d + 3), frames.get(d + 4), frames.get(d + 5))
                    .getBytes(StandardCharsets.US_ASCII));
            client.sendRawOnShell(frames);
        }
        // Invalid UTF-8 in the content, correctly signed.
        List<byte[]> frames = client.encodeRequest("kernel_info_request", new JsonObject());
        int d = indexOfDelimiter(frames);
        byte[] content = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        frames.set(d + 5, content);
        frames.set(d + 1, client.sign(frames.get(d + 2), frames.get(d + 3), frames.get(d + 4), content)
                .getBytes(StandardCharsets.US_ASCII));
        client.sendRawOnShell(frames);

        JsonObject reply = client.request(false, "kernel_info_request", new JsonObject(), WAIT);
        assertNotNull(reply);
        assertEquals("ok", reply.get("status").getAsString());
    }

    @Test
    void executeSendsInputOutputResultReplyThenIdle() {
        JsonObject req = execute("print hi", false, true);
        req.getAsJsonObject("user_expressions").addProperty("x", "1+1");
        req.getAsJsonObject("user_expressions").addProperty("y", "bad");
        String id = client.send(Channel.SHELL, "execute_request", req);
        Message reply = client.awaitReply(Channel.SHELL, id, WAIT);
        List<Message> io = client.iopubUntilIdle(id, WAIT);
        assertEquals(List.of("status:busy", "execute_input", "stream", "status:idle"), kinds(io));
        assertEquals(1, io.get(1).content().get("execution_count").getAsInt());
        assertEquals("hi\n", io.get(2).content().get("text").getAsString());
        assertEquals("ok", reply.content().get("status").getAsString());
        assertEquals(1, reply.content().get("execution_count").getAsInt());
        JsonObject ue = reply.content().getAsJsonObject("user_expressions");
        assertEquals("ok", ue.getAsJsonObject("x").get("status").getAsString());
        assertEquals("value of 1+1", ue.getAsJsonObject("x").getAsJsonObject("data").get("text/plain").getAsString());
        assertEquals("error", ue.getAsJsonObject("y").get("status").getAsString());
        assertEquals("bad expression", ue.getAsJsonObject("y").get("evalue").getAsString());
    }

    @Test
    void silentCellsHaveNoInputNoResultAndDoNotCount() {
        String id = client.send(Channel.SHELL, "execute_request", execute("42", true, true));
        Message reply = client.awaitReply(Channel.SHELL, id, WAIT);
        assertEquals(List.of("status:busy", "status:idle"), kinds(client.iopubUntilIdle(id, WAIT)));
        assertEquals(0, reply.content().get("execution_count").getAsInt());
        assertFalse(interpreter.executed.get(0).storeHistory(), "silent implies store_history false");

        String id2 = client.send(Channel.SHELL, "execute_request", execute("43", false, false));
        Message reply2 = client.awaitReply(Channel.SHELL, id2, WAIT);
        assertEquals(List.of("status:busy", "execute_input", "execute_result", "status:idle"),
                kinds(client.iopubUntilIdle(id2, WAIT)));
        assertEquals(0, reply2.content().get("execution_count").getAsInt());

        String id3 = client.send(Channel.SHELL, "execute_request", execute("44", false, true));
        assertEquals(1, client.awaitReply(Channel.SHELL, id3, WAIT).content().get("execution_count").getAsInt());
    }

    @Test
    void anErrorWithStopOnErrorAbortsTheQueuedCells() {
        String first = client.send(Channel.SHELL, "execute_request", execute("block", false, true));
        // Wait until it runs, then queue two more behind it and let it fail (by interrupting it).
        assertTrue(kinds(awaitStream(first)).contains("stream"));
        String second = client.send(Channel.SHELL, "execute_request", execute("print 2", false, true));
        String third = client.send(Channel.SHELL, "execute_request", execute("print 3", false, true));
        String info = client.send(Channel.SHELL, "kernel_info_request", new JsonObject());
        // Interrupt on shell: the shell socket is read in order, so the three requests above are queued by
        // the time the interrupt is handled (on control the order would be a race).
        assertNotNull(client.request(false, "interrupt_request", new JsonObject(), WAIT));

        assertEquals("error", client.awaitReply(Channel.SHELL, first, WAIT).content().get("status").getAsString());
        assertEquals("aborted", client.awaitReply(Channel.SHELL, second, WAIT).content().get("status").getAsString());
        assertEquals("aborted", client.awaitReply(Channel.SHELL, third, WAIT).content().get("status").getAsString());
        assertEquals("ok", client.awaitReply(Channel.SHELL, info, WAIT).content().get("status").getAsString());
        assertEquals(List.of("status:busy", "status:idle"), kinds(client.iopubUntilIdle(second, WAIT)));
        assertEquals(1, interpreter.executed.size(), "the aborted cells never reached the interpreter");
    }

    @Test
    void withoutStopOnErrorTheQueuedCellsRun() {
        JsonObject fail = execute("fail", false, true);
        fail.addProperty("stop_on_error", false);
        String first = client.send(Channel.SHELL, "execute_request", fail);
        String second = client.send(Channel.SHELL, "execute_request", execute("print 2", false, true));
        Message r1 = client.awaitReply(Channel.SHELL, first, WAIT);
        assertEquals("error", r1.content().get("status").getAsString());
        assertEquals("CompilationError", r1.content().get("ename").getAsString());
        assertEquals(List.of("status:busy", "execute_input", "error", "status:idle"),
                kinds(client.iopubUntilIdle(first, WAIT)));
        assertEquals("ok", client.awaitReply(Channel.SHELL, second, WAIT).content().get("status").getAsString());
    }

    @Test
    void interruptOnControlIsAnsweredWhileACellRuns() {
        String cell = client.send(Channel.SHELL, "execute_request", execute("block", false, true));
        awaitStream(cell);
        JsonObject reply = client.request(true, "interrupt_request", new JsonObject(), WAIT);
        assertEquals("ok", reply.get("status").getAsString());
        assertEquals("error", client.awaitReply(Channel.SHELL, cell, WAIT).content().get("status").getAsString());
        assertEquals(1, interpreter.interrupts.get());
    }

    @Test
    void displaysCarryTheirDisplayIdAsTransient() {
        String id = client.send(Channel.SHELL, "execute_request", execute("display", false, true));
        client.awaitReply(Channel.SHELL, id, WAIT);
        List<Message> io = client.iopubUntilIdle(id, WAIT);
        assertEquals(List.of("status:busy", "execute_input", "display_data", "update_display_data", "status:idle"),
                kinds(io));
        assertEquals("d1", io.get(2).content().getAsJsonObject("transient").get("display_id").getAsString());
        assertEquals("second", io.get(3).content().getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void otherRequestsAreAnswered() {
        JsonObject complete = new JsonObject();
        complete.addProperty("code", "System.out.print");
        complete.addProperty("cursor_pos", 16);
        JsonObject c = client.request(false, "complete_request", complete, WAIT);
        assertEquals(11, c.get("cursor_start").getAsInt());
        assertEquals(16, c.get("cursor_end").getAsInt());
        assertEquals("println", c.getAsJsonArray("matches").get(0).getAsString());

        JsonObject inspect = new JsonObject();
        inspect.addProperty("code", "Math.max");
        inspect.addProperty("cursor_pos", 8);
        JsonObject i = client.request(false, "inspect_request", inspect, WAIT);
        assertTrue(i.get("found").getAsBoolean());
        assertEquals("doc of Math.max", i.getAsJsonObject("data").get("text/plain").getAsString());

        JsonObject isComplete = new JsonObject();
        isComplete.addProperty("code", "int 1x = 3;");
        assertEquals("invalid", client.request(false, "is_complete_request", isComplete, WAIT).get("status").getAsString());
        isComplete.addProperty("code", "for (;;) {");
        JsonObject inc = client.request(false, "is_complete_request", isComplete, WAIT);
        assertEquals("incomplete", inc.get("status").getAsString());
        assertEquals("    ", inc.get("indent").getAsString());

        JsonObject comms = client.request(false, "comm_info_request", new JsonObject(), WAIT);
        assertEquals(0, comms.getAsJsonObject("comms").size());

        JsonObject open = new JsonObject();
        open.addProperty("comm_id", "c-1");
        open.addProperty("target_name", "jupyter.widget");
        open.add("data", new JsonObject());
        String openId = client.send(Channel.SHELL, "comm_open", open);
        List<Message> io = client.iopubUntilIdle(openId, WAIT);
        assertEquals(List.of("status:busy", "comm_close", "status:idle"), kinds(io));
        assertEquals("c-1", io.get(1).content().get("comm_id").getAsString());
    }

    @Test
    void historyServesTailRangeAndSearch() {
        for (String code : List.of("a", "b", "ab")) {
            client.request(false, "execute_request", execute(code, false, true), WAIT);
        }
        client.request(false, "execute_request", execute("hidden", false, false), WAIT);
        JsonObject tail = new JsonObject();
        tail.addProperty("hist_access_type", "tail");
        tail.addProperty("n", 2);
        tail.addProperty("output", false);
        tail.addProperty("raw", true);
        assertEquals("[[1,2,\"b\"],[1,3,\"ab\"]]",
                client.request(false, "history_request", tail, WAIT).get("history").toString());
        JsonObject range = new JsonObject();
        range.addProperty("hist_access_type", "range");
        range.addProperty("session", 0);
        range.addProperty("start", 1);
        range.addProperty("stop", 3);
        range.addProperty("output", true);
        assertEquals("[[1,1,[\"a\",\"a\"]],[1,2,[\"b\",\"b\"]]]",
                client.request(false, "history_request", range, WAIT).get("history").toString());
        JsonObject search = new JsonObject();
        search.addProperty("hist_access_type", "search");
        search.addProperty("pattern", "a*");
        assertEquals("[[1,1,\"a\"],[1,3,\"ab\"]]",
                client.request(true, "history_request", search, WAIT).get("history").toString());
    }

    @Test
    void shutdownOnControlRepliesAndEndsTheServerWithTheRestartFlag() throws Exception {
        JsonObject content = new JsonObject();
        content.addProperty("restart", true);
        JsonObject reply = client.request(true, "shutdown_request", content, WAIT);
        assertEquals("ok", reply.get("status").getAsString());
        assertTrue(reply.get("restart").getAsBoolean());
        assertTrue(stopped.get(5, TimeUnit.SECONDS), "awaitShutdown reports the restart request");
    }

    @Test
    void shutdownOnShellWorksToo() throws Exception {
        JsonObject content = new JsonObject();
        content.addProperty("restart", false);
        JsonObject reply = client.request(false, "shutdown_request", content, WAIT);
        assertFalse(reply.get("restart").getAsBoolean());
        assertFalse(stopped.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aPortInUseFailsAtOnceNamingThePortInsteadOfHanging() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ConnectionInfo free = KernelClient.freeLocalConnection();
            ConnectionInfo clash = new ConnectionInfo("tcp", "127.0.0.1", free.shellPort(), free.iopubPort(),
                    free.stdinPort(), free.controlPort(), taken.getLocalPort(), "k", "hmac-sha256", "x");
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(20), () -> org.junit.jupiter.api.Assertions.assertThrows(
                            IllegalStateException.class, () -> new KernelServer(clash, new FakeInterpreter())));
            assertTrue(e.getMessage().contains("heartbeat") && e.getMessage().contains(":" + taken.getLocalPort()),
                    e.getMessage());
            // The ports bound before the failure were released: a new server can take them.
            ConnectionInfo again = new ConnectionInfo("tcp", "127.0.0.1", free.shellPort(), free.iopubPort(),
                    free.stdinPort(), free.controlPort(), KernelClient.freeLocalConnection().hbPort(), "k",
                    "hmac-sha256", "x");
            KernelServer second = new KernelServer(again, new FakeInterpreter());
            second.start();
            second.shutdownNow();
            assertFalse(second.awaitShutdown());
        }
    }

    // ------------------------------------------------------------------ helpers

    private List<Message> awaitStream(String parentId) {
        List<Message> seen = client.iopubUntil(parentId, m -> m.type().equals("stream"), WAIT);
        assertNotNull(seen, "the cell never started");
        return seen;
    }

    private static JsonObject execute(String code, boolean silent, boolean storeHistory) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", silent);
        c.addProperty("store_history", storeHistory);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", false);
        c.addProperty("stop_on_error", true);
        return c;
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (new String(frames.get(i), StandardCharsets.US_ASCII).equals("<IDS|MSG>")) {
                return i;
            }
        }
        throw new AssertionError("no delimiter");
    }

    private static List<String> kinds(List<Message> messages) {
        assertNotNull(messages, "timed out waiting for idle");
        return messages.stream().map(m -> m.type().equals("status")
                ? "status:" + m.content().get("execution_state").getAsString() : m.type()).toList();
    }
}
