package org.suanli.kernel.protocol;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import org.suanli.kernel.DisplayData;
import org.suanli.kernel.OutputSink;

/**
 * Turns one cell's output into IOPub messages whose parent is the cell's execute_request. Closed when the cell
 * ends: later calls (from threads the cell left running) are dropped, as {@link OutputSink} specifies, so
 * nothing arrives after the {@code idle} of its request.
 */
final class ExecutionOutput implements OutputSink {

    private final IoPub iopub;
    private final StdinChannel stdin;
    private final Message request;
    private final boolean silent;
    private final boolean allowStdin;
    private volatile boolean open = true;

    ExecutionOutput(IoPub iopub, StdinChannel stdin, Message request, boolean silent, boolean allowStdin) {
        this.iopub = iopub;
        this.stdin = stdin;
        this.request = request;
        this.silent = silent;
        this.allowStdin = allowStdin;
    }

    void close() {
        open = false;
    }

    @Override
    public void stream(String name, String text) {
        if (!open || text == null || text.isEmpty()) {
            return;
        }
        JsonObject content = new JsonObject();
        content.addProperty("name", "stderr".equals(name) ? "stderr" : "stdout");
        content.addProperty("text", text);
        iopub.publish("stream", request, content);
    }

    @Override
    public void display(DisplayData data) {
        if (open) {
            iopub.publish("display_data", request, displayContent(data));
        }
    }

    @Override
    public void updateDisplay(DisplayData data) {
        if (!open) {
            return;
        }
        if (data.displayId() == null) {
            KernelLog.warn("updateDisplay without a display id was sent as a new display");
            display(data);
            return;
        }
        iopub.publish("update_display_data", request, displayContent(data));
    }

    @Override
    public void executeResult(int executionCount, DisplayData data) {
        if (!open || silent) {
            return;
        }
        JsonObject content = displayContent(data);
        content.addProperty("execution_count", executionCount);
        iopub.publish("execute_result", request, content);
    }

    @Override
    public void error(String ename, String evalue, List<String> traceback) {
        if (!open) {
            return;
        }
        iopub.publish("error", request, errorContent(ename, evalue, traceback));
    }

    @Override
    public void clearOutput(boolean wait) {
        if (!open) {
            return;
        }
        JsonObject content = new JsonObject();
        content.addProperty("wait", wait);
        iopub.publish("clear_output", request, content);
    }

    @Override
    public String input(String prompt, boolean password) {
        if (!open || !allowStdin) {
            return null;
        }
        return stdin.input(request, prompt, password);
    }

    /** {@code {data, metadata, transient: {display_id}}} as display_data and execute_result carry it. */
    static JsonObject displayContent(DisplayData data) {
        JsonObject content = new JsonObject();
        content.add("data", mimeBundle(data.data()));
        content.add("metadata", mimeBundle(data.metadata()));
        if (data.displayId() != null) {
            JsonObject transientPart = new JsonObject();
            transientPart.addProperty("display_id", data.displayId());
            content.add("transient", transientPart);
        }
        return content;
    }

    static JsonObject mimeBundle(Map<String, Object> map) {
        JsonObject o = new JsonObject();
        map.forEach((k, v) -> o.add(k, Json.fromValue(v)));
        return o;
    }

    static JsonObject errorContent(String ename, String evalue, List<String> traceback) {
        JsonObject content = new JsonObject();
        content.addProperty("ename", ename);
        content.addProperty("evalue", evalue);
        content.add("traceback", Json.strings(traceback));
        return content;
    }
}
