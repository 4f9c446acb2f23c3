package org.suanli.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Collects a cell's outputs in order, as the protocol would send them. */
final class RecordingSink implements OutputSink {

    record Out(String kind, String name, String text, DisplayData data, Integer count, ErrorInfo error) {
    }

    final List<Out> outs = Collections.synchronizedList(new ArrayList<>());
    Function<String, String> answers = p -> null;
    final List<String> prompts = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void stream(String name, String text) {
        outs.add(new Out("stream", name, text, null, null, null));
    }

    @Override
    public void display(DisplayData data) {
        outs.add(new Out("display", null, null, data, null, null));
    }

    @Override
    public void updateDisplay(DisplayData data) {
        outs.add(new Out("update", null, null, data, null, null));
    }

    @Override
    public void executeResult(int executionCount, DisplayData data) {
        outs.add(new Out("result", null, null, data, executionCount, null));
    }

    @Override
    public void error(String ename, String evalue, List<String> traceback) {
        outs.add(new Out("error", null, null, null, null, new ErrorInfo(ename, evalue, traceback)));
    }

    @Override
    public String input(String prompt, boolean password) {
        prompts.add(prompt + (password ? " (password)" : ""));
        return answers.apply(prompt);
    }

    String stdout() {
        return text("stdout");
    }

    String stderr() {
        return text("stderr");
    }

    String text(String name) {
        StringBuilder sb = new StringBuilder();
        synchronized (outs) {
            for (Out o : outs) {
                if (o.kind().equals("stream") && o.name().equals(name)) {
                    sb.append(o.text());
                }
            }
        }
        return sb.toString();
    }

    List<Out> of(String kind) {
        synchronized (outs) {
            return outs.stream().filter(o -> o.kind().equals(kind)).toList();
        }
    }

    DisplayData result() {
        List<Out> r = of("result");
        return r.isEmpty() ? null : r.get(r.size() - 1).data();
    }

    String resultText() {
        DisplayData d = result();
        return d == null ? null : d.plainText();
    }

    ErrorInfo error() {
        List<Out> r = of("error");
        return r.isEmpty() ? null : r.get(0).error();
    }

    String errorText() {
        ErrorInfo e = error();
        return e == null ? null : String.join("\n", e.traceback());
    }
}
