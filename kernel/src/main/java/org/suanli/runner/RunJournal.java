package org.suanli.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the process running a batch of notebooks has done so far, one JSON line per event, so that the
 * supervising process ({@link BatchSupervisor}) can tell which notebook ended the JVM and a new process can go on
 * after it with the results of the notebooks already run.
 *
 * <p>Events: {@code start} (a notebook begins), {@code cell} (its n-th code cell begins), {@code result} (it
 * ended, with its result), {@code died} (written by the supervisor: the process ended during that notebook),
 * {@code complete} (the run finished and wrote its report, with the exit code).
 */
final class RunJournal {

    private final Path file;
    private final Map<Integer, NotebookResult> results = new HashMap<>();
    private final Map<Integer, JsonObject> died = new HashMap<>();
    private int lastStarted = -1;
    private int lastCell;
    private Integer completeExit;

    private RunJournal(Path file) {
        this.file = file;
    }

    /** Reads the journal at {@code file} (an absent or empty file is a fresh run). */
    static RunJournal read(Path file) throws IOException {
        RunJournal j = new RunJournal(file);
        if (!Files.exists(file)) {
            return j;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject e;
            try {
                e = JsonParser.parseString(line).getAsJsonObject();
            } catch (RuntimeException broken) {
                continue; // a line cut off by the process's end
            }
            switch (e.get("event").getAsString()) {
                case "start" -> {
                    j.lastStarted = e.get("index").getAsInt();
                    j.lastCell = 0;
                }
                case "cell" -> j.lastCell = e.get("cell").getAsInt();
                case "result" -> j.results.put(e.get("index").getAsInt(), fromJson(e.getAsJsonObject("result")));
                case "died" -> j.died.put(e.get("index").getAsInt(), e);
                case "complete" -> j.completeExit = e.get("exit").getAsInt();
                default -> {
                    // unknown events are ignored
                }
            }
        }
        return j;
    }

    /** Whether no notebook has started yet (the child stopped at its command line, or before). */
    boolean nothingStarted() {
        return lastStarted < 0 && results.isEmpty() && died.isEmpty();
    }

    NotebookResult result(int index) {
        return results.get(index);
    }

    /** The notebook the process was running when it ended, or -1 if it ended between notebooks. */
    int unfinished() {
        return lastStarted >= 0 && !results.containsKey(lastStarted) && !died.containsKey(lastStarted) ? lastStarted : -1;
    }

    /** The ordinal of the code cell that was running in {@link #unfinished()}, 0 if none had started. */
    int lastCell() {
        return lastCell;
    }

    JsonObject died(int index) {
        return died.get(index);
    }

    Integer completeExit() {
        return completeExit;
    }

    void started(int index) {
        append(event("start", index));
    }

    void cellStarted(int index, int ordinal) {
        JsonObject e = event("cell", index);
        e.addProperty("cell", ordinal);
        append(e);
    }

    void finished(int index, NotebookResult result) {
        JsonObject e = event("result", index);
        e.add("result", toJson(result));
        append(e);
    }

    void died(int index, int cell, int exitCode) {
        JsonObject e = event("died", index);
        e.addProperty("cell", cell);
        e.addProperty("exit", exitCode);
        append(e);
    }

    void complete(int exitCode) {
        JsonObject e = new JsonObject();
        e.addProperty("event", "complete");
        e.addProperty("exit", exitCode);
        append(e);
    }

    private static JsonObject event(String name, int index) {
        JsonObject e = new JsonObject();
        e.addProperty("event", name);
        e.addProperty("index", index);
        return e;
    }

    /** Appends and forces one line: the process may end at any moment after. */
    private void append(JsonObject e) {
        try {
            Files.writeString(file, e + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the run journal " + file, x);
        }
    }

    // ------------------------------------------------------------------ results as JSON (without the notebook)

    static JsonObject toJson(NotebookResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("source", r.source() == null ? null : r.source().toString());
        o.addProperty("name", r.name());
        o.addProperty("status", r.status().name());
        o.addProperty("cellsRun", r.cellsRun());
        o.addProperty("codeCells", r.codeCells());
        o.addProperty("millis", r.duration().toMillis());
        JsonArray failures = new JsonArray();
        for (CellFailure f : r.failures()) {
            JsonObject c = new JsonObject();
            c.addProperty("cellNumber", f.cellNumber());
            c.addProperty("executionCount", f.executionCount());
            c.addProperty("line", f.line());
            c.addProperty("ename", f.ename());
            c.addProperty("evalue", f.evalue());
            failures.add(c);
        }
        o.add("failures", failures);
        o.addProperty("message", r.message());
        o.addProperty("executedPath", r.executedPath() == null ? null : r.executedPath().toString());
        o.addProperty("htmlPath", r.htmlPath() == null ? null : r.htmlPath().toString());
        return o;
    }

    static NotebookResult fromJson(JsonObject o) {
        List<CellFailure> failures = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("failures")) {
            JsonObject c = e.getAsJsonObject();
            failures.add(new CellFailure(c.get("cellNumber").getAsInt(), integer(c, "executionCount"),
                    integer(c, "line"), string(c, "ename"), string(c, "evalue")));
        }
        return new NotebookResult(path(o, "source"), string(o, "name"), NotebookResult.Status.valueOf(string(o, "status")),
                null, o.get("cellsRun").getAsInt(), o.get("codeCells").getAsInt(),
                Duration.ofMillis(o.get("millis").getAsLong()), failures, string(o, "message"), path(o, "executedPath"),
                path(o, "htmlPath"));
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e instanceof JsonNull ? null : e.getAsString();
    }

    private static Integer integer(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e instanceof JsonNull ? null : e.getAsInt();
    }

    private static Path path(JsonObject o, String name) {
        String s = string(o, name);
        return s == null ? null : Path.of(s);
    }
}
