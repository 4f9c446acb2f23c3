package org.suanli.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.suanli.kernel.CompleteReply;
import org.suanli.kernel.DisplayData;
import org.suanli.kernel.ErrorInfo;
import org.suanli.kernel.ExecuteReply;
import org.suanli.kernel.ExecuteRequest;
import org.suanli.kernel.HistoryEntry;
import org.suanli.kernel.InspectReply;
import org.suanli.kernel.Interpreter;
import org.suanli.kernel.IsCompleteReply;
import org.suanli.kernel.KernelInfo;
import org.suanli.kernel.LanguageInfo;
import org.suanli.kernel.OutputSink;

/**
 * A scripted interpreter, so the server's protocol behaviour can be tested on its own. The cell text is a
 * command: {@code print TEXT}, {@code fail}, {@code block} (until interrupted), {@code input}, {@code display};
 * anything else is echoed as the execute_result.
 */
final class FakeInterpreter implements Interpreter {

    final AtomicInteger interrupts = new AtomicInteger();
    final List<ExecuteRequest> executed = new ArrayList<>();
    private volatile CountDownLatch blocked = new CountDownLatch(1);
    private final List<HistoryEntry> history = new ArrayList<>();
    private int count;

    @Override
    public synchronized ExecuteReply execute(ExecuteRequest request, OutputSink out) {
        executed.add(request);
        String code = request.code();
        ErrorInfo error = null;
        if (code.startsWith("print ")) {
            out.stream("stdout", code.substring(6) + "\n");
        } else if (code.equals("fail")) {
            error = new ErrorInfo("CompilationError", "cell failed", List.of("cell 1, line 1: failed"));
        } else if (code.equals("block")) {
            blocked = new CountDownLatch(1);
            out.stream("stdout", "blocking\n");
            try {
                if (!blocked.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("never interrupted");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            error = new ErrorInfo("Interrupted", "the cell was interrupted", List.of("interrupted"));
        } else if (code.equals("input")) {
            String line = out.input("name? ", false);
            out.stream("stdout", "hello " + line + "\n");
        } else if (code.equals("display")) {
            out.display(DisplayData.text("first").withDisplayId("d1"));
            out.updateDisplay(DisplayData.text("second").withDisplayId("d1"));
        }
        if (request.storeHistory()) {
            count++;
        }
        if (error != null) {
            out.error(error.ename(), error.evalue(), error.traceback());
            return new ExecuteReply(ExecuteReply.Status.ERROR, count, error, Map.of());
        }
        if (request.storeHistory()) {
            history.add(new HistoryEntry(1, count, code, code));
        }
        if (!request.silent() && !code.startsWith("print ") && !code.equals("display") && !code.equals("input")) {
            out.executeResult(count, DisplayData.text("result of " + code));
        }
        Map<String, ExecuteReply.ExpressionResult> expressions = new java.util.LinkedHashMap<>();
        request.userExpressions().forEach((k, v) -> expressions.put(k, v.equals("bad")
                ? ExecuteReply.ExpressionResult.failed(new ErrorInfo("E", "bad expression", List.of()))
                : ExecuteReply.ExpressionResult.of(DisplayData.text("value of " + v))));
        return new ExecuteReply(ExecuteReply.Status.OK, count, null, expressions);
    }

    @Override
    public CompleteReply complete(String code, int cursorPos) {
        return new CompleteReply(List.of("println", "printf"), cursorPos - 5, cursorPos);
    }

    @Override
    public InspectReply inspect(String code, int cursorPos, int detailLevel) {
        return code.isEmpty() ? InspectReply.notFound() : new InspectReply(true, DisplayData.text("doc of " + code));
    }

    @Override
    public IsCompleteReply isComplete(String code) {
        if (code.endsWith("{")) {
            return new IsCompleteReply(IsCompleteReply.Status.INCOMPLETE, "    ");
        }
        return new IsCompleteReply(code.contains("1x") ? IsCompleteReply.Status.INVALID : IsCompleteReply.Status.COMPLETE, "");
    }

    @Override
    public KernelInfo kernelInfo() {
        return new KernelInfo("suanli", "test", "Fake banner", LanguageInfo.java(),
                List.of(new KernelInfo.HelpLink("Java API", "https://docs.oracle.com/")));
    }

    @Override
    public synchronized int executionCount() {
        return count;
    }

    @Override
    public synchronized List<HistoryEntry> historyTail(int n) {
        return List.copyOf(history.subList(Math.max(0, history.size() - n), history.size()));
    }

    @Override
    public synchronized List<HistoryEntry> historyRange(int start, int stop) {
        return history.stream().filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop)).toList();
    }

    @Override
    public synchronized List<HistoryEntry> historySearch(String pattern, int n, boolean unique) {
        String regex = pattern.replace("*", ".*").replace("?", ".");
        return history.stream().filter(e -> e.input().matches(regex)).toList();
    }

    @Override
    public void interrupt() {
        interrupts.incrementAndGet();
        blocked.countDown();
    }

    @Override
    public void shutdown() {
        blocked.countDown();
    }
}
