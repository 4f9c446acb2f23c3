package org.suanli.runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.suanli.kernel.DisplayData;
import org.suanli.kernel.OutputSink;

/**
 * Turns what a running cell produces into nbformat outputs, as Jupyter would store them: consecutive
 * writes to one stream merged into one output, {@code clear_output} honoured, and display updates applied
 * to every earlier output with the same display id, in any cell of the notebook.
 *
 * <p>Thread-safe, because a cell may print from threads it starts. Once {@link #close()} is called (the
 * cell's {@code execute} returned, or was abandoned) later output is dropped, as the interface promises.
 */
final class CellOutputCollector implements OutputSink {

    /** Display id to the outputs that carry it, across the whole notebook (shared by the cells' collectors). */
    static final class Displays {
        private final Map<String, List<JsonObject>> byId = new HashMap<>();

        synchronized void register(String id, JsonObject output) {
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(output);
        }

        synchronized void update(DisplayData data) {
            for (JsonObject output : byId.getOrDefault(data.displayId(), List.of())) {
                JsonObject fresh = Outputs.displayData(data.data(), data.metadata());
                output.add("data", fresh.get("data"));
                output.add("metadata", fresh.get("metadata"));
            }
        }
    }

    private final List<JsonObject> outputs = new ArrayList<>();
    private final Displays displays;
    private boolean clearOnNext;
    private boolean closed;
    private ErrorRecord error;

    /** The error a cell reported, kept for the runner's message. */
    record ErrorRecord(String ename, String evalue, List<String> traceback) {
    }

    CellOutputCollector(Displays displays) {
        this.displays = displays;
    }

    private void add(JsonObject output) {
        if (clearOnNext) {
            outputs.clear();
            clearOnNext = false;
        }
        outputs.add(output);
    }

    @Override
    public synchronized void stream(String name, String text) {
        if (closed || text == null || text.isEmpty()) {
            return;
        }
        if (clearOnNext) {
            outputs.clear();
            clearOnNext = false;
        }
        if (!outputs.isEmpty()) {
            JsonObject last = outputs.get(outputs.size() - 1);
            if ("stream".equals(last.get("output_type").getAsString()) && name.equals(last.get("name").getAsString())) {
                Outputs.appendText(last, text);
                return;
            }
        }
        add(Outputs.stream(name, text));
    }

    @Override
    public synchronized void display(DisplayData data) {
        if (closed) {
            return;
        }
        JsonObject output = Outputs.displayData(data.data(), data.metadata());
        add(output);
        if (data.displayId() != null) {
            displays.register(data.displayId(), output);
        }
    }

    @Override
    public synchronized void updateDisplay(DisplayData data) {
        if (closed || data.displayId() == null) {
            return;
        }
        displays.update(data);
    }

    @Override
    public synchronized void executeResult(int executionCount, DisplayData data) {
        if (closed) {
            return;
        }
        JsonObject output = Outputs.executeResult(executionCount, data.data(), data.metadata());
        add(output);
        if (data.displayId() != null) {
            displays.register(data.displayId(), output);
        }
    }

    @Override
    public synchronized void error(String ename, String evalue, List<String> traceback) {
        if (closed) {
            return;
        }
        List<String> lines = traceback == null ? List.of() : traceback;
        add(Outputs.error(ename, evalue, lines));
        if (error == null) {
            error = new ErrorRecord(ename, evalue, List.copyOf(lines));
        }
    }

    /** Adds an error that the runner itself diagnosed (a timeout, a lost engine). */
    synchronized void runnerError(String ename, String evalue, List<String> traceback) {
        boolean wasClosed = closed;
        closed = false;
        error(ename, evalue, traceback);
        closed = wasClosed;
    }

    @Override
    public synchronized void clearOutput(boolean wait) {
        if (closed) {
            return;
        }
        if (wait) {
            clearOnNext = true;
        } else {
            outputs.clear();
        }
    }

    synchronized void close() {
        closed = true;
    }

    synchronized ErrorRecord error() {
        return error;
    }

    /** The outputs in stored form; the objects are shared, so later display updates still reach them. */
    synchronized JsonArray toJson() {
        JsonArray array = new JsonArray();
        outputs.forEach(array::add);
        return array;
    }
}
