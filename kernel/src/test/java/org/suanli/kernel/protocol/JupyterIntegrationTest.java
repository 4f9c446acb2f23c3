package org.suanli.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.kernel.protocol.JupyterClientProtocolTest.content;
import static org.suanli.kernel.protocol.JupyterClientProtocolTest.kinds;
import static org.suanli.kernel.protocol.JupyterClientProtocolTest.streamText;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.cli.Suanli;

/**
 * The real kernel (JShell engine and ZeroMQ server) driven by Python's jupyter_client, installed with
 * {@code suanli install} into a private Jupyter directory. Every reply type of the protocol is checked here
 * as Jupyter itself receives it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JupyterIntegrationTest {

    static final String KERNEL = "suanli-it";

    @TempDir
    static Path root;
    static Jupyter.Bridge bridge;

    @BeforeAll
    static void installAndStart() throws Exception {
        Jupyter.python();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Suanli.execute(new String[] {"install", "--prefix", root.toString(), "--name", KERNEL},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        bridge = new Jupyter.Bridge(root, KERNEL);
        bridge.call("start");
    }

    @AfterAll
    static void stop() throws Exception {
        if (bridge != null) {
            bridge.close();
        }
    }

    // ------------------------------------------------------------------ install

    @Test
    @Order(1)
    void installWroteAKernelspecJupyterCanUse() throws Exception {
        Path dir = root.resolve("share/jupyter/kernels").resolve(KERNEL);
        JsonObject spec = JsonParser.parseString(Files.readString(dir.resolve("kernel.json"))).getAsJsonObject();
        assertEquals("Java (Suanli)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        JsonArray argv = spec.getAsJsonArray("argv");
        assertTrue(Path.of(argv.get(0).getAsString()).isAbsolute(), "java is run by absolute path: " + argv);
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        assertEquals("kernel", argv.get(argv.size() - 2).getAsString());
        assertTrue(Files.size(dir.resolve("logo-32x32.png")) > 100);
        assertTrue(Files.size(dir.resolve("logo-64x64.png")) > 100);
    }

    // ------------------------------------------------------------------ kernel_info and execution

    @Test
    @Order(2)
    void kernelInfoReply() {
        JsonObject r = bridge.call("request", "type", "kernel_info_request");
        JsonObject c = content(r);
        assertEquals("ok", c.get("status").getAsString());
        assertTrue(c.get("protocol_version").getAsString().compareTo("5.4") >= 0);
        assertEquals("suanli", c.get("implementation").getAsString().toLowerCase());
        assertFalse(c.get("banner").getAsString().isBlank());
        JsonObject lang = c.getAsJsonObject("language_info");
        assertEquals("java", lang.get("name").getAsString());
        assertEquals(Runtime.version().toString(), lang.get("version").getAsString(), "the kernel's Java is ours");
        assertEquals("text/x-java", lang.get("mimetype").getAsString());
        assertEquals(".jsh", lang.get("file_extension").getAsString());
        assertEquals("text/x-java", lang.get("codemirror_mode").getAsString());
        assertTrue(c.getAsJsonArray("help_links").size() > 0);
        assertEquals(List.of("status:busy", "status:idle"), kinds(r));
    }

    @Test
    @Order(3)
    void executeProducesInputStreamResultReplyAndIdleLast() {
        JsonObject r = execute("int base = 20;\nSystem.out.println(\"hello \" + base);\nbase + 22", Map.of());
        assertEquals("ok", content(r).get("status").getAsString());
        List<String> kinds = kinds(r);
        assertEquals("status:busy", kinds.get(0));
        assertEquals("execute_input", kinds.get(1));
        assertEquals("status:idle", kinds.get(kinds.size() - 1));
        assertTrue(kinds.contains("stream") && kinds.contains("execute_result"), kinds.toString());
        assertEquals("hello 20\n", streamText(r));
        JsonObject result = message(r, "execute_result");
        assertEquals("42", result.getAsJsonObject("data").get("text/plain").getAsString());
        int count = content(r).get("execution_count").getAsInt();
        assertEquals(count, result.get("execution_count").getAsInt());
        assertEquals(count, message(r, "execute_input").get("execution_count").getAsInt());
    }

    @Test
    @Order(4)
    void storeHistoryFalseDoesNotCountAndSilentShowsNothing() {
        int before = content(execute("1", Map.of())).get("execution_count").getAsInt();
        JsonObject notStored = execute("2", Map.of("store_history", false));
        assertEquals(before, content(notStored).get("execution_count").getAsInt());
        assertTrue(kinds(notStored).contains("execute_result"));

        JsonObject silent = execute("int silentValue = 7; silentValue * 6", Map.of("silent", true));
        assertEquals("ok", content(silent).get("status").getAsString());
        assertEquals(List.of("status:busy", "status:idle"), kinds(silent), "silent: no execute_input, no result");
        assertEquals(before, content(silent).get("execution_count").getAsInt());

        JsonObject after = execute("silentValue", Map.of());
        assertEquals(before + 1, content(after).get("execution_count").getAsInt());
        assertEquals("7", message(after, "execute_result").getAsJsonObject("data").get("text/plain").getAsString(),
                "a silent cell still runs");
    }

    @Test
    @Order(5)
    void userExpressionsAreEvaluated() {
        JsonObject r = execute("int ue = 5;", Map.of("user_expressions", Map.of("double", "ue * 2", "broken", "ue +")));
        JsonObject ue = content(r).getAsJsonObject("user_expressions");
        assertEquals("ok", ue.getAsJsonObject("double").get("status").getAsString());
        assertEquals("10", ue.getAsJsonObject("double").getAsJsonObject("data").get("text/plain").getAsString());
        assertEquals("error", ue.getAsJsonObject("broken").get("status").getAsString());
    }

    @Test
    @Order(6)
    void errorsSayCellAndLineAndStopOnErrorAbortsTheQueue() {
        String failing = bridge.call("send", "type", "execute_request", "content",
                executeContent("int ok = 1;\nint bad = \"text\";", Map.of())).get("msg_id").getAsString();
        String queued = bridge.call("send", "type", "execute_request", "content",
                executeContent("int neverRun = 1;", Map.of())).get("msg_id").getAsString();
        JsonObject r1 = bridge.call("collect", "msg_id", failing);
        JsonObject c1 = content(r1);
        assertEquals("error", c1.get("status").getAsString());
        String traceback = String.join("\n", strings(c1.getAsJsonArray("traceback")));
        assertTrue(traceback.contains("line 2"), traceback);
        assertFalse(traceback.matches("(?s).*\\$JShell\\$\\d+.*"), "no snippet ids: " + traceback);
        assertTrue(kinds(r1).contains("error"));
        JsonObject r2 = bridge.call("collect", "msg_id", queued);
        assertEquals("aborted", content(r2).get("status").getAsString());
        assertEquals("error", content(execute("neverRun", Map.of())).get("status").getAsString(),
                "the aborted cell never ran");
    }

    @Test
    @Order(7)
    void displayDataAndUpdateDisplayCarryTheDisplayId() {
        JsonObject r = execute("var h = display(html(\"<b>first</b>\"));\nupdateDisplay(h, html(\"<b>second</b>\"));",
                Map.of());
        assertEquals("ok", content(r).get("status").getAsString(), r.toString());
        JsonObject shown = message(r, "display_data");
        JsonObject updated = message(r, "update_display_data");
        assertEquals("<b>first</b>", shown.getAsJsonObject("data").get("text/html").getAsString());
        assertEquals("<b>second</b>", updated.getAsJsonObject("data").get("text/html").getAsString());
        String id = shown.getAsJsonObject("transient").get("display_id").getAsString();
        assertEquals(id, updated.getAsJsonObject("transient").get("display_id").getAsString());
    }

    // ------------------------------------------------------------------ the other requests

    @Test
    @Order(8)
    void completeInspectAndIsComplete() {
        String code = "System.out.prin";
        JsonObject c = content(bridge.call("request", "type", "complete_request", "content",
                Map.of("code", code, "cursor_pos", code.length())));
        assertEquals("ok", c.get("status").getAsString());
        List<String> matches = strings(c.getAsJsonArray("matches"));
        assertTrue(matches.stream().anyMatch(m -> m.startsWith("println")), matches.toString());
        assertEquals(code.length(), c.get("cursor_end").getAsInt());
        assertEquals("System.out.".length(), c.get("cursor_start").getAsInt());

        JsonObject magic = content(bridge.call("request", "type", "complete_request", "content",
                Map.of("code", "%lsm", "cursor_pos", 4)));
        assertTrue(strings(magic.getAsJsonArray("matches")).stream().anyMatch(m -> m.contains("lsmagic")),
                magic.toString());

        String inspectCode = "Math.max(1, 2)";
        JsonObject i = content(bridge.call("request", "type", "inspect_request", "content",
                Map.of("code", inspectCode, "cursor_pos", 7, "detail_level", 0)));
        assertEquals("ok", i.get("status").getAsString());
        assertTrue(i.get("found").getAsBoolean(), i.toString());
        assertTrue(i.getAsJsonObject("data").get("text/plain").getAsString().contains("max"), i.toString());

        assertEquals("invalid", isComplete("int 1x = 3;").get("status").getAsString());
        JsonObject incomplete = isComplete("for (int i = 0; i < 3; i++) {");
        assertEquals("incomplete", incomplete.get("status").getAsString());
        assertTrue(incomplete.has("indent"));
        assertEquals("complete", isComplete("int done = 1;").get("status").getAsString());
    }

    /** The toolkit's Javadoc as Jupyter receives it: inspect_reply text and completion metadata. */
    @Test
    @Order(8)
    void inspectAndCompletionCarryTheToolkitsJavadoc() {
        String code = "org.suanli.index.IndexModel.standard().";
        JsonObject c = content(bridge.call("request", "type", "complete_request", "content",
                Map.of("code", code, "cursor_pos", code.length())));
        JsonArray types = c.getAsJsonObject("metadata").getAsJsonArray("_jupyter_types_experimental");
        assertEquals(c.getAsJsonArray("matches").size(), types.size(), c.toString());
        JsonObject withBaseYear = null;
        for (JsonElement t : types) {
            if (t.getAsJsonObject().get("text").getAsString().equals("withBaseYear(")) {
                withBaseYear = t.getAsJsonObject();
            }
        }
        assertNotNull(withBaseYear, types.toString());
        assertEquals("method", withBaseYear.get("type").getAsString());
        assertTrue(withBaseYear.get("signature").getAsString().startsWith("IndexModel withBaseYear(int year) — "),
                withBaseYear.toString());

        String inspectCode = "org.suanli.index.IndexModel.standard()";
        JsonObject i = content(bridge.call("request", "type", "inspect_request", "content",
                Map.of("code", inspectCode, "cursor_pos", inspectCode.length() - 3, "detail_level", 0)));
        assertTrue(i.get("found").getAsBoolean(), i.toString());
        String text = i.getAsJsonObject("data").get("text/plain").getAsString();
        assertTrue(text.contains("IndexModel.standard()") && text.contains("illustrative AHP"), text);
    }

    @Test
    @Order(9)
    void historyTailRangeAndSearch() {
        execute("String historyMarker = \"h1\";", Map.of());
        int last = content(execute("historyMarker + \"!\"", Map.of())).get("execution_count").getAsInt();
        JsonArray tail = content(bridge.call("request", "type", "history_request", "content",
                Map.of("hist_access_type", "tail", "n", 2, "output", false, "raw", true))).getAsJsonArray("history");
        assertEquals(2, tail.size());
        JsonArray lastEntry = tail.get(1).getAsJsonArray();
        assertEquals(last, lastEntry.get(1).getAsInt());
        assertEquals("historyMarker + \"!\"", lastEntry.get(2).getAsString());

        JsonArray range = content(bridge.call("request", "type", "history_request", "content",
                Map.of("hist_access_type", "range", "session", 0, "start", last - 1, "stop", last + 1,
                        "output", false, "raw", true))).getAsJsonArray("history");
        assertEquals(2, range.size(), range.toString());
        assertEquals("String historyMarker = \"h1\";", range.get(0).getAsJsonArray().get(2).getAsString());

        JsonArray search = content(bridge.call("request", "type", "history_request", "content",
                Map.of("hist_access_type", "search", "pattern", "*historyMarker*", "n", 10, "unique", true,
                        "output", false, "raw", true))).getAsJsonArray("history");
        assertEquals(2, search.size(), search.toString());
    }

    @Test
    @Order(10)
    void commInfoIsEmptyAndAnUnknownCommIsClosed() {
        JsonObject info = bridge.call("request", "type", "comm_info_request", "content", Map.of());
        assertEquals(0, content(info).getAsJsonObject("comms").size());
        assertEquals(List.of("status:busy", "status:idle"), kinds(info));
        JsonObject open = bridge.call("request", "channel", "shell", "type", "comm_open", "content",
                Map.of("comm_id", "abc", "target_name", "jupyter.widget", "data", Map.of()), "timeout", 10);
        // comm_open has no reply; what matters is the comm_close on IOPub.
        List<String> kinds = kinds(open);
        assertTrue(kinds.contains("comm_close"), kinds.toString());
        assertEquals("abc", message(open, "comm_close").get("comm_id").getAsString());
    }

    @Test
    @Order(11)
    void stdinServesSystemInAndThePromptApi() {
        JsonObject r = execute("String who = input(\"Name? \");\nSystem.out.println(\"Hi \" + who);",
                Map.of("allow_stdin", true), List.of("Ada"));
        assertEquals("ok", content(r).get("status").getAsString(), r.toString());
        assertEquals("Name? ", r.getAsJsonArray("input_requests").get(0).getAsJsonObject()
                .getAsJsonObject("content").get("prompt").getAsString());
        assertTrue(streamText(r).contains("Hi Ada"), streamText(r));

        JsonObject in = execute("var sc = new java.util.Scanner(System.in);\nSystem.out.println(\"got \" + sc.nextLine());",
                Map.of("allow_stdin", true), List.of("a line"));
        assertEquals("ok", content(in).get("status").getAsString(), in.toString());
        assertTrue(streamText(in).contains("got a line"), streamText(in));
    }

    // ------------------------------------------------------------------ robustness

    @Test
    @Order(12)
    void aBadSignatureFollowedByAGoodMessage() {
        String bad = bridge.call("bad_signature").get("msg_id").getAsString();
        String broken = bridge.call("malformed_json").get("msg_id").getAsString();
        JsonObject good = execute("base * 2", Map.of());
        assertEquals("40", message(good, "execute_result").getAsJsonObject("data").get("text/plain").getAsString());
        assertTrue(bridge.call("expect_no_reply", "msg_id", bad, "seconds", 0.2).get("reply").isJsonNull());
        assertTrue(bridge.call("expect_no_reply", "msg_id", broken, "seconds", 0.2).get("reply").isJsonNull());
    }

    @Test
    @Order(13)
    void interruptStopsATightLoopAndASleepAndKeepsTheState() {
        for (String loop : List.of("long spins = 0;\nwhile (true) { spins++; }", "Thread.sleep(60_000);")) {
            String id = bridge.call("send", "type", "execute_request", "content", executeContent(loop, Map.of()))
                    .get("msg_id").getAsString();
            assertTrue(bridge.call("wait_iopub", "msg_id", id, "type", "execute_input").get("found").getAsBoolean());
            JsonObject r = bridge.call("interrupt_and_collect", "msg_id", id, "timeout", 30);
            assertFalse(r.get("timeout").getAsBoolean(), "the cell did not stop: " + r);
            assertEquals("error", content(r).get("status").getAsString());
            System.out.printf("interrupt of %s: reply after %.3f s%n", loop.replace('\n', ' '),
                    r.get("seconds").getAsDouble());
        }
        JsonObject after = execute("base", Map.of());
        assertEquals("20", message(after, "execute_result").getAsJsonObject("data").get("text/plain").getAsString(),
                "definitions survive the interrupt");
    }

    /** Issue 17: a cell with two wildcard imports kept earlier object variables (they became null before). */
    @Test
    @Order(14)
    void twoWildcardImportsInACellKeepEarlierVariables() {
        execute("String a = \"A\"; java.util.List<Integer> l = java.util.List.of(1, 2); int n = 5;", Map.of());
        JsonObject r = execute("import java.time.*;\nimport java.text.*;\nSystem.out.println(a + \" \" + l + \" \" + n);",
                Map.of());
        assertEquals("ok", content(r).get("status").getAsString());
        assertEquals("A [1, 2] 5\n", streamText(r));
    }

    /**
     * Issue 17: a kernel whose launching process dies without a shutdown_request exits by itself. A Python process
     * starts the kernel through jupyter_client (which passes its pid as JPY_PARENT_PID) and is then killed.
     */
    @Test
    @Order(15)
    void aKernelWhoseLauncherIsKilledExitsBySelf() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jupyter.python(), Jupyter.PYTHON_DIR.resolve("orphan_launcher.py").toString(), KERNEL)
                .redirectError(root.resolve("orphan-launcher.log").toFile());
        pb.environment().putAll(Jupyter.environment(root));
        Process launcher = pb.start();
        long kernelPid;
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertNotNull(line, "the launcher printed no kernel pid: " + Files.readString(root.resolve("orphan-launcher.log")));
            kernelPid = Long.parseLong(line.strip());
        }
        ProcessHandle kernel = ProcessHandle.of(kernelPid).orElseThrow();
        assertTrue(kernel.isAlive());
        launcher.destroyForcibly().waitFor();
        long killed = System.nanoTime();
        // Generous bound for a loaded machine; the kernel looks at its parent once a second.
        boolean gone = kernel.onExit().thenApply(p -> true).completeOnTimeout(false, 30, java.util.concurrent.TimeUnit.SECONDS).get();
        if (!gone) {
            kernel.destroyForcibly();
        }
        assertTrue(gone, "the kernel outlived its launcher by 30 s");
        System.out.printf("orphaned kernel exited %.1f s after its launcher was killed%n", (System.nanoTime() - killed) / 1e9);
    }

    /**
     * Issue 17: a cell that ends the JVM by a route the engine cannot rewrite (a method reference) leaves an error
     * in its cell before the kernel dies, not a silently dead kernel. A new kernel is started afterwards.
     */
    @Test
    @Order(16)
    void aCellThatEndsTheJvmLeavesAnErrorInItsCell() {
        JsonObject r = bridge.call("request", "type", "execute_request", "content",
                executeContent("java.util.function.IntConsumer bye = Runtime.getRuntime()::exit;\nbye.accept(0);", Map.of()),
                "timeout", 15);
        JsonObject error = null;
        for (JsonElement e : r.getAsJsonArray("iopub")) {
            JsonObject m = e.getAsJsonObject();
            if (m.getAsJsonObject("header").get("msg_type").getAsString().equals("error")) {
                error = m.getAsJsonObject("content");
            }
        }
        assertNotNull(error, "no error message before the kernel died: " + r);
        assertEquals("KernelExit", error.get("ename").getAsString());
        assertTrue(error.get("evalue").getAsString().contains("this cell ended the kernel's Java process"), error.toString());
        bridge.call("start");
        assertEquals("2", message(execute("1 + 1", Map.of()), "execute_result").getAsJsonObject("data")
                .get("text/plain").getAsString());
    }

    // ------------------------------------------------------------------ shutdown and restart (last)

    @Test
    @Order(20)
    void restartGivesAFreshKernel() {
        bridge.call("restart");
        JsonObject r = execute("base", Map.of());
        assertEquals("error", content(r).get("status").getAsString(), "state is gone after a restart");
        assertEquals(1, content(r).get("execution_count").getAsInt(), "counting starts again (failed cells count)");
        assertEquals(2, content(execute("1 + 1", Map.of())).get("execution_count").getAsInt());
    }

    @Test
    @Order(21)
    void shutdownRequestOnShellAndOnControlEndsTheProcess() {
        for (String channel : List.of("shell", "control")) {
            for (boolean restart : List.of(false, true)) {
                JsonObject r = bridge.call("shutdown_message", "channel", channel, "restart", restart, "timeout", 20);
                assertFalse(r.get("reply").isJsonNull(), "no shutdown_reply on " + channel);
                JsonObject c = r.getAsJsonObject("reply").getAsJsonObject("content");
                assertEquals("ok", c.get("status").getAsString());
                assertEquals(restart, c.get("restart").getAsBoolean());
                assertTrue(r.get("exited").getAsBoolean(), "the kernel process did not exit after shutdown on " + channel);
                System.out.printf("shutdown on %s (restart=%s): exited after %.3f s%n", channel, restart,
                        r.get("seconds").getAsDouble());
                bridge.call("start");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static JsonObject execute(String code, Map<String, Object> overrides) {
        return execute(code, overrides, null);
    }

    static JsonObject execute(String code, Map<String, Object> overrides, List<String> inputs) {
        JsonObject r = inputs == null
                ? bridge.call("request", "type", "execute_request", "content", executeContent(code, overrides))
                : bridge.call("request", "type", "execute_request", "content", executeContent(code, overrides),
                        "inputs", inputs);
        assertFalse(r.get("timeout").getAsBoolean(), "no reply or no idle for: " + code + "\n" + r);
        return r;
    }

    static Map<String, Object> executeContent(String code, Map<String, Object> overrides) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("silent", false);
        c.put("store_history", true);
        c.put("user_expressions", Map.of());
        c.put("allow_stdin", false);
        c.put("stop_on_error", true);
        c.putAll(overrides);
        return c;
    }

    static JsonObject isComplete(String code) {
        return content(bridge.call("request", "type", "is_complete_request", "content", Map.of("code", code)));
    }

    /** The content of the (single) IOPub message of a type. */
    static JsonObject message(JsonObject answer, String type) {
        for (JsonElement e : answer.getAsJsonArray("iopub")) {
            JsonObject m = e.getAsJsonObject();
            if (m.getAsJsonObject("header").get("msg_type").getAsString().equals(type)) {
                return m.getAsJsonObject("content");
            }
        }
        throw new AssertionError("no " + type + " among " + kinds(answer) + ": " + answer);
    }

    static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    static void notNull(Object o) {
        assertNotNull(o);
    }
}
